package org.unkg.serve;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: starts headless Chromium with a
 * fresh profile, opens a page, evaluates JavaScript, takes screenshots and collects console errors.
 */
final class DevTools implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private DevTools(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium and attaches to a blank page. */
    static DevTools start(Path profile) throws Exception {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (System.currentTimeMillis() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IOException("chromium did not start");
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String wsUrl = null;
        for (JsonNode t : targets) {
            if ("page".equals(t.path("type").asText())) {
                wsUrl = t.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (wsUrl == null) {
            p.destroyForcibly();
            throw new IOException("no page target");
        }
        DevTools[] self = new DevTools[1];
        WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(wsUrl), new WebSocket.Listener() {
                    private final StringBuilder buf = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        buf.append(data);
                        if (last) {
                            String msg = buf.toString();
                            buf.setLength(0);
                            while (self[0] == null) {
                                Thread.onSpinWait();
                            }
                            self[0].onMessage(msg);
                        }
                        w.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        DevTools dt = new DevTools(p, profile, ws);
        self[0] = dt;
        dt.call("Page.enable", Map.of());
        dt.call("Runtime.enable", Map.of());
        dt.call("Log.enable", Map.of());
        return dt;
    }

    private void onMessage(String msg) {
        try {
            JsonNode n = JSON.readTree(msg);
            if (n.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
                if (f != null) {
                    f.complete(n);
                }
                return;
            }
            String method = n.path("method").asText();
            JsonNode params = n.path("params");
            switch (method) {
                case "Page.loadEventFired" -> loaded.complete(null);
                case "Runtime.exceptionThrown" -> consoleErrors.add("exception: " + params.path("exceptionDetails").toString());
                case "Runtime.consoleAPICalled" -> {
                    if ("error".equals(params.path("type").asText())) {
                        consoleErrors.add("console.error: " + params.path("args").toString());
                    }
                }
                case "Log.entryAdded" -> {
                    if ("error".equals(params.path("entry").path("level").asText())) {
                        consoleErrors.add("log: " + params.path("entry").path("text").asText() + " " + params.path("entry").path("url").asText());
                    }
                }
                default -> { }
            }
        } catch (IOException e) {
            consoleErrors.add("bad devtools message: " + e);
        }
    }

    /** Sends a command and waits for its result. */
    JsonNode call(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(msg.toString(), true).join();
        try {
            JsonNode r = f.get(30, TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IllegalStateException(method + ": " + r.get("error"));
            }
            return r.path("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed", e);
        }
    }

    /** Opens {@code url} and waits for its load event. */
    void open(String url) {
        loaded = new CompletableFuture<>();
        call("Page.navigate", Map.of("url", url));
        try {
            loaded.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("page did not load: " + url, e);
        }
    }

    /** Evaluates a JavaScript expression in the page; its value as JSON. */
    JsonNode eval(String expression) {
        return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)).path("result").path("value");
    }

    /** Saves a PNG screenshot of the whole page. */
    void screenshot(Path file) throws IOException {
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(r.path("data").asText()));
    }

    /** The console errors, uncaught exceptions and error log entries seen so far. */
    List<String> consoleErrors() {
        return new ArrayList<>(consoleErrors);
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser goes anyway
        }
        org.unkg.testing.BrowserProcesses.stop(process);
    }
}
