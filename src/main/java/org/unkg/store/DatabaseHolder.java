package org.unkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Who else holds a database: TDB2 writes the process id of the JVM that opened it into {@code tdb.lock},
 * and {@code unkg serve} adds {@code unkg-server} with its process id and URL. A lock whose process has
 * ended (or was started after the lock was written: a recycled id) holds nothing.
 */
public final class DatabaseHolder {
    /** The file {@code serve} writes into the database it serves. */
    static final String SERVER_FILE = "unkg-server";
    private static final String TDB_LOCK = "tdb.lock";

    /**
     * Another live process holding a database.
     *
     * @param pid its process id
     * @param url the URL it serves the database at, when it is {@code unkg serve}; else null
     */
    public record Holder(long pid, String url) {
        /** One line for the user about {@code db}, e.g. for a read command. */
        public String describe(Path db) {
            return url != null
                    ? "database " + db + " is served by pid " + pid + ": stop it or query " + url + "/unkg/sparql"
                    : "database " + db + " is in use by pid " + pid + ": wait for it to finish or stop it";
        }
    }

    private DatabaseHolder() {}

    /** The live process other than this one that holds {@code db}, if any. */
    public static Optional<Holder> of(Path db) {
        Path lock = db.resolve(TDB_LOCK);
        long pid;
        Instant written;
        try {
            pid = Long.parseLong(Files.readString(lock, StandardCharsets.UTF_8).strip());
            written = Files.getLastModifiedTime(lock).toInstant();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        if (pid == ProcessHandle.current().pid()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> started = process.get().info().startInstant();
        if (started.isPresent() && started.get().isAfter(written.plusSeconds(1))) {
            return Optional.empty();
        }
        return Optional.of(new Holder(pid, serverUrl(db, pid)));
    }

    /** Throws a one-line {@link StoreException} when another live process holds {@code db}. */
    public static void refuseIfHeld(Path db) {
        of(db).ifPresent(h -> {
            throw new StoreException(h.describe(db));
        });
    }

    /** Records that this process serves {@code db} at {@code url}; returns the file to delete when it stops. */
    public static Path announceServer(Path db, String url) throws IOException {
        Path file = db.resolve(SERVER_FILE);
        Files.writeString(file, ProcessHandle.current().pid() + " " + url + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String serverUrl(Path db, long pid) {
        try {
            String[] parts = Files.readString(db.resolve(SERVER_FILE), StandardCharsets.UTF_8).strip().split(" ", 2);
            return parts.length == 2 && Long.parseLong(parts[0]) == pid ? parts[1] : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
