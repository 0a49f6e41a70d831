package org.unkg.text;

import java.nio.file.Path;

/** A letter file that cannot be read as a letter (binary, empty, not UTF-8), naming the file and the problem. */
public class LetterReadException extends Exception {
    private final Path file;
    private final String problem;

    public LetterReadException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    /** A problem with the letter called {@code name} (its path relative to the letters folder). */
    public LetterReadException(String name, String problem) {
        super(name + ": " + problem);
        this.file = Path.of(name);
        this.problem = problem;
    }

    public Path file() { return file; }

    /** The problem alone, without the file name. */
    public String problem() { return problem; }
}
