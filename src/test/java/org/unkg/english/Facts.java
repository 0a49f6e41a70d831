package org.unkg.english;

import java.util.List;
import java.util.Optional;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;

/** Short views of a letter's facts for assertions. */
final class Facts {
    private Facts() {}

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
