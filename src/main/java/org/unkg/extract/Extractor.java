package org.unkg.extract;

import org.unkg.extract.fact.LetterFacts;
import org.unkg.text.LetterText;

/**
 * Turns one kind of fact in a letter into {@link LetterFacts}. Each implementation handles one kind
 * (metadata, parties, references, mentions, events, ...); the {@link ExtractionPipeline} runs them in order,
 * so a later extractor may read what an earlier one added (events read the letter date).
 */
public interface Extractor {
    /** A short name for logs and errors. */
    String name();

    /** Reads {@code letter} and adds what it finds to {@code out}. Must not throw on odd text: skip instead. */
    void extract(LetterText letter, ExtractionContext context, LetterFacts out);
}
