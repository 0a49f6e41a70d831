package org.unkg.extract.event;

import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;

/** The production pipeline over a hand-written letter and the lifecycle test catalog. */
final class Lifecycle {
    private Lifecycle() {}

    /** The facts of {@code text} in {@code language}, written on {@code date}. */
    static LetterFacts read(String text, String language, String date) {
        return Pipelines.facts(Pipelines.LIFECYCLE_CATALOG, text, language, date);
    }
}
