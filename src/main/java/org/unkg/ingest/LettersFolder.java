package org.unkg.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a database's letters came from: {@code build} writes the letters folder's real path into the
 * database directory ({@value #FILE}), so {@code serve} can offer each letter's original file from that
 * folder without being told again. Not part of the graph: the graph stays the same wherever the letters
 * were built from.
 */
public final class LettersFolder {
    /** The file in the database directory that holds the letters folder's path. */
    public static final String FILE = "letters-folder.txt";

    private LettersFolder() {}

    /** Records {@code letters} (as its real path) in the database directory {@code db}. */
    public static void record(Path db, Path letters) throws IOException {
        Files.writeString(db.resolve(FILE), letters.toRealPath().toString() + "\n", StandardCharsets.UTF_8);
    }

    /** The letters folder recorded in {@code db}, if any. */
    public static Optional<Path> recorded(Path db) {
        Path file = db.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String path = Files.readString(file, StandardCharsets.UTF_8).strip();
            return path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
