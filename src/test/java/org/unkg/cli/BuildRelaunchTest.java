package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unkg build} started as a user starts it (its own JVM, without the launch options a build wants) runs the build
 * in a child JVM that has them, and behaves as one command: output and exit status, a stop.
 */
class BuildRelaunchTest {
    private static final Path LETTERS = Path.of(System.getProperty("unkg.project.dir", ".")).resolve("data/letters");

    @TempDir
    Path tmp;

    private Path oneLetter() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        try (var s = Files.list(LETTERS)) {
            Path first = s.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
            Files.copy(first, letters.resolve(first.getFileName()));
        }
        return letters;
    }

    private static int exit(Process p) throws Exception {
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return p.exitValue();
    }

    @Test
    void aFullBuildRunsInAJvmWithTheParallelCollectorAndItsOutputIsTheCommands() throws Exception {
        Path log = tmp.resolve("build.log");
        Path db = tmp.resolve("db");
        Process build = ChildJvm.start(log, "build", "--letters", oneLetter().toString(), "--db", db.toString());
        assertThat(exit(build)).as(Files.readString(log)).isZero();
        String out = Files.readString(log);
        assertThat(out).contains("building in a JVM with " + BuildJvm.COLLECTOR + " " + BuildJvm.COMPILER)
                // the Parallel collector's two pools, in whichever order the JVM lists them
                .containsPattern("collectors \\[(PS Scavenge, PS MarkSweep|PS MarkSweep, PS Scavenge)\\], max heap")
                .contains("built " + db + ": 1 letters");
        assertThat(Files.isDirectory(db)).isTrue();
    }

    @Test
    void theBuildJvmsExitStatusAndErrorAreTheCommands() throws Exception {
        Path log = tmp.resolve("build.log");
        Process build = ChildJvm.start(log, "build", "--letters", tmp.resolve("no-such-folder").toString(),
                "--db", tmp.resolve("db").toString());
        assertThat(exit(build)).as(Files.readString(log)).isEqualTo(2);
        String out = Files.readString(log);
        assertThat(out.indexOf("unkg build: ")).as(out).isGreaterThan(out.indexOf("building in a JVM with"));
        assertThat(out.indexOf("building in a JVM with")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void thePropertyFalseBuildsInTheCommandsOwnJvm() throws Exception {
        Path log = tmp.resolve("build.log");
        Path db = tmp.resolve("db");
        Process build = ChildJvm.start(List.of("-D" + BuildRelaunch.PROPERTY + "=false"), log, "build", "--letters",
                oneLetter().toString(), "--db", db.toString());
        assertThat(exit(build)).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).doesNotContain("building in a JVM with").doesNotContain("build JVM: collectors")
                .contains("built " + db);
    }

    @Test
    void aBuildJvmWhoseCommandWasKilledStopsItself() throws Exception {
        Path log = tmp.resolve("build.log");
        Process build = ChildJvm.start(log, "build", "--letters", LETTERS.toString(), "--db", tmp.resolve("db").toString());
        for (int i = 0; i < 2400 && !(Files.exists(log) && Files.readString(log).contains("build JVM: collectors")); i++) {
            Thread.sleep(100);
        }
        List<ProcessHandle> buildJvm = build.descendants().toList();
        assertThat(buildJvm).as(Files.readString(log)).isNotEmpty();
        build.destroyForcibly();
        for (ProcessHandle child : buildJvm) {
            assertThat(child.onExit().get(2, TimeUnit.MINUTES).isAlive()).isFalse();
        }
    }
}
