package org.unkg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.unkg.catalog.Catalog;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterReader;

/** The real catalog, the catalog-aware reader and the default extractors, loaded once for whole-pipeline tests. */
final class WholePipeline {
    private static ExtractionPipeline pipeline;
    private static LetterReader reader;

    private WholePipeline() {}

    /** The facts of a hand-written letter read as if from a file called {@code name}. */
    static synchronized LetterFacts run(String name, String text) throws LetterReadException {
        if (pipeline == null) {
            try {
                Catalog catalog = Catalog.load(Path.of("data", "catalog"));
                pipeline = new ExtractionPipeline(Extractors.defaults(), new ExtractionContext(catalog));
                reader = catalog.reader();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pipeline.run(reader.read(name, text.getBytes(StandardCharsets.UTF_8)));
    }
}
