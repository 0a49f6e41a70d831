package org.unkg.text;

import java.nio.file.Path;

/** A letter file that cannot be read as a letter (binary, empty, not UTF-8), naming the file and the problem. */
public class LetterReadException extends Exception {
    private final Path file;

    public LetterReadException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
        this.file = file;
    }

    public Path file() { return file; }
}
