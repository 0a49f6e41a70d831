package org.unkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The letter graphs a database holds with the checksum of each one's file ({@code unkg:sha256}), kept beside the
 * database ({@value #FILE}) so {@code build --update} learns them without reading 20,000 graph names and checksums
 * out of TDB2. A build writes it with the database; an update writes the next one ({@value #PENDING}) before it
 * commits and moves it in place after: while a pending file exists (an update stopped between the two), neither is
 * trusted and the update reads the database instead, as it does when the file is missing or unreadable.
 */
final class StoredLetters {
    /** The record of the letters the database holds, in the database directory. */
    static final String FILE = "unkg-letters.tsv";
    /** The record an update writes before it commits. */
    static final String PENDING = FILE + ".pending";

    private StoredLetters() {}

    /** The letter graphs and checksums recorded in {@code dir}, or null when there is no record to trust. */
    static Map<String, String> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (Files.exists(dir.resolve(PENDING)) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith("# unkg letters ")) {
                return null;
            }
            int expected = Integer.parseInt(lines.get(0).substring("# unkg letters ".length()).trim());
            Map<String, String> out = new HashMap<>(expected * 2);
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            // a record cut short (a full disk) is not trusted
            return out.size() == expected ? out : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Records {@code letters} (graph IRI to checksum) as what {@code dir} holds (a build's new database). */
    static void write(Path dir, Map<String, String> letters) throws IOException {
        writeTo(dir.resolve(FILE), letters);
    }

    /** Records {@code letters} as what {@code dir} will hold once the update commits ({@link #commit} then). */
    static void prepare(Path dir, Map<String, String> letters) throws IOException {
        writeTo(dir.resolve(PENDING), letters);
    }

    /** The update committed: its record becomes the database's. */
    static void commit(Path dir) throws IOException {
        Files.move(dir.resolve(PENDING), dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The update did not commit: its record goes, the database's stays true. */
    static void abandon(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(PENDING));
    }

    private static void writeTo(Path file, Map<String, String> letters) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# unkg letters " + letters.size() + "\n");
            for (Map.Entry<String, String> e : new TreeMap<>(letters).entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
