package org.unkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.unkg.serve.DocumentedQueries;
import org.unkg.serve.LinkedDataPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unkg benchmark}: starts the server on a free loopback port (or uses {@code --url}) and prints
 * p50/p99 latency of every documented query over SPARQL HTTP, and of the body, letter and state pages per
 * kind: the first view of each of several pages of the kind (nothing cached) and repeated views.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Print p50/p99 latency of every query in queries/ (SPARQL over HTTP) and of the body, letter",
                "and state pages (first views of --pages pages per kind, then repeated views).",
                "'benchmark build' measures extraction and build speed instead, 'benchmark load' concurrent clients,",
                "'benchmark subjects' the subject index against the letters' own subject lines,",
                "'benchmark corpus' a full build beside Jena's parallel loader on the same quads."},
        subcommands = {BuildBenchmarkCommand.class, LoadBenchmarkCommand.class, SubjectBenchmarkCommand.class,
                CorpusBenchmarkCommand.class})
final class BenchmarkCommand implements Callable<Integer> {
    @Mixin
    ServerTarget target;

    @Option(names = "--runs", defaultValue = "50", description = "Measured requests per query and per page kind (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "Unmeasured requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--pages", defaultValue = "25", description = "Distinct pages per kind (body, letter, state) (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--page", paramLabel = "PATH", description = "Also time this page, e.g. /page/org/UNTOP (repeatable).")
    List<String> extraPages = new ArrayList<>();

    @Option(names = "--bind", paramLabel = "VAR=VALUE", description = "Bind a parameter of the queries that document it "
            + "('--bind VAR=' in their comment) to a string (default: key=UNRCCA, the body lifecycle.rq then lists).")
    java.util.Map<String, String> bindings = new java.util.LinkedHashMap<>(java.util.Map.of("key", "UNRCCA"));

    @Mixin
    QueriesFolder queries;

    /** The kinds of page timed, with the SPARQL that picks their IRIs: the most-linked resources first. */
    private record PageKind(String name, String select) {}

    private static final String UNKG = "https://w3id.org/unkg/";
    private static final List<PageKind> KINDS = List.of(
            new PageKind("body", mostMentioned(UNKG + "id/org/")),
            new PageKind("state", mostMentioned(UNKG + "id/state/")),
            new PageKind("letter", "SELECT ?s WHERE { ?s a <" + UNKG + "ontology#Letter> } LIMIT %d"));

    /** The resources of a kind that the most letters mention (the heaviest pages of the kind), from the build's summaries. */
    private static String mostMentioned(String prefix) {
        return "SELECT ?s WHERE { ?s <" + UNKG + "ontology#letterCount> ?n FILTER(STRSTARTS(STR(?s), \"" + prefix
                + "\")) } ORDER BY DESC(?n) ?s LIMIT %d";
    }

    @Override
    public Integer call() throws Exception {
        target.check();
        if (runs < 1 || pages < 1 || warmup < 0) {
            throw new IllegalArgumentException("--runs and --pages must be positive, --warmup not negative");
        }
        boolean failed = false;
        try (ServerTarget.Running running = target.open()) {
            String base = running.base();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Path q = queries.dir();
            System.out.printf("%-34s %5s %8s %8s %8s  %s%n", "target", "n", "p50 ms", "p99 ms", "max ms", "status");
            for (DocumentedQueries.NamedQuery nq : DocumentedQueries.load(q).all()) {
                String target = base + "/unkg/sparql?query=" + URLEncoder.encode(bound(nq.text()), StandardCharsets.UTF_8);
                failed |= !repeated(http, nq.name(), List.of(target), "application/sparql-results+json", warmup);
            }
            for (PageKind kind : KINDS) {
                List<String> targets = new ArrayList<>();
                for (String iri : select(http, base, String.format(kind.select(), pages))) {
                    targets.add(base + LinkedDataPaths.pageHref(iri));
                }
                if (targets.isEmpty()) {
                    System.out.printf("%-34s %5d  (no such pages in the graph)%n", "page " + kind.name(), 0);
                    continue;
                }
                failed |= !firstViews(http, "page " + kind.name() + ", first view", targets);
                failed |= !repeated(http, "page " + kind.name() + ", repeated", targets, "text/html", 0);
            }
            for (String p : extraPages) {
                failed |= !repeated(http, p, List.of(base + p), "text/html", warmup);
            }
        }
        return failed ? 1 : 0;
    }

    /**
     * The query with the {@code --bind} values put in for the parameters it documents (its comment says
     * {@code --bind VAR=...}): an inline {@code VALUES} at the start of its pattern, as 'query --bind' binds it.
     */
    String bound(String text) {
        StringBuilder values = new StringBuilder();
        bindings.forEach((var, value) -> {
            if (text.contains("--bind " + var + "=")) {
                values.append(" VALUES ?").append(var).append(" { \"").append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\" }");
            }
        });
        java.util.regex.Matcher where = java.util.regex.Pattern.compile("(?i)\\bWHERE\\s*\\{").matcher(text);
        return values.length() == 0 || !where.find() ? text
                : text.substring(0, where.end()) + values + "\n" + text.substring(where.end());
    }

    /** One request to each target (the first time the server is asked for it); whether all answered 200. */
    private boolean firstViews(HttpClient http, String name, List<String> targets) throws Exception {
        List<Double> times = new ArrayList<>();
        int status = 200;
        for (String t : targets) {
            long t0 = System.nanoTime();
            int s = http.send(request(t, "text/html"), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            times.add((System.nanoTime() - t0) / 1e6);
            status = s != 200 ? s : status;
        }
        print(name, times, status);
        return status == 200;
    }

    /** {@code runs} requests cycling over the targets after {@code warm} unmeasured ones; whether all answered 200. */
    private boolean repeated(HttpClient http, String name, List<String> targets, String accept, int warm) throws Exception {
        int status = 200;
        for (int i = 0; i < warm; i++) {
            http.send(request(targets.get(i % targets.size()), accept), HttpResponse.BodyHandlers.discarding());
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            int s = http.send(request(targets.get(i % targets.size()), accept), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            times.add((System.nanoTime() - t0) / 1e6);
            status = s != 200 ? s : status;
        }
        print(name, times, status);
        return status == 200;
    }

    private static HttpRequest request(String target, String accept) {
        return HttpRequest.newBuilder(URI.create(target)).header("Accept", accept).timeout(Duration.ofSeconds(120)).build();
    }

    private static void print(String name, List<Double> times, int status) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-34s %5d %8.1f %8.1f %8.1f  %d%n", name, sorted.length, percentile(sorted, 50), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], status);
    }

    /** The values of {@code ?s} a SELECT gives. */
    static List<String> select(HttpClient http, String base, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/unkg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        List<String> out = new ArrayList<>();
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the server answered " + r.statusCode() + " to the query picking the pages");
        }
        for (JsonNode b : new ObjectMapper().readTree(r.body()).path("results").path("bindings")) {
            out.add(b.path("s").path("value").asText());
        }
        return out;
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
