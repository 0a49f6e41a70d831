package org.unkg.store;

import java.util.List;

/**
 * What {@code build --update} did: letters added, replaced (their content changed) and removed (their file is gone),
 * those that could not be read (each with its file and problem; a changed letter that cannot be read any more is
 * removed, as a full build would leave it out), and the time it took.
 */
public record UpdateReport(int added, int replaced, int removed, int unchanged, List<String> errors, long millis,
                           String lettersFingerprint) {
    public UpdateReport {
        errors = List.copyOf(errors);
    }

    /** One summary line for the user. */
    public String summary() {
        return String.format("%d letters added, %d replaced, %d removed, %d unchanged, %d errors in %.1f s",
                added, replaced, removed, unchanged, errors.size(), millis / 1000.0);
    }
}
