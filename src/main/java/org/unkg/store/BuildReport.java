package org.unkg.store;

import java.util.List;

/**
 * What a build did: letters read, quads stored (letters, catalog, ontology, shared selectors), the letters that could not be read, each with its file
 * and problem, and the entries of the letters directory passed over (subdirectories, broken or looping
 * links), each with its name and why.
 */
public record BuildReport(int letters, long triples, List<String> errors, long millis, List<String> skipped) {
    public BuildReport {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** A report with nothing skipped. */
    public BuildReport(int letters, long triples, List<String> errors, long millis) {
        this(letters, triples, errors, millis, List.of());
    }

    /** One summary line for the user. */
    public String summary() {
        return String.format("%d letters, %d quads stored, %d errors%s in %.1f s", letters, triples, errors.size(),
                skipped.isEmpty() ? "" : ", " + skipped.size() + " entries skipped", millis / 1000.0);
    }
}
