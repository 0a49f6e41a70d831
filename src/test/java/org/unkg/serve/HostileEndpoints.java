package org.unkg.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real loopback servers for the attacks a public SPARQL endpoint meets: an "internal" SPARQL endpoint that
 * answers with a secret (what SSRF would reach) and counts the requests it gets, and a socket that accepts
 * connections and never answers (what holds a SERVICE call).
 */
final class HostileEndpoints implements AutoCloseable {
    static final String SECRET = "internal-secret-7f3a";

    private final HttpServer internal;
    private final ServerSocket silent;
    private final AtomicInteger internalRequests = new AtomicInteger();
    private final List<Socket> held = new ArrayList<>();
    private final Thread acceptor;

    HostileEndpoints() throws IOException {
        internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        internal.createContext("/", exchange -> {
            internalRequests.incrementAndGet();
            byte[] body = ("{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"literal\",\"value\":\""
                    + SECRET + "\"}}]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        internal.start();
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    Socket s = silent.accept();
                    synchronized (held) {
                        held.add(s);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-endpoint");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The URL of the internal endpoint that answers. */
    String internalUrl() {
        return "http://127.0.0.1:" + internal.getAddress().getPort() + "/sparql";
    }

    /** How many requests reached the internal endpoint. */
    int internalRequests() {
        return internalRequests.get();
    }

    /** The URL of the endpoint that accepts and never answers. */
    String silentUrl() {
        return "http://127.0.0.1:" + silent.getLocalPort() + "/sparql";
    }

    @Override
    public void close() throws IOException {
        internal.stop(0);
        silent.close();
        synchronized (held) {
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
