package org.unkg.serve;

import java.nio.file.Path;
import java.util.List;
import org.unkg.serve.guard.QueryAdmission;

/**
 * How to serve: the database, the address (loopback unless told otherwise), the query timeout, the
 * row cap of HTML result pages, the admin password file (admin endpoints off when null), the queries
 * directory (the jar's {@code queries/} when null), the letters folder whose original files are served at
 * {@code /original/...} (the folder the database was built from when null), the SPARQL {@code SERVICE}
 * endpoints queries may call (none when empty), how many user queries may run at once (0: one per
 * processor, at least 2) and whether to warm up in the background after start ({@link WarmUp}; {@code serve} does,
 * embedded servers do not unless asked).
 */
public record ServeOptions(Path db, String host, int port, int timeoutSeconds, int resultCap,
                           Path adminPasswordFile, Path queriesDir, Path lettersDir, List<String> allowedServices,
                           int maxConcurrentQueries, boolean warmUp) {
    public ServeOptions {
        allowedServices = allowedServices == null ? List.of() : List.copyOf(allowedServices);
        if (maxConcurrentQueries <= 0) {
            maxConcurrentQueries = QueryAdmission.defaultConcurrency();
        }
    }

    /** Defaults for {@code db}: 127.0.0.1:3030, 30 s, 1000 rows, no admin, no SERVICE, a query per processor, no warm-up. */
    public static ServeOptions defaults(Path db) {
        return new ServeOptions(db, "127.0.0.1", 3030, 30, 1000, null, null, null, List.of(), 0, false);
    }

    /** The same options on another port (0 picks a free one). */
    public ServeOptions withPort(int p) {
        return new ServeOptions(db, host, p, timeoutSeconds, resultCap, adminPasswordFile, queriesDir, lettersDir,
                allowedServices, maxConcurrentQueries, warmUp);
    }

    /** The same options with admin endpoints behind the users of {@code file}. */
    public ServeOptions withAdmin(Path file) {
        return new ServeOptions(db, host, port, timeoutSeconds, resultCap, file, queriesDir, lettersDir,
                allowedServices, maxConcurrentQueries, warmUp);
    }

    /** The same options serving the original letter files of {@code dir}. */
    public ServeOptions withLetters(Path dir) {
        return new ServeOptions(db, host, port, timeoutSeconds, resultCap, adminPasswordFile, queriesDir, dir,
                allowedServices, maxConcurrentQueries, warmUp);
    }

    /** The same options with another query timeout. */
    public ServeOptions withTimeout(int seconds) {
        return new ServeOptions(db, host, port, seconds, resultCap, adminPasswordFile, queriesDir, lettersDir,
                allowedServices, maxConcurrentQueries, warmUp);
    }

    /** The same options with SERVICE allowed to exactly these endpoints. */
    public ServeOptions withAllowedServices(List<String> endpoints) {
        return new ServeOptions(db, host, port, timeoutSeconds, resultCap, adminPasswordFile, queriesDir, lettersDir,
                endpoints, maxConcurrentQueries, warmUp);
    }

    /** The same options, warming up in the background after start or not. */
    public ServeOptions withWarmUp(boolean on) {
        return new ServeOptions(db, host, port, timeoutSeconds, resultCap, adminPasswordFile, queriesDir, lettersDir,
                allowedServices, maxConcurrentQueries, on);
    }
}
