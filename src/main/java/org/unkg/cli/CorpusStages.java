package org.unkg.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.unkg.cli.CorpusBenchmarkCommand.Measured;

/**
 * The stages of {@code benchmark corpus} after the build, each in a child JVM on the database built: {@code build
 * --update} with {@value #CHANGED} changed and {@value #CHANGED} new letters, the seconds {@code serve} takes to answer
 * {@code /$/ping} from its start, {@code validate}, {@code export facts}, and {@code export timeline} in each format.
 * Prints one line per stage (wall time, peak RSS, load average) and a summary of issue 12's figures.
 */
final class CorpusStages {
    /** How many letters the update changes, and how many it adds. */
    static final int CHANGED = 10;

    /** The child JVM's command line for a main class and its arguments. */
    interface Jvm {
        List<String> java(String mainClass, String... args) throws URISyntaxException;
    }

    private final Path work;
    private final Path letters;
    private final Path db;
    private final Jvm jvm;
    private final List<String> summary;

    /** The stages on {@code db} built from {@code letters}; their figures are added to {@code figures}. */
    CorpusStages(Path work, Path letters, Path db, Jvm jvm, List<String> figures) {
        this.summary = figures;
        this.work = work;
        this.letters = letters;
        this.db = db;
        this.jvm = jvm;
    }

    /** Runs every stage. */
    void run() throws Exception {
        update();
        ping();
        stage("validate", List.of(0, 1), "validate", "--db", db.toString());
        stage("export facts", List.of(0), "export", "facts", "--db", db.toString(), "--out", work.resolve("facts.json").toString());
        for (String format : List.of("csv", "json", "timelinejs", "html")) {
            stage("export timeline --format " + format, List.of(0), "export", "timeline", "--db", db.toString(), "--format", format,
                    "--out", work.resolve("timeline." + format).toString());
        }
    }

    /** Prints every figure again, together, at the end of the run. */
    void printSummary() {
        System.out.println("issue 12 figures (upper bounds under the load averages shown):");
        summary.forEach(l -> System.out.println("  " + l));
    }

    /** Removes what the stages leave in the work directory. */
    static void clean(Path work) throws IOException {
        Files.deleteIfExists(work.resolve("facts.json"));
        for (String format : List.of("csv", "json", "timelinejs", "html")) {
            Files.deleteIfExists(work.resolve("timeline." + format));
        }
    }

    private Measured stage(String name, List<Integer> ok, String... args) throws Exception {
        List<String> cmd = jvm.java("org.unkg.cli.Main", args);
        Measured m = CorpusBenchmarkCommand.run(cmd, null);
        if (!ok.contains(m.exit())) {
            throw new IllegalStateException(name + " failed (exit " + m.exit() + ")");
        }
        String line = String.format("%s: %.1f s, peak RSS %.0f MiB (load average %.1f)", name, m.seconds(), m.peakRssKb() / 1024.0,
                CorpusBenchmarkCommand.loadAverage());
        System.out.println(line);
        summary.add(line);
        return m;
    }

    /**
     * Changes the first {@value #CHANGED} letters (each gets the content of a letter further on) and adds
     * {@value #CHANGED} new ones (copies of letters from the middle under new names), then times {@code build --update}.
     */
    private void update() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(letters)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        if (files.size() < 4 * CHANGED) {
            System.out.println("update: skipped (fewer than " + 4 * CHANGED + " letters)");
            return;
        }
        for (int i = 0; i < CHANGED; i++) {
            Path target = files.get(i);
            Path content = files.get(files.size() - 1 - i).toRealPath();
            Files.delete(target);
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            Path from = files.get(files.size() / 2 + i).toRealPath();
            String name = from.getFileName().toString();
            Files.copy(from, letters.resolve("zz-new-" + name));
        }
        stage("build --update (" + CHANGED + " changed, " + CHANGED + " new letters)", List.of(0, 3), "build", "--update",
                "--letters", letters.toString(), "--db", db.toString());
    }

    /** Starts {@code serve} on a free port and times its first answer to {@code /$/ping}, then stops it. */
    private void ping() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = jvm.java("org.unkg.cli.Main", "serve", "--db", db.toString(), "--port", Integer.toString(port));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
                .timeout(Duration.ofSeconds(5)).build();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            double seconds = -1;
            while (p.isAlive() && (System.nanoTime() - t0) < 600e9) {
                try {
                    if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        seconds = (System.nanoTime() - t0) / 1e9;
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            String line = seconds < 0 ? "serve: no answer to /$/ping" + (p.isAlive() ? " in 600 s" : " (exit " + p.exitValue() + ")")
                    : String.format("serve: /$/ping answered %.1f s after start (load average %.1f)", seconds,
                            CorpusBenchmarkCommand.loadAverage());
            System.out.println(line);
            summary.add(line);
        } finally {
            p.destroy();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }
}
