package org.unkg.store;

import java.util.List;

/**
 * What a build did: letters read, quads stored (the letters' graphs and the shared ones), the letters that could not be read, each with its file
 * and problem, and the entries of the letters directory passed over (subdirectories, broken or looping
 * links), each with its name and why; and the warnings of letters that did land (a {@code %%%} subject term the UNBIS
 * Thesaurus lacks, kept as written), one line each naming the letter, in file order.
 */
public record BuildReport(int letters, long triples, List<String> errors, long millis, List<String> skipped,
        List<String> warnings) {
    public BuildReport {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A report without warnings. */
    public BuildReport(int letters, long triples, List<String> errors, long millis, List<String> skipped) {
        this(letters, triples, errors, millis, skipped, List.of());
    }

    /** A report with nothing skipped. */
    public BuildReport(int letters, long triples, List<String> errors, long millis) {
        this(letters, triples, errors, millis, List.of(), List.of());
    }

    /** One summary line for the user. */
    public String summary() {
        return String.format("%d letters, %d quads stored, %d errors%s%s in %.1f s", letters, triples, errors.size(),
                warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings",
                skipped.isEmpty() ? "" : ", " + skipped.size() + " entries skipped", millis / 1000.0);
    }
}
