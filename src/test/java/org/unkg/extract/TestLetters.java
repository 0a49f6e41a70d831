package org.unkg.extract;

import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.model.LetterFacts;
import org.unkg.text.FoldedText;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;
import org.unkg.text.OffsetText;

/** Builds letters for extractor tests and runs one extractor over them, with the test catalog. */
public final class TestLetters {
    private TestLetters() {}

    /** A letter whose body is {@code text} as given and whose match form is its folding. */
    public static LetterText of(String text, String language) {
        OffsetText body = OffsetText.identity(text);
        return new LetterText("test.txt", text, body, FoldedText.of(text).asOffsetText(), Layout.PLAIN, language);
    }

    /** The extraction context over the small hand-written catalog under src/test/resources/catalog. */
    public static ExtractionContext context() {
        return Pipelines.context(Pipelines.TEST_CATALOG);
    }

    /**
     * Runs one extractor (made with {@link #context()}) over {@code letter} after the facts already in {@code facts}
     * (their mentions are the letter's referents), adding what it finds to {@code facts}.
     */
    public static LetterFacts run(Extractor extractor, LetterText letter, LetterFacts facts) {
        LetterAnalysis analysis = LetterAnalysis.of(letter, context());
        analysis.mentionsChanged(facts);
        extractor.extract(analysis, facts);
        return facts;
    }
}
