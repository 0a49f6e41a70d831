package org.unkg.cli;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.unkg.serve.ServeOptions;
import org.unkg.serve.UnkgServer;
import picocli.CommandLine.Option;

/** The server a benchmark runs against: one started over {@code --db} for the run, or a running one at {@code --url} (a picocli mixin). */
final class ServerTarget {
    @Option(names = "--db", paramLabel = "DIR", description = "Database to serve for the run (ignored with --url).")
    Path db;

    @Option(names = "--url", paramLabel = "URL", description = "A running server instead, e.g. http://127.0.0.1:3030")
    String url;

    @Option(names = "--server-warm-up", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "The server started over --db warms up in the background as 'serve' does (default: on; "
                    + "--no-server-warm-up to time a server that does not).")
    boolean warmUp;

    /** The options of a server started over {@code --db} for the run, on a free port. */
    ServeOptions options() {
        return ServeOptions.defaults(db).withPort(0).withWarmUp(warmUp);
    }

    /** Fails unless a database or a URL is given. */
    void check() {
        if (url == null && db == null) {
            throw new IllegalArgumentException("give --db DIR or --url URL");
        }
    }

    /** The server to run against: the one at the URL, else one started on a free port over the database. */
    Running open() throws Exception {
        return open(UnaryOperator.identity());
    }

    /**
     * The server to run against: the one at the URL, else one started on a free port over the database with the
     * {@link #options()} as {@code adjust} changes them; a started server is timed in service, so this returns once
     * its warm-up has ended (and says how long that took).
     */
    Running open(UnaryOperator<ServeOptions> adjust) throws Exception {
        check();
        if (url != null) {
            return new Running(url, null);
        }
        UnkgServer server = UnkgServer.start(adjust.apply(options()));
        long started = System.nanoTime();
        if (server.awaitWarmUp()) {
            System.out.printf("the server's warm-up ended %.1f s after it answered; timing starts now"
                    + " (--no-server-warm-up to time a server without one)%n", (System.nanoTime() - started) / 1e9);
        }
        return new Running(server.baseUrl(), server);
    }

    /** A server being run against: its base URL, and the server started for the run (closed with this), or null. */
    record Running(String base, UnkgServer started) implements AutoCloseable {
        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }
}
