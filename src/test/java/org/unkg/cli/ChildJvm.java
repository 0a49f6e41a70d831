package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code unkg} command line run as a separate JVM (a real process, with its own pid and locks). */
final class ChildJvm {
    private ChildJvm() {}

    /** Starts {@code unkg args...} in the project directory, its output to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        return start(List.of(), log, args);
    }

    /** As {@link #start(Path, String...)}, the JVM started with {@code jvmOptions} too. */
    static Process start(List<String> jvmOptions, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(Path.of(System.getProperty("unkg.project.dir", ".")).toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A {@code unkg serve} in its own JVM: the process and the base URL it announced. */
    record Served(Process process, String url) {}

    /**
     * Starts {@code unkg serve --db db --port 0} (its output to {@code log}) and waits up to a minute for the server
     * to announce itself in the database's {@code unkg-server} file; fails with the log when it does not.
     */
    static Served serve(Path db, Path log) throws Exception {
        Process serve = start(log, "serve", "--db", db.toString(), "--port", "0");
        Path announced = db.resolve("unkg-server");
        for (int i = 0; i < 240 && !Files.exists(announced); i++) {
            Thread.sleep(250);
        }
        assertThat(announced).as(Files.exists(log) ? Files.readString(log) : "").exists();
        return new Served(serve, Files.readString(announced, StandardCharsets.UTF_8).strip().split(" ", 2)[1]);
    }
}
