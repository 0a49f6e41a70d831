package org.unkg.extract.subject;

import org.unkg.extract.core.ConceptIndex;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.model.LetterFacts;
import org.unkg.model.Subject;
import org.unkg.model.SubjectConcept;

/**
 * Links the cataloguer's subject terms (the {@code %%%} line, read before it as {@link Subject}s) to the UNBIS
 * Thesaurus concepts they name: a preferred label in any of the six languages, in any case, with or without accents,
 * Arabic with or without the article. A term that names no concept is left as written, never guessed; the build
 * reports it.
 */
public final class SubjectTermLinker implements Extractor {
    private final ConceptIndex concepts;

    /** The linker over the context's thesaurus. */
    public SubjectTermLinker(ExtractionContext context) {
        this.concepts = context.concepts();
    }

    @Override
    public String name() {
        return "subject-terms";
    }

    @Override
    public void extract(LetterAnalysis letter, LetterFacts out) {
        for (Subject s : out.subjects()) {
            concepts.conceptOf(s.term()).ifPresent(c -> out.add(new SubjectConcept(s.term(), c, s.span())));
        }
    }
}
