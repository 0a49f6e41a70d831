package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public endpoint under attack, over real HTTP against a real server with a 3 s query timeout:
 * SERVICE to an internal host is refused (no request leaves), SERVICE to an allowed endpoint that never
 * answers ends with the timeout, a catastrophically backtracking regex is stopped by the timeout (no
 * thread left matching), and the server keeps answering {@code /$/ping} while 30 hostile queries run.
 */
class QuerySafetyTest {
    private static final int TIMEOUT_S = 3;
    /** The client's patience: a request that has not answered by then hangs (the bug), it is not slow. */
    private static final Duration HANG = Duration.ofSeconds(TIMEOUT_S + 20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String CATASTROPHIC = "SELECT ?m WHERE { BIND(REGEX(\"" + "a".repeat(64) + "!\", \"^(.*a){25}$\") AS ?m) }";

    /**
     * A result whose cut point is fixed: 3,000 rows that stream at once (far more than the server's output buffer, so
     * the 200 and the first bytes are out long before the timeout), then a row that never comes (a catastrophic
     * regex, stopped only by the timeout's cancel signal). The cut therefore always falls after the start of the body.
     */
    private static final String STREAM_THEN_STALL = "SELECT * WHERE { { SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 3000 } "
            + "UNION { BIND(REGEX(\"" + "a".repeat(64) + "!\", \"^(.*a){25}$\") AS ?m) } }";

    @TempDir
    static Path dir;
    static HostileEndpoints hostile;
    static UnkgServer server;

    @BeforeAll
    static void start() throws IOException {
        hostile = new HostileEndpoints();
        Path db = ServedGraph.build(dir);
        server = UnkgServer.start(ServeOptions.defaults(db).withPort(0).withTimeout(TIMEOUT_S)
                .withAllowedServices(List.of(hostile.silentUrl())));
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        hostile.close();
    }

    private static HttpResponse<String> sparql(String query, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/unkg/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept).timeout(HANG).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serviceToAnInternalHostIsRefusedWith400AndNoRequestLeaves() throws Exception {
        HttpResponse<String> r = sparql("SELECT * WHERE { SERVICE <" + hostile.internalUrl() + "> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("SERVICE <" + hostile.internalUrl() + "> is not allowed").doesNotContain(HostileEndpoints.SECRET);
        assertThat(hostile.internalRequests()).isZero();
    }

    @Test
    void serviceHiddenInExistsOrAVariableIsRefusedToo() throws Exception {
        HttpResponse<String> inExists = sparql("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + hostile.internalUrl()
                + "> { ?s ?p ?o } } } LIMIT 1", "text/csv");
        HttpResponse<String> variable = sparql("SELECT * WHERE { BIND(<" + hostile.internalUrl() + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "text/csv");
        assertThat(inExists.statusCode()).isEqualTo(400);
        assertThat(variable.statusCode()).isEqualTo(400);
        assertThat(hostile.internalRequests()).isZero();
    }

    @Test
    void serviceIsRefusedOnTheHtmlQueryPageAndInTheDatasetItself() throws Exception {
        String q = "SELECT * WHERE { SERVICE <" + hostile.internalUrl() + "> { ?s ?p ?o } }";
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/queries/run?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(HANG).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("is not allowed");
        // a query that skips the HTTP checks still meets the dataset's service executor
        Throwable thrown = Txn.calculateRead(server.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(server.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> { });
                return null;
            } catch (QueryExecException e) {
                return e;
            }
        });
        assertThat(thrown).isNotNull().hasMessageContaining("is not allowed");
        assertThat(hostile.internalRequests()).isZero();
    }

    @Test
    void anAllowedServiceThatNeverAnswersEndsWithTheTimeout() throws Exception {
        HttpResponse<String> r = sparql("SELECT * WHERE { SERVICE <" + hostile.silentUrl() + "> { ?s ?p ?o } }", "text/csv");
        assertThat(r.statusCode()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void aCatastrophicRegexIsStoppedByTheTimeout() throws Exception {
        HttpResponse<String> r = sparql(CATASTROPHIC, "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(threadsMatchingRegex()).as("threads still matching after the answer").isZero();
    }

    @Test
    void aCatastrophicReplaceInTheHtmlRunnerIsStoppedByTheTimeout() throws Exception {
        String q = "SELECT ?m WHERE { BIND(REPLACE(\"" + "a".repeat(64) + "!\", \"^(.*a){25}$\", \"x\") AS ?m) }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/queries/run?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(HANG).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("timed out");
    }

    @Test
    void ordinaryRegexesStillMatch() throws Exception {
        HttpResponse<String> r = sparql("SELECT ?m ?r ?f WHERE { BIND(REGEX(\"Office in Ashgabat\", \"ashgabat$\", \"i\") AS ?m) "
                + "BIND(REPLACE(\"UNTOP-2000\", \"(\\\\d+)\", \"[$1]\") AS ?r) "
                + "BIND(<http://www.w3.org/2005/xpath-functions#matches>(\"abc\", \"^a.c$\") AS ?f) }", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true,UNTOP-[2000],true");
    }

    @Test
    void resultsCutByTheTimeoutEndWithAMarkerAndABrokenTransfer() throws Exception {
        // a plain socket, not java.net.http: its InputStream drops the buffers it still holds once the transfer fails,
        // so whether the marker arrived would depend on the client's thread timing, not on what the server sent
        URI base = URI.create(server.baseUrl());
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) HANG.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET /unkg/sparql?query=" + URLEncoder.encode(STREAM_THEN_STALL, StandardCharsets.UTF_8) + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\nAccept: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[1 << 16];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    got.write(buf, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // an aborted transfer may end with a reset instead of an end of stream
            }
        }
        String text = got.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("HTTP/1.1 200");
        assertThat(text.substring(0, text.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT))
                .contains("transfer-encoding: chunked");
        assertThat(text).as("the transfer ends abnormally: no last chunk").doesNotEndWith("\r\n0\r\n\r\n");
        assertThat(text.lines().count()).as("rows streamed before the stall").isGreaterThan(1000);
        assertThat(text.substring(Math.max(0, text.length() - 4096))).contains("Incomplete results");
    }

    @Test
    void pingAnswersWhileThirtyHostileQueriesRun() throws Exception {
        assertThat(ping(Duration.ofSeconds(30)).statusCode()).as("warm-up ping").isEqualTo(200);
        List<CompletableFuture<HttpResponse<String>>> attacks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String q = i % 2 == 0 ? CATASTROPHIC : "SELECT * WHERE { SERVICE <" + hostile.silentUrl() + "> { ?s ?p ?o } }";
            attacks.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/unkg/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(HANG).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(1000);
        for (int i = 0; i < 3; i++) {
            assertThat(ping(Duration.ofSeconds(1)).statusCode()).as("ping under attack").isEqualTo(200);
        }
        for (CompletableFuture<HttpResponse<String>> a : attacks) {
            assertThat(a.get().statusCode()).isGreaterThanOrEqualTo(400);
        }
    }

    private static HttpResponse<String> ping(Duration patience) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/ping")).timeout(patience).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Threads of this JVM inside java.util.regex right now (after a short grace for the cancel to land). */
    private static long threadsMatchingRegex() throws InterruptedException {
        long n = 0;
        for (int i = 0; i < 20; i++) {
            n = Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                    .filter(t -> Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("java.util.regex.Pattern")))
                    .map(ThreadInfo::getThreadName).count();
            if (n == 0) {
                return 0;
            }
            Thread.sleep(250);
        }
        return n;
    }
}
