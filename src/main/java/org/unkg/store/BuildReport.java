package org.unkg.store;

import java.util.List;

/**
 * What a build did: letters read, triples written, and the letters that could not be read, each with
 * its file and problem.
 */
public record BuildReport(int letters, long triples, List<String> errors, long millis) {
    /** One summary line for the user. */
    public String summary() {
        return String.format("%d letters, %d triples, %d errors in %.1f s", letters, triples, errors.size(), millis / 1000.0);
    }
}
