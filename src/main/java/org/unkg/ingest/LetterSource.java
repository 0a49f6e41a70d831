package org.unkg.ingest;

import java.nio.file.Path;

/**
 * A letter file found in the letters folder: where it is, its name relative to the folder (with
 * {@code /} between folders: the name the graph and the messages use) and its format.
 */
public record LetterSource(Path file, String name, LetterFormat format) {
    /** The file name alone. */
    public String fileName() {
        return file.getFileName().toString();
    }
}
