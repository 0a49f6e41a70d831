package org.unkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code unkg} command line run as a separate JVM (a real process, with its own pid and locks). */
final class ChildJvm {
    private ChildJvm() {}

    /** Starts {@code unkg args...} in the project directory, its output to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(Path.of(System.getProperty("unkg.project.dir", ".")).toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
