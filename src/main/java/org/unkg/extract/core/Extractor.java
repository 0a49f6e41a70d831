package org.unkg.extract.core;

import org.unkg.model.LetterFacts;

/**
 * Turns one kind of fact in a letter into {@link LetterFacts}. Each implementation handles one kind (metadata,
 * parties, references, mentions, events, ...), compiles its rules from the {@link ExtractionContext} once when it is
 * made, and keeps no state between letters, so one extractor serves every letter on every thread. The
 * {@link ExtractionPipeline} runs them in order, so a later extractor may read what an earlier one added (events
 * read the letter date).
 */
public interface Extractor {
    /** A short name for logs and errors. */
    String name();

    /** Reads the analysed letter and adds what it finds to {@code out}. Must not throw on odd text: skip instead. */
    void extract(LetterAnalysis letter, LetterFacts out);

    /** Whether this extractor adds or changes mentions, after which the letter's referents are read again. */
    default boolean changesMentions() {
        return false;
    }
}
