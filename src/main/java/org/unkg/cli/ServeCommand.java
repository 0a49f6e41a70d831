package org.unkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.unkg.serve.ServeOptions;
import org.unkg.serve.UnkgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unkg serve}: the SPARQL endpoint, linked-data pages and search over a built database. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a database built by 'unkg build': read-only SPARQL at /unkg/sparql, linked-data pages",
                "(/id/... redirects to /page/... or /data/...), search, and /$/ping. Loopback only unless --host is given."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    BuiltDatabase database;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--max-rows", defaultValue = "1000", paramLabel = "N", description = "Rows shown on HTML result pages (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "Turn on the admin endpoints (/$/server, /$/stats, /$/metrics, /$/tasks, /$/compact) behind basic auth; FILE has lines 'user: password'.")
    Path adminPasswordFile;

    @Mixin
    QueriesFolder queries;

    @Option(names = "--letters", paramLabel = "DIR",
            description = "Folder of the original letter files, served read-only at /original/... (default: the folder the database was built from).")
    Path letters;

    @Option(names = "--allow-service", paramLabel = "IRI",
            description = "A SPARQL endpoint that queries may call with SERVICE (repeatable; default: none, SERVICE is refused with 400).")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--warm-up", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "After start, in the background: render a page of each kind, ask each documented query once, "
                    + "read the database's files into the OS page cache (default: on; --no-warm-up for none).")
    boolean warmUp;

    @Option(names = "--max-concurrent-queries", defaultValue = "0", paramLabel = "N",
            description = "User queries that may run at once; the others wait up to the timeout, then get 503 (default: one per processor, at least 2).")
    int maxConcurrentQueries;

    @Mixin
    ProjectPaths paths;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535");
        }
        if (timeout <= 0) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
        Path db = database.dir();
        ServeOptions options = new ServeOptions(db, host, port, timeout, maxRows, adminPasswordFile, queries.dir(), letters,
                allowService, maxConcurrentQueries, warmUp);
        UnkgServer server = UnkgServer.start(options);
        server.acceptUpdates(() -> {
            try {
                return BuildCommand.runner(paths);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "unkg-serve-shutdown"));
        System.out.println("unkg serving " + db + " at " + server.baseUrl() + "/  (SPARQL: " + server.baseUrl() + "/unkg/sparql)");
        server.join();
        return 0;
    }
}
