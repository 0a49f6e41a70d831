package org.unkg.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.unkg.serve.DocumentedQueries;
import org.unkg.serve.ServeOptions;
import org.unkg.serve.UnkgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code unkg benchmark}: starts the server on a free loopback port (or uses {@code --url}) and prints
 * p50/p99 latency of every documented query over SPARQL HTTP and of the UNTOP page.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Print p50/p99 latency of every query in queries/ (SPARQL over HTTP) and of a body's page.",
                "'benchmark build' measures extraction and build speed instead, 'benchmark load' concurrent clients."},
        subcommands = {BuildBenchmarkCommand.class, LoadBenchmarkCommand.class, CorpusBenchmarkCommand.class})
final class BenchmarkCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", description = "Database to serve for the run (ignored with --url).")
    Path db;

    @Option(names = "--url", paramLabel = "URL", description = "A running server instead, e.g. http://127.0.0.1:3030")
    String url;

    @Option(names = "--runs", defaultValue = "50", description = "Measured requests per target (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "Unmeasured requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--page", defaultValue = "/page/org/UNTOP", description = "Page to time (default: ${DEFAULT-VALUE}).")
    String page;

    @Option(names = "--queries", paramLabel = "DIR", description = "Queries directory (default: ./queries, else the jar's).")
    Path queries;

    @Override
    public Integer call() throws Exception {
        if (url == null && db == null) {
            throw new IllegalArgumentException("give --db DIR or --url URL");
        }
        UnkgServer server = null;
        String base = url;
        if (base == null) {
            server = UnkgServer.start(ServeOptions.defaults(db).withPort(0));
            base = server.baseUrl();
        }
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Path q = queries != null ? queries : (Files.isDirectory(Path.of("queries")) ? Path.of("queries") : null);
            System.out.printf("%-28s %8s %8s %8s  %s%n", "target", "p50 ms", "p99 ms", "max ms", "status");
            for (DocumentedQueries.NamedQuery nq : DocumentedQueries.load(q).all()) {
                String target = base + "/unkg/sparql?query=" + URLEncoder.encode(nq.text(), StandardCharsets.UTF_8);
                report(http, nq.name(), target, "application/sparql-results+json");
            }
            report(http, page, base + page, "text/html");
        } finally {
            if (server != null) {
                server.close();
            }
        }
        return 0;
    }

    private void report(HttpClient http, String name, String target, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(target)).header("Accept", accept)
                .timeout(Duration.ofSeconds(120)).build();
        int status = 0;
        for (int i = 0; i < warmup; i++) {
            status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            status = http.send(req, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-28s %8.1f %8.1f %8.1f  %d%n", name, percentile(sorted, 50), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], status);
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
