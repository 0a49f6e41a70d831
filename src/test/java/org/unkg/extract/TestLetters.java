package org.unkg.extract;

import java.nio.file.Path;
import org.unkg.catalog.Catalog;
import org.unkg.catalog.FoldedText;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;
import org.unkg.text.OffsetText;

/** Builds letters and the test catalog for extractor tests. */
public final class TestLetters {
    private static Catalog catalog;

    private TestLetters() {}

    /** A letter whose body is {@code text} as given and whose match form is its folding. */
    public static LetterText of(String text, String language) {
        OffsetText body = OffsetText.identity(text);
        return new LetterText("test.txt", text, body, FoldedText.of(text).asOffsetText(), Layout.PLAIN, language);
    }

    /** The small hand-written catalog under src/test/resources/catalog. */
    public static synchronized Catalog catalog() {
        if (catalog == null) {
            try {
                catalog = Catalog.load(Path.of("src/test/resources/catalog"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return catalog;
    }

    /** An extraction context over the test catalog. */
    public static ExtractionContext context() {
        return new ExtractionContext(catalog());
    }
}
