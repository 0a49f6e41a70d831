package org.unkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.unkg.ingest.LetterIngest;

/**
 * The SHA-256 of letter files by their size and modification time, kept beside a database
 * ({@value #FILE}), so {@code build --update} hashes only the files that changed since they were last read, as
 * {@code git} and {@code rsync} do. A file is hashed again when its size or modification time differs from its
 * stamp, and when it was modified within {@value #RACY_MILLIS} ms before the stamps were taken (it may have changed
 * again in the same clock tick). A missing or unreadable stamps file only means every file is hashed.
 */
final class FileStamps {
    /** The stamps file, in the database directory. */
    static final String FILE = "unkg-file-stamps.tsv";
    /** How close to the moment the stamps were taken a modification makes a stamp untrusted. */
    static final long RACY_MILLIS = 2000;

    /** A file's size, modification time (ns since the epoch) and SHA-256 in hex. */
    private record Stamp(long size, long modifiedNanos, String sha256) {}

    private final Map<String, Stamp> byFile = new ConcurrentHashMap<>();
    private final long takenMillis;

    private FileStamps(long takenMillis) {
        this.takenMillis = takenMillis;
    }

    /** No stamps yet, to be taken from now on. */
    static FileStamps empty() {
        return new FileStamps(System.currentTimeMillis());
    }

    /** The stamps recorded in {@code dir}, or none when there are none or they cannot be read. */
    static FileStamps read(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            if (lines.isEmpty() || !lines.get(0).startsWith("# taken ")) {
                return empty();
            }
            FileStamps out = new FileStamps(Long.parseLong(lines.get(0).substring("# taken ".length()).trim()));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", 4);
                if (f.length == 4) {
                    out.byFile.put(f[3], new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2]), f[0]));
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    private static long nanos(BasicFileAttributes a) {
        return a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /**
     * The SHA-256 of {@code file}: its stamp's when its size and modification time are the stamp's (and not racy),
     * else hashed now and stamped into {@code next}.
     */
    String digest(Path file, FileStamps next) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        Stamp s = byFile.get(key(file));
        long modified = nanos(a);
        if (s != null && s.size() == a.size() && s.modifiedNanos() == modified
                && modified < TimeUnit.MILLISECONDS.toNanos(takenMillis - RACY_MILLIS)) {
            next.byFile.put(key(file), s);
            return s.sha256();
        }
        String sha = LetterIngest.sha256(file);
        next.byFile.put(key(file), new Stamp(a.size(), modified, sha));
        return sha;
    }

    /**
     * Stamps {@code file} with {@code sha256}, the hash of its content as read after these stamps were taken: a file
     * modified since then is not trusted by the next run ({@link #RACY_MILLIS}).
     */
    void put(Path file, String sha256) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        byFile.put(key(file), new Stamp(a.size(), nanos(a), sha256));
    }

    /** Writes these stamps into {@code dir} (replacing the file whole). */
    void write(Path dir) throws IOException {
        Path tmp = dir.resolve(FILE + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# taken " + takenMillis + "\n");
            for (Map.Entry<String, Stamp> e : byFile.entrySet()) {
                Stamp s = e.getValue();
                w.write(s.sha256() + "\t" + s.size() + "\t" + s.modifiedNanos() + "\t" + e.getKey() + "\n");
            }
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
