package org.unkg.cli;

import org.unkg.store.LetterLimits;
import picocli.CommandLine.Option;

/** How large and how slow one letter may be: {@code --max-letter-size} and {@code --letter-timeout} (a picocli mixin). */
final class LetterLimitOptions {
    @Option(names = "--max-letter-size", defaultValue = "5MB", paramLabel = "SIZE",
            description = "Largest letter file read (default: ${DEFAULT-VALUE}); a larger one is reported and skipped.")
    String maxLetterSize;

    @Option(names = "--letter-timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "Time one letter may take to read and extract (default: ${DEFAULT-VALUE}); a slower one is reported and skipped.")
    int letterTimeout;

    /** The limits given; a timeout that is not positive is an error. */
    LetterLimits limits() {
        if (letterTimeout <= 0) {
            throw new IllegalArgumentException("--letter-timeout must be positive");
        }
        return new LetterLimits(LetterLimits.parseSize(maxLetterSize), letterTimeout * 1000L);
    }
}
