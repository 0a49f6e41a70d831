package org.unkg.serve;

import java.nio.file.Path;

/**
 * How to serve: the database, the address (loopback unless told otherwise), the query timeout, the
 * row cap of HTML result pages, the admin password file (admin endpoints off when null), the
 * queries directory (the jar's {@code queries/} when null) and the letters folder whose original files
 * are served at {@code /original/...} (the folder the database was built from when null).
 */
public record ServeOptions(Path db, String host, int port, int timeoutSeconds, int resultCap,
                           Path adminPasswordFile, Path queriesDir, Path lettersDir) {
    /** Defaults for {@code db}: 127.0.0.1:3030, 30 s, 1000 rows, no admin. */
    public static ServeOptions defaults(Path db) {
        return new ServeOptions(db, "127.0.0.1", 3030, 30, 1000, null, null, null);
    }

    /** The same options on another port (0 picks a free one). */
    public ServeOptions withPort(int p) {
        return new ServeOptions(db, host, p, timeoutSeconds, resultCap, adminPasswordFile, queriesDir, lettersDir);
    }

    /** The same options with admin endpoints behind the users of {@code file}. */
    public ServeOptions withAdmin(Path file) {
        return new ServeOptions(db, host, port, timeoutSeconds, resultCap, file, queriesDir, lettersDir);
    }

    /** The same options serving the original letter files of {@code dir}. */
    public ServeOptions withLetters(Path dir) {
        return new ServeOptions(db, host, port, timeoutSeconds, resultCap, adminPasswordFile, queriesDir, dir);
    }
}
