package org.unkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.unkg.catalog.Catalog;
import org.unkg.extract.Pipelines;
import org.unkg.store.BuildRunner;
import org.unkg.text.LetterReader;

/**
 * The hand-written letters of {@code src/test/resources/org/unkg/ingest/letters} ({@code txt/}) and the PDF
 * and Word files LibreOffice made of them ({@code pdf/}, {@code docx/}, {@code doc/}; regenerate with
 * {@code scripts/make-letter-fixtures.sh}), and the project's catalog and ontology, loaded once.
 */
final class Fixtures {
    /** The letters: English one page, English with an annex, French on two pages, Arabic set right to left. */
    static final String[] LETTERS = {"en-one-page", "en-annex", "fr-two-pages", "ar-rtl"};

    private static Model ontology;

    private Fixtures() {}

    static Path project() {
        return Path.of(System.getProperty("unkg.project.dir", "."));
    }

    static Path letters() {
        return project().resolve("src/test/resources/org/unkg/ingest/letters");
    }

    static Path letter(String format, String name) {
        return letters().resolve(format).resolve(name + "." + format);
    }

    static byte[] bytes(String format, String name) {
        try {
            return Files.readAllBytes(letter(format, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's letter reader (its visual-order repair knows the catalog's Arabic words). */
    static LetterReader reader() {
        return Pipelines.project().reader();
    }

    static synchronized Model ontology() throws IOException {
        if (ontology == null) {
            ontology = ModelFactory.createDefaultModel();
            Catalog.readTurtle(ontology, project().resolve("ontology/unkg.ttl"));
        }
        return ontology;
    }

    /** A build runner with the project's catalog and ontology. */
    static BuildRunner runner() throws IOException {
        return new BuildRunner(Pipelines.project(), ontology(), "test");
    }

    /** Copies the fixture folder {@code format} (or all with {@code "."}) into {@code dir}. */
    static void copy(String format, Path dir) throws IOException {
        Path from = letters().resolve(format);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }
}
