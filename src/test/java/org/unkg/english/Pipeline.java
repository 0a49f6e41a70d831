package org.unkg.english;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.unkg.catalog.Catalog;
import org.unkg.extract.ExtractionContext;
import org.unkg.extract.ExtractionPipeline;
import org.unkg.extract.Extractors;
import org.unkg.extract.fact.EntityKind;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Meta;
import org.unkg.extract.fact.MetaField;
import org.unkg.extract.fact.Mention;
import org.unkg.text.LetterReader;
import org.unkg.text.LetterText;

/** Reads a hand-written letter through the whole pipeline (reader, default extractors, project catalog). */
final class Pipeline {
    private static ExtractionContext context;

    private Pipeline() {}

    static synchronized ExtractionContext context() throws Exception {
        if (context == null) {
            context = new ExtractionContext(Catalog.load(Path.of("data/catalog")));
        }
        return context;
    }

    /** The letter as {@link LetterReader} reads it. */
    static LetterText letter(String fileName, String text) throws Exception {
        return new LetterReader().read(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The facts {@link Extractors#defaults()} find in {@code text}. */
    static LetterFacts facts(String fileName, String text) throws Exception {
        return new ExtractionPipeline(Extractors.defaults(), context()).run(letter(fileName, text));
    }

    static String meta(LetterFacts f, MetaField field) {
        Optional<Meta> m = f.meta(field);
        return m.map(Meta::value).orElse(null);
    }

    /** Keys of the organizations mentioned, sorted, without duplicates. */
    static List<String> organizations(LetterFacts f) {
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.ORGANIZATION && m.key() != null)
                .map(Mention::key).distinct().sorted().toList();
    }

    /** Events as "type entity date". */
    static List<String> events(LetterFacts f) {
        return f.events().stream().map(e -> e.type() + " " + e.entity() + " " + e.date().iso()).distinct().toList();
    }
}
