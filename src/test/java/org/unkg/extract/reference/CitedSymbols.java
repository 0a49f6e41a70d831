package org.unkg.extract.reference;

import java.util.List;
import org.unkg.extract.Pipelines;
import org.unkg.model.Reference;

/** The symbols a hand-written letter cites, as the production pipeline reads them with the project's catalog. */
final class CitedSymbols {
    private CitedSymbols() {}

    /** The cited symbols of {@code text}, read as if from a file called {@code name}, in the order found. */
    static List<String> of(String name, String text) throws Exception {
        return Pipelines.facts(name, text).references().stream().map(Reference::symbol).toList();
    }
}
