package org.unkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The documented queries a command serves or times: {@code --queries DIR} (a picocli mixin). */
final class QueriesFolder {
    @Option(names = "--queries", paramLabel = "DIR",
            description = "Directory of documented queries (default: ./queries if present, else the ones in the jar).")
    Path queries;

    /** The directory given, else ./queries when present, else null (the jar's). */
    Path dir() {
        return queries != null ? queries : (Files.isDirectory(Path.of("queries")) ? Path.of("queries") : null);
    }
}
