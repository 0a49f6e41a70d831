package org.unkg.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The text letters of the repository's letter folders, for tests that compare two readings of every letter. */
public final class LetterFolders {
    private LetterFolders() {}

    /** The genre letters written for tests. */
    public static final String GENRE = "src/test/resources/genre/letters";
    /** The seed letters. */
    public static final String SEEDS = "data/letters";

    /** The {@code .txt} files of {@code dirs}, each folder's sorted by name. */
    public static List<Path> texts(String... dirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
