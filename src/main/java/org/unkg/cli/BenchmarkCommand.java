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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.unkg.store.Tdb;
import org.unkg.serve.DocumentedQueries;
import org.unkg.serve.LinkedDataPaths;
import org.unkg.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unkg benchmark}: starts the server on a free loopback port (or uses {@code --url}) and prints
 * p50/p99 latency of every documented query over SPARQL HTTP, and of the body, letter and state pages per
 * kind: the first view of each of several pages of the kind (nothing cached) and repeated views. With
 * {@code --plain-fuseki} the queries are also timed on a plain Fuseki (Jena's own server, no unkg guards, same
 * TDB2 database, same query timeout) after unkg's server, in a column beside unkg's.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Print p50/p99 latency of every query in queries/ (SPARQL over HTTP) and of the body, letter",
                "and state pages (first views of --pages pages per kind, then repeated views).",
                "--plain-fuseki adds a column: the same queries on plain Apache Jena Fuseki over the same database.",
                "'benchmark build' measures extraction and build speed instead, 'benchmark load' concurrent clients,",
                "'benchmark subjects' the subject index against the letters' own subject lines,",
                "'benchmark corpus' a full build beside Jena's parallel loader on the same quads."},
        subcommands = {BuildBenchmarkCommand.class, LoadBenchmarkCommand.class, SubjectBenchmarkCommand.class,
                CorpusBenchmarkCommand.class, ExtractBenchmarkCommand.class})
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
            + "('--bind VAR=' in their comment) to a string, as 'query --bind' does (default: key=UNRCCA, the body lifecycle.rq then lists).")
    java.util.Map<String, String> bindings = new java.util.LinkedHashMap<>(java.util.Map.of("key", "UNRCCA"));

    @Option(names = "--plain-fuseki", description = "Also time the queries on plain Fuseki (Jena's server as it comes, the "
            + "same TDB2 database with the union default graph, the same timeout), run after unkg's server (needs --db).")
    boolean plainFuseki;

    @Option(names = "--timeout", defaultValue = "30", description = "Query timeout of the servers started, in seconds "
            + "(default: ${DEFAULT-VALUE}, serve's).")
    int timeoutSeconds;

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
        if (plainFuseki && target.db == null) {
            throw new IllegalArgumentException("--plain-fuseki needs --db DIR (the database both servers open)");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Path q = queries.dir();
        List<DocumentedQueries.NamedQuery> documented = DocumentedQueries.load(q).all();
        ServerTarget.Running running = target.open(o -> o.withTimeout(timeoutSeconds));
        String base = running.base();
        boolean failed = false;
        Map<String, Timing> ours = new LinkedHashMap<>();
        List<Runnable> pageLines = new ArrayList<>();
        try {
            for (DocumentedQueries.NamedQuery nq : documented) {
                Timing t = repeated(http, List.of(queryUrl(base, nq)), "application/sparql-results+json", warmup);
                ours.put(nq.name(), t);
                failed |= t.status() != 200;
            }
            for (PageKind kind : KINDS) {
                List<String> targets = new ArrayList<>();
                for (String iri : select(http, base, String.format(kind.select(), pages))) {
                    targets.add(base + LinkedDataPaths.pageHref(iri));
                }
                if (targets.isEmpty()) {
                    pageLines.add(() -> System.out.printf("%-34s %5d  (no such pages in the graph)%n", "page " + kind.name(), 0));
                    continue;
                }
                Timing first = firstViews(http, targets);
                pageLines.add(() -> print("page " + kind.name() + ", first view", first, null));
                Timing again = repeated(http, targets, "text/html", 0);
                pageLines.add(() -> print("page " + kind.name() + ", repeated", again, null));
                failed |= first.status() != 200 || again.status() != 200;
            }
            for (String p : extraPages) {
                Timing t = repeated(http, List.of(base + p), "text/html", warmup);
                pageLines.add(() -> print(p, t, null));
                failed |= t.status() != 200;
            }
        } finally {
            running.close();
        }
        // plain Fuseki after unkg's server, so both meet the database equally warm
        Map<String, Timing> plain = plainFuseki ? plainFusekiTimings(http, documented) : Map.of();
        System.out.printf("%-34s %5s %8s %8s %8s  %s%s%n", "target", "n", "p50 ms", "p99 ms", "max ms", "status",
                plainFuseki ? "   plain Fuseki: p50 ms   p99 ms  status" : "");
        ours.forEach((name, t) -> print(name, t, plain.get(name)));
        pageLines.forEach(Runnable::run);
        return failed ? 1 : 0;
    }

    /**
     * The query with the {@code --bind} values put in for the parameters it documents (its comment says
     * {@code --bind VAR=...}), substituted for the variable everywhere in the query as 'query --bind' does (a
     * VALUES block at the start would not reach a group that scopes the variable on its own).
     */
    String bound(String text) {
        Map<org.apache.jena.sparql.core.Var, org.apache.jena.graph.Node> values = new LinkedHashMap<>();
        bindings.forEach((var, value) -> {
            if (text.contains("--bind " + var + "=")) {
                values.put(org.apache.jena.sparql.core.Var.alloc(var), org.apache.jena.graph.NodeFactory.createLiteralString(value));
            }
        });
        if (values.isEmpty()) {
            return text;
        }
        org.apache.jena.query.Query q = org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.transform(
                org.apache.jena.query.QueryFactory.create(text), values);
        // ORDER BY a bound variable is ORDER BY a constant, which orders nothing and which SPARQL's grammar refuses
        if (q.hasOrderBy()) {
            q.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        }
        return q.serialize();
    }

    /** Latencies of one target or kind, sorted, and the last status other than 200 (200 when all were; 0: cut). */
    record Timing(double[] sorted, int status) {
        static Timing of(List<Double> times, int status) {
            return new Timing(times.stream().mapToDouble(Double::doubleValue).sorted().toArray(), status);
        }

        double p50() {
            return percentile(sorted, 50);
        }

        double p99() {
            return percentile(sorted, 99);
        }

        double max() {
            return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        }
    }

    private String queryUrl(String base, DocumentedQueries.NamedQuery nq) {
        return base + "/unkg/sparql?query=" + URLEncoder.encode(bound(nq.text()), StandardCharsets.UTF_8);
    }

    /**
     * The documented queries timed on plain Fuseki: Jena's server with nothing of unkg's (no admission, regex
     * guard, service policy or page cache), serving the same TDB2 database with the union default graph and the
     * same query timeout, started after unkg's server has closed.
     */
    private Map<String, Timing> plainFusekiTimings(HttpClient http, List<DocumentedQueries.NamedQuery> documented) throws Exception {
        Dataset ds = Tdb.open(target.db);
        Object timeoutBefore = ds.getContext().get(ARQ.queryTimeout);
        ds.getContext().set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000L));
        // the dataset's context outlives unkg's server in this JVM: plain Fuseki gets Jena's own optimiser back
        ds.getContext().remove(org.apache.jena.sparql.ARQConstants.sysOptimizerFactory);
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/unkg", ds, false).build().start();
        Map<String, Timing> out = new LinkedHashMap<>();
        try {
            String base = "http://127.0.0.1:" + fuseki.getHttpPort();
            for (DocumentedQueries.NamedQuery nq : documented) {
                out.put(nq.name(), repeated(http, List.of(queryUrl(base, nq)), "application/sparql-results+json", warmup));
            }
        } finally {
            fuseki.stop();
            if (timeoutBefore == null) {
                ds.getContext().remove(ARQ.queryTimeout);
            } else {
                ds.getContext().set(ARQ.queryTimeout, timeoutBefore);
            }
        }
        return out;
    }

    /** One request to each target (the first time the server is asked for it). */
    private Timing firstViews(HttpClient http, List<String> targets) throws Exception {
        List<Double> times = new ArrayList<>();
        int status = 200;
        for (String t : targets) {
            long t0 = System.nanoTime();
            int s = status(http, request(t, "text/html"));
            times.add((System.nanoTime() - t0) / 1e6);
            status = s != 200 ? s : status;
        }
        return Timing.of(times, status);
    }

    /**
     * {@code runs} requests cycling over the targets after {@code warm} unmeasured ones; a target that fails (timeout,
     * broken or overlong answer) is not asked again: one failure is its figure, and repeating it would only cost time.
     */
    private Timing repeated(HttpClient http, List<String> targets, String accept, int warm) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < warm; i++) {
            long t0 = System.nanoTime();
            int s = status(http, request(targets.get(i % targets.size()), accept));
            if (s != 200) {
                times.add((System.nanoTime() - t0) / 1e6);
                return Timing.of(times, s);
            }
        }
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            int s = status(http, request(targets.get(i % targets.size()), accept));
            times.add((System.nanoTime() - t0) / 1e6);
            if (s != 200) {
                return Timing.of(times, s);
            }
        }
        return Timing.of(times, 200);
    }

    /**
     * The status of one request with its whole body read; 0 when the answer broke off (a result cut by the server's
     * timeout after it began to stream ends with a broken transfer) or was still streaming {@value #GRACE_SECONDS} s
     * after the query timeout (a server that does not cut a streaming answer, as plain Fuseki does not): the client's
     * own timeout covers only the wait for the headers.
     */
    private int status(HttpClient http, HttpRequest request) throws InterruptedException {
        java.util.concurrent.CompletableFuture<HttpResponse<Void>> answer =
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            return answer.get(timeoutSeconds + GRACE_SECONDS, java.util.concurrent.TimeUnit.SECONDS).statusCode();
        } catch (java.util.concurrent.ExecutionException e) {
            return 0;
        } catch (java.util.concurrent.TimeoutException e) {
            answer.cancel(true);
            return 0;
        }
    }

    /** How long past the query timeout an answer may still be read before it counts as broken off. */
    private static final int GRACE_SECONDS = 30;

    private HttpRequest request(String target, String accept) {
        return HttpRequest.newBuilder(URI.create(target)).header("Accept", accept)
                .timeout(Duration.ofSeconds(timeoutSeconds + 90L)).build();
    }

    private static void print(String name, Timing t, Timing plain) {
        System.out.printf("%-34s %5d %8.1f %8.1f %8.1f  %d%s%n", name, t.sorted().length, t.p50(), t.p99(), t.max(), t.status(),
                plain == null ? "" : String.format("   %21.1f %8.1f  %d", plain.p50(), plain.p99(), plain.status()));
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
