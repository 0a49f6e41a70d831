package org.unkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.unkg.serve.LinkedDataPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unkg benchmark load}: N concurrent clients for S seconds over the server's pages (bodies, letters,
 * home), SPARQL (small selects, a count, a documented-style join) and search, each client cycling through
 * the targets; prints requests, errors (any status but 200, or no answer) and p50/p99/max latency per kind.
 * Exit status 1 when any request failed.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"N concurrent clients for S seconds over pages, SPARQL and search of a server;",
                "prints requests, errors and p50/p99 per kind. Exit status 1 when any request failed."})
final class LoadBenchmarkCommand implements Callable<Integer> {
    @Mixin
    ServerTarget target;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "Duration of the run (default: ${DEFAULT-VALUE}).")
    int seconds;

    private record Target(String kind, String path, String accept) {}

    @Override
    public Integer call() throws Exception {
        target.check();
        if (clients < 1 || seconds < 1) {
            throw new IllegalArgumentException("--clients and --seconds must be positive");
        }
        try (ServerTarget.Running running = target.open()) {
            String base = running.base();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            List<Target> targets = targets(http, base);
            Map<String, List<Double>> times = new ConcurrentHashMap<>();
            Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
            Map<String, Map<String, AtomicLong>> causes = new ConcurrentHashMap<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            String root = base;
            for (int c = 0; c < clients; c++) {
                int offset = c;
                Thread t = new Thread(() -> {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        Target target = targets.get(i % targets.size());
                        long t0 = System.nanoTime();
                        String problem;
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(root + target.path()))
                                    .header("Accept", target.accept()).timeout(Duration.ofSeconds(60)).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            problem = r.statusCode() == 200 ? null : "status " + r.statusCode() + ": "
                                    + firstLine(new String(r.body(), StandardCharsets.UTF_8));
                        } catch (Exception e) {
                            problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                        }
                        double ms = (System.nanoTime() - t0) / 1e6;
                        times.computeIfAbsent(target.kind(), k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
                        if (problem != null) {
                            errors.computeIfAbsent(target.kind(), k -> new AtomicLong()).incrementAndGet();
                            causes.computeIfAbsent(target.kind() + " " + problem, k -> new ConcurrentHashMap<>())
                                    .computeIfAbsent(target.path(), k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                }, "load-client-" + c);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            long total = 0;
            long failed = 0;
            System.out.printf("%d clients for %d s against %s (%d targets)%n", clients, seconds, base, targets.size());
            System.out.printf("%-8s %9s %7s %8s %8s %8s%n", "kind", "requests", "errors", "p50 ms", "p99 ms", "max ms");
            for (String kind : List.of("page", "sparql", "search")) {
                double[] sorted = times.getOrDefault(kind, List.of()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
                long err = errors.getOrDefault(kind, new AtomicLong()).get();
                total += sorted.length;
                failed += err;
                System.out.printf("%-8s %9d %7d %8.1f %8.1f %8.1f%n", kind, sorted.length, err, BenchmarkCommand.percentile(sorted, 50),
                        BenchmarkCommand.percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
            }
            System.out.printf("total: %d requests, %d errors, %.1f requests/s%n", total, failed, total / (double) seconds);
            // every failure by its cause, with the requests that met it: what to fix, not just how many
            causes.forEach((cause, paths) -> {
                long n = paths.values().stream().mapToLong(AtomicLong::get).sum();
                System.out.printf("error x%d: %s%n", n, cause);
                paths.entrySet().stream().sorted(Map.Entry.<String, AtomicLong>comparingByValue(
                        java.util.Comparator.comparingLong(AtomicLong::get)).reversed()).limit(5)
                        .forEach(e -> System.out.printf("    x%d %s%n", e.getValue().get(), shortPath(e.getKey())));
            });
            return failed == 0 ? 0 : 1;
        }
    }

    /** The first line of an error answer, at most 160 characters (pages in the site's layout give their title). */
    private static String firstLine(String body) {
        java.util.regex.Matcher title = java.util.regex.Pattern.compile("<title>([^<]*)</title>").matcher(body);
        String line = title.find() ? title.group(1) : body.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    /** A request path decoded and cut to 160 characters, for the error list. */
    private static String shortPath(String path) {
        String p = java.net.URLDecoder.decode(path, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return p.length() > 160 ? p.substring(0, 160) + "..." : p;
    }

    /** The pages, queries and searches of the run; letter and body pages found through SPARQL. */
    private static List<Target> targets(HttpClient http, String base) throws Exception {
        List<Target> out = new ArrayList<>();
        Map<String, String> sparql = new LinkedHashMap<>();
        sparql.put("letters", "PREFIX unkg: <https://w3id.org/unkg/ontology#> PREFIX dct: <http://purl.org/dc/terms/> "
                + "SELECT ?l ?d WHERE { ?m unkg:lettersAfter ?after FILTER(?after < 20) ?m unkg:monthLetter ?l . ?l dct:date ?d }"
                + " ORDER BY DESC(?d) LIMIT 20");
        sparql.put("count", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/unkg/ontology#Letter> }");
        sparql.put("events", "PREFIX unkg: <https://w3id.org/unkg/ontology#> SELECT ?e ?b ?d WHERE { ?e unkg:concerns ?b ; "
                + "unkg:date ?d } ORDER BY ?d LIMIT 50");
        sparql.put("labels", "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?b ?l WHERE { ?b skos:notation \"UNTOP\" ; "
                + "skos:prefLabel ?l }");
        for (String q : sparql.values()) {
            out.add(new Target("sparql", "/unkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                    "application/sparql-results+json"));
        }
        for (String q : List.of("UNTOP", "مكتب", "mission", "Ashgabat", "ولاية")) {
            out.add(new Target("search", "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html"));
        }
        out.add(new Target("page", "/home", "text/html"));
        for (String iri : select(http, base, "SELECT ?s WHERE { { SELECT ?s WHERE { ?s a <https://w3id.org/unkg/ontology#Letter> } LIMIT 30 } "
                + "UNION { SELECT ?s WHERE { ?s <http://www.w3.org/2004/02/skos/core#notation> ?n FILTER STRSTARTS(STR(?s), "
                + "\"https://w3id.org/unkg/id/org/\") } LIMIT 30 } }")) {
            out.add(new Target("page", LinkedDataPaths.pageHref(iri), "text/html"));
        }
        return out;
    }

    private static List<String> select(HttpClient http, String base, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/unkg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        List<String> out = new ArrayList<>();
        for (JsonNode b : new ObjectMapper().readTree(r.body()).path("results").path("bindings")) {
            out.add(b.path("s").path("value").asText());
        }
        return out;
    }
}
