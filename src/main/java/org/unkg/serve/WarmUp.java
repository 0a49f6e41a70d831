package org.unkg.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a freshly started server does once, in the background, after it answers: the first requests of a new process
 * otherwise pay for the JVM compiling the page and query code, the templates being compiled, TDB2's node cache and
 * the database's files being read from disk. In order:
 * <ol>
 *   <li>renders a page of each kind (the body and the state the most letters mention, the latest letter) through the
 *       page code and templates, without keeping it (a visitor's first view of it is still rendered for them);</li>
 *   <li>asks its own SPARQL endpoint each documented query once ({@code queries/*.rq} as written), the answer read and
 *       dropped, and its home page (kept per database version, as any visitor's request keeps it);</li>
 *   <li>reads the database's files (smallest first, at most a quarter of the machine's memory) so that the operating
 *       system's page cache holds them when requests come.</li>
 * </ol>
 * It runs on one daemon thread at the lowest priority, stops when the server closes, and logs what it did and how long
 * each step took. A page or query that fails (cut by the query timeout on a busy machine) is skipped; nothing of the
 * warm-up fails the server.
 */
final class WarmUp implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final String UNKG = "https://w3id.org/unkg/";
    private static final int READ_BUFFER = 1 << 20;

    private final ServeContext ctx;
    private final Path db;
    private final String baseUrl;
    private volatile boolean stopped;
    private Thread thread;
    private final java.util.concurrent.CompletableFuture<Result> result = new java.util.concurrent.CompletableFuture<>();

    /** What a warm-up did: pages rendered, documented queries asked, bytes of the database read. */
    record Result(int pages, int queries, long bytes) {}

    WarmUp(ServeContext ctx, Path db, String baseUrl) {
        this.ctx = ctx;
        this.db = db;
        this.baseUrl = baseUrl;
    }

    /** Starts the warm-up on a background thread. */
    void start() {
        thread = new Thread(this, "unkg-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Stops the warm-up (the server is closing) and waits briefly for it. */
    void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The warm-up's outcome, once it has run (exceptionally when it ended early). */
    java.util.concurrent.CompletableFuture<Result> result() {
        return result;
    }

    @Override
    public void run() {
        try {
            long t0 = System.nanoTime();
            int pages = renderPages();
            long t1 = System.nanoTime();
            int queries = askQueries();
            long t2 = System.nanoTime();
            long bytes = readFiles(db, budget());
            long t3 = System.nanoTime();
            LOG.info("warm-up done in {} ms: {} pages rendered (not kept) {} ms, {} documented queries and the home page {} ms, "
                    + "{} MB of the database read {} ms", ms(t3 - t0), pages, ms(t1 - t0), queries, ms(t2 - t1),
                    bytes >> 20, ms(t3 - t2));
            result.complete(new Result(pages, queries, bytes));
        } catch (InterruptedException e) {
            result.completeExceptionally(e);
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            result.completeExceptionally(e);
            if (!stopped) {
                LOG.warn("warm-up ended early: {}", e.toString());
            }
        }
    }

    /** Renders, without keeping, the page of the most-mentioned body and state and of the latest letter. */
    private int renderPages() {
        List<String> iris = new ArrayList<>();
        Txn.executeRead(ctx.dataset(), () -> {
            for (String prefix : List.of(UNKG + "id/org/", UNKG + "id/state/")) {
                for (QuerySolution row : ctx.reader().select("SELECT ?s WHERE { ?s unkg:letterCount ?n FILTER(STRSTARTS(STR(?s), \""
                        + prefix + "\")) } ORDER BY DESC(?n) LIMIT 1", java.util.Map.of())) {
                    iris.add(row.getResource("s").getURI());
                }
            }
            for (QuerySolution row : ctx.reader().select("SELECT ?s WHERE { ?s a unkg:Letter } LIMIT 1", java.util.Map.of())) {
                iris.add(row.getResource("s").getURI());
            }
        });
        int n = 0;
        for (String iri : iris) {
            if (stopped) {
                break;
            }
            try {
                Txn.executeRead(ctx.dataset(), () -> ctx.templates().render("page", new ResourcePage(ctx.reader()).scope(iri, 0)));
                n++;
            } catch (RuntimeException e) {
                // a page cut by the query timeout on a busy machine: the next step still runs
                LOG.debug("warm-up: page {} not rendered: {}", iri, e.toString());
            }
        }
        return n;
    }

    /** Asks the server's own SPARQL endpoint each documented query once, and its home page. */
    private int askQueries() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Duration timeout = Duration.ofMillis(ctx.timeoutMillis() + 5_000);
        int n = 0;
        for (DocumentedQueries.NamedQuery q : ctx.queries().all()) {
            if (stopped) {
                return n;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + UnkgServer.DATASET + "/sparql?query="
                            + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(timeout).build();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    LOG.debug("warm-up: {} answered {}", q.name(), status);
                }
                n++;
            } catch (IOException e) {
                LOG.debug("warm-up: {} not asked: {}", q.name(), e.toString());
            }
        }
        http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/home")).timeout(timeout).build(),
                HttpResponse.BodyHandlers.discarding());
        return n;
    }

    /** A quarter of the machine's memory: what the warm-up may read of the database's files. */
    private static long budget() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / 4;
        }
        return 1L << 30;
    }

    /**
     * Reads the files under {@code dir} (following the database's link), smallest first, until {@code budget} bytes:
     * the B+trees' small node files before the large data files. Returns the bytes read.
     */
    long readFiles(Path dir, long budget) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.toRealPath())) {
            files = new ArrayList<>(s.filter(Files::isRegularFile).toList());
        }
        files.sort(Comparator.comparingLong(WarmUp::size));
        ByteBuffer buffer = ByteBuffer.allocateDirect(READ_BUFFER);
        long read = 0;
        for (Path f : files) {
            if (stopped || read + size(f) > budget) {
                break;
            }
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                int r;
                while (!stopped && (r = ch.read(buffer.clear())) > 0) {
                    read += r;
                }
            } catch (IOException e) {
                LOG.debug("warm-up: could not read {}: {}", f, e.toString());
            }
        }
        return read;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
