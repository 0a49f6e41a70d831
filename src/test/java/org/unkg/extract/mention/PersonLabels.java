package org.unkg.extract.mention;

import java.util.List;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.Mention;

/** The persons a hand-written letter names, as written, for the name tests. */
final class PersonLabels {
    private PersonLabels() {}

    /** The labels of the persons the letter {@code text}, read as if from a file called {@code name}, names (each once). */
    static List<String> of(String name, String text) throws Exception {
        return Pipelines.facts(name, text).mentions().stream().filter(m -> m.kind() == EntityKind.PERSON)
                .map(Mention::label).distinct().toList();
    }
}
