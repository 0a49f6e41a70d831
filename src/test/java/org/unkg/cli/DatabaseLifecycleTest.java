package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database's life with real processes: a database served by another JVM is not swapped from under it
 * (build refuses, read commands say who serves it, in one line), the server stops on SIGTERM, and builds
 * killed with SIGKILL at several points leave a database that validate accepts and that the next build
 * cleans up after.
 */
class DatabaseLifecycleTest {
    private static final Path LETTERS = Path.of(System.getProperty("unkg.project.dir", ".")).resolve("data/letters");

    @TempDir
    Path tmp;

    private static List<String> siblings(Path db) throws Exception {
        try (Stream<Path> s = Files.list(db.toAbsolutePath().getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(db.getFileName().toString())).sorted().toList();
        }
    }

    @Test
    void aServedDatabaseIsNotSwappedAndReadCommandsSayWhoServesIt() throws Exception {
        Path db = tmp.resolve("db");
        assertThat(CliRun.of("build", "--letters", LETTERS.toString(), "--db", db.toString()).exit()).isZero();
        ChildJvm.Served served = ChildJvm.serve(db, tmp.resolve("serve.log"));
        Process serve = served.process();
        try {
            String url = served.url();
            String expected = "database " + db + " is served by pid " + serve.pid() + ": stop it or query " + url + "/unkg/sparql";

            CliRun build = CliRun.of("build", "--letters", LETTERS.toString(), "--db", db.toString());
            assertThat(build.exit()).isEqualTo(2);
            assertThat(build.err().strip()).isEqualTo("unkg build: " + expected);
            Path query = Files.writeString(tmp.resolve("q.rq"), "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
            for (String[] cmd : List.of(new String[] {"query", "--db", db.toString(), query.toString()},
                    new String[] {"validate", "--db", db.toString()},
                    new String[] {"export", "facts", "--db", db.toString(), "--out", tmp.resolve("f.json").toString()})) {
                CliRun r = CliRun.of(cmd);
                assertThat(r.exit()).as(cmd[0]).isEqualTo(2);
                assertThat(r.err().strip()).as(cmd[0]).endsWith(expected).doesNotContain("\n");
            }
            HttpResponse<String> search = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/search?q=UNTOP"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(search.statusCode()).isEqualTo(200);
        } finally {
            serve.destroy();
        }
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        assertThat(db.resolve("unkg-server")).doesNotExist();
        assertThat(CliRun.of("build", "--letters", LETTERS.toString(), "--db", db.toString()).exit()).isZero();
    }

    @Test
    void buildsKilledAtAnyPointLeaveAValidDatabaseAndTheNextBuildCleansUp() throws Exception {
        Path db = tmp.resolve("db");
        assertThat(CliRun.of("build", "--letters", LETTERS.toString(), "--db", db.toString()).exit()).isZero();
        for (long delay : List.of(300L, 1500L, 3000L, 5000L, 7000L, 9000L, 12000L)) {
            Process build = ChildJvm.start(tmp.resolve("build.log"), "build", "--letters", LETTERS.toString(), "--db", db.toString());
            Thread.sleep(delay);
            // the command and the build's JVM it started, as a kill of its process group does
            List<ProcessHandle> buildJvm = build.descendants().toList();
            buildJvm.forEach(ProcessHandle::destroyForcibly);
            build.destroyForcibly();
            build.waitFor();
            buildJvm.forEach(d -> d.onExit().join());
            CliRun validate = CliRun.of("validate", "--db", db.toString());
            assertThat(validate.exit()).as("validate after a kill at %d ms: %s", delay, validate.err()).isZero();
        }
        assertThat(CliRun.of("build", "--letters", LETTERS.toString(), "--db", db.toString()).exit()).isZero();
        List<String> left = siblings(db);
        assertThat(left).hasSize(2).contains("db").anyMatch(n -> n.startsWith("db.gen-"));
        assertThat(CliRun.of("validate", "--db", db.toString()).exit()).isZero();
    }

    @Test
    void buildIfChangedRebuildsOnlyWhenTheLettersChanged() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        Files.copy(LETTERS.resolve(Files.list(LETTERS).sorted().findFirst().orElseThrow().getFileName()), letters.resolve("a.txt"));
        Path db = tmp.resolve("db");
        assertThat(CliRun.of("build", "--if-changed", "--letters", letters.toString(), "--db", db.toString()).exit()).isZero();
        Path generation = db.toRealPath();

        CliRun again = CliRun.of("build", "--if-changed", "--letters", letters.toString(), "--db", db.toString());
        assertThat(again.exit()).isZero();
        assertThat(db.toRealPath()).isEqualTo(generation);

        Files.writeString(letters.resolve("a.txt"), "\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun changed = CliRun.of("build", "--if-changed", "--letters", letters.toString(), "--db", db.toString());
        assertThat(changed.exit()).isZero();
        assertThat(db.toRealPath()).isNotEqualTo(generation);
    }
}
