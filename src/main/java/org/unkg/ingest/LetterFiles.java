package org.unkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the letter files of a letters folder: regular files whose name does not start with a dot, in the
 * folder itself or, when asked, in its sub-folders too (hidden sub-folders skipped, symbolic links to
 * folders not followed), sorted by their relative name; each with the {@link LetterFormat} its name gives.
 */
public final class LetterFiles {
    private LetterFiles() {}

    /**
     * The letters of {@code dir}.
     *
     * @throws java.nio.file.NoSuchFileException when {@code dir} is not a folder
     */
    public static List<LetterSource> list(Path dir, boolean recursive, LetterFormats formats) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "letters directory not found");
        }
        List<LetterSource> out = new ArrayList<>();
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.equals(dir) || !Files.isRegularFile(p) || hidden(dir, p)) {
                    continue;
                }
                String name = relativeName(dir, p);
                out.add(new LetterSource(p, name, formats.formatOf(name)));
            }
        }
        out.sort(Comparator.comparing(LetterSource::name));
        return out;
    }

    /** {@code file}'s path under {@code dir}, folders separated by {@code /}. */
    static String relativeName(Path dir, Path file) {
        Path rel = dir.relativize(file);
        StringBuilder b = new StringBuilder();
        for (Path part : rel) {
            if (!b.isEmpty()) {
                b.append('/');
            }
            b.append(part);
        }
        return b.toString();
    }

    private static boolean hidden(Path dir, Path file) {
        for (Path part : dir.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
