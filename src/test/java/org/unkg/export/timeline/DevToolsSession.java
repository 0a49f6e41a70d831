package org.unkg.export.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium started for one test and driven over the Chrome DevTools protocol with
 * {@link java.net.http.WebSocket}: commands, their results, and the events the page sends (console
 * messages, exceptions, network requests). Closing it ends the browser process it started.
 */
final class DevToolsSession implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    private DevToolsSession(Process process, WebSocket.Builder builder, URI page) throws Exception {
        this.process = process;
        this.socket = builder.buildAsync(page, new Listener()).get(20, TimeUnit.SECONDS);
    }

    /** Starts Chromium with a fresh profile in {@code profile} and connects to its first page. */
    static DevToolsSession start(Path profile) throws Exception {
        Files.createDirectories(profile);
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1400,800", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.currentTimeMillis() + 30_000;
            while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                if (!p.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            URI page = null;
            while (page == null && System.currentTimeMillis() < deadline) {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                for (JsonNode t : JSON.readTree(list)) {
                    if ("page".equals(t.path("type").asText())) {
                        page = URI.create(t.get("webSocketDebuggerUrl").asText());
                    }
                }
                if (page == null) {
                    Thread.sleep(100);
                }
            }
            if (page == null) {
                throw new IllegalStateException("chromium shows no page target");
            }
            return new DevToolsSession(p, http.newWebSocketBuilder(), page);
        } catch (Exception e) {
            org.unkg.testing.BrowserProcesses.stop(p);
            throw e;
        }
    }

    /** Sends a command and waits for its result; a protocol error is an exception. */
    JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params == null ? JSON.createObjectNode() : params);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        JsonNode r = reply.get(30, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + ": " + r.get("error"));
        }
        return r.path("result");
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** Evaluates a JavaScript expression in the page and returns its value (by value). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("page threw: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Polls {@code expression} until it is true. */
    void waitFor(String expression, Duration timeout) throws Exception {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (!eval(expression).asBoolean(false)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out waiting for " + expression);
            }
            Thread.sleep(100);
        }
    }

    /** The events received so far with this method name. */
    synchronized List<JsonNode> events(String method) {
        return events.stream().filter(e -> method.equals(e.path("method").asText())).toList();
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser is stopped below anyway
        }
        org.unkg.testing.BrowserProcesses.stop(process);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode msg = JSON.readTree(buffer.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                        if (f != null) {
                            f.complete(msg);
                        }
                    } else {
                        synchronized (DevToolsSession.this) {
                            events.add(msg);
                        }
                    }
                } catch (IOException e) {
                    // a malformed frame fails the waiting command by timeout
                }
                buffer.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
