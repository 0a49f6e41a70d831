package org.unkg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.ExtractionPipeline;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterText;

/**
 * The one way tests run extraction: the production pipeline ({@link Extractors#pipeline}) over a context built once
 * per JVM for each catalog directory, with the repository's rules, letters read by the context's reader. Test code:
 * the per-JVM cache here is what keeps a test run from rebuilding the gazetteer for every test.
 */
public final class Pipelines {
    /** The repository's catalog. */
    public static final Path PROJECT_CATALOG = Path.of("data", "catalog");
    /** The repository's rules. */
    public static final Path RULES = Path.of("data", "rules");
    /** The small hand-written catalog of extractor tests. */
    public static final Path TEST_CATALOG = Path.of("src", "test", "resources", "catalog");
    /** The catalog of the lifecycle tests. */
    public static final Path LIFECYCLE_CATALOG = Path.of("src", "test", "resources", "lifecycle");

    /** The UNBIS Thesaurus the project bundles. */
    public static final Path THESAURUS = Path.of("data", "authorities", "unbis-thesaurus.ttl");

    private static final Map<Path, ExtractionPipeline> PIPELINES = new HashMap<>();
    private static ExtractionPipeline withThesaurus;

    private Pipelines() {}

    /** The production pipeline over the catalog in {@code catalogDir} and the repository's rules (built once). */
    public static synchronized ExtractionPipeline over(Path catalogDir) {
        return PIPELINES.computeIfAbsent(catalogDir, dir -> {
            try {
                return Extractors.pipeline(ExtractionContext.load(dir, RULES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The production pipeline over the repository's catalog, rules and UNBIS Thesaurus, as {@code build} runs it (built once). */
    public static synchronized ExtractionPipeline withThesaurus() {
        if (withThesaurus == null) {
            try {
                withThesaurus = Extractors.pipeline(ExtractionContext.load(PROJECT_CATALOG, RULES, THESAURUS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return withThesaurus;
    }

    /** The context over the catalog in {@code catalogDir} and the repository's rules. */
    public static ExtractionContext context(Path catalogDir) {
        return over(catalogDir).context();
    }

    /** The context over the repository's catalog and rules. */
    public static ExtractionContext project() {
        return context(PROJECT_CATALOG);
    }

    /** A letter as the project's reader reads it from a file called {@code fileName}. */
    public static LetterText read(String fileName, String text) throws LetterReadException {
        return project().reader().read(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The facts of a hand-written letter read as if from a file called {@code fileName}, with the project's catalog. */
    public static LetterFacts facts(String fileName, String text) throws LetterReadException {
        return over(PROJECT_CATALOG).run(read(fileName, text));
    }

    /**
     * The facts of {@code text} in {@code language} (the body as given: {@link TestLetters#of}) with the catalog of
     * {@code catalogDir}, the letter written on {@code date} (known before extraction, as a record would give it).
     */
    public static LetterFacts facts(Path catalogDir, String text, String language, String date) {
        LetterFacts known = new LetterFacts();
        known.add(new Meta(MetaField.DATE, date, null));
        return over(catalogDir).run(TestLetters.of(text, language), known);
    }

    /** The facts of {@code text} in {@code language} written on {@code date}, with the project's catalog. */
    public static LetterFacts facts(String text, String language, String date) {
        return facts(PROJECT_CATALOG, text, language, date);
    }

    /** The value of {@code field} among a letter's metadata, or null when it was not read. */
    public static String meta(LetterFacts facts, MetaField field) {
        return facts.meta(field).map(Meta::value).orElse(null);
    }
}
