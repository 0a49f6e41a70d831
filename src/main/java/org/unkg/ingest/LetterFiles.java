package org.unkg.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the letter files of a letters folder: regular files (a symbolic link to one counts) whose name does
 * not start with a dot, in the folder itself or, when asked, in its sub-folders too, sorted by their relative
 * name, each with the {@link LetterFormat} its name gives. Every other entry is reported, not silently passed
 * over: a sub-folder when not recursing, a link to a folder, a broken link, a link that loops, a device or
 * pipe. Hidden files and folders ({@code .DS_Store}, editor swap files, {@code .git}) are left out quietly.
 */
public final class LetterFiles {
    /** The files to read and the entries passed over, each with its relative name and why. */
    public record Scan(List<LetterSource> files, List<String> skipped) {
        /** The files' paths, in order. */
        public List<Path> paths() {
            return files.stream().map(LetterSource::file).toList();
        }
    }

    private static final int MAX_LINKS = 40;

    private LetterFiles() {}

    /**
     * The letters of {@code dir}.
     *
     * @throws java.nio.file.NoSuchFileException when {@code dir} is not a folder
     */
    public static List<LetterSource> list(Path dir, boolean recursive, LetterFormats formats) throws IOException {
        return scan(dir, recursive, formats).files();
    }

    /** The letters of {@code dir} and the entries passed over. */
    public static Scan scan(Path dir, boolean recursive, LetterFormats formats) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "letters directory not found");
        }
        List<LetterSource> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        walk(dir, dir, recursive, formats, files, skipped);
        files.sort(Comparator.comparing(LetterSource::name));
        return new Scan(List.copyOf(files), List.copyOf(skipped));
    }

    private static void walk(Path root, Path dir, boolean recursive, LetterFormats formats,
            List<LetterSource> files, List<String> skipped) throws IOException {
        // each entry's name made once: a sort comparing paths by their names made them again at every comparison
        List<Map.Entry<String, Path>> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(p -> entries.add(Map.entry(p.getFileName().toString(), p)));
        } catch (IOException e) {
            skipped.add(relativeName(root, dir) + ": skipped, an unreadable folder (" + e.getMessage() + ")");
            return;
        }
        entries.sort(Map.Entry.comparingByKey());
        String prefix = root.equals(dir) ? "" : relativeName(root, dir) + "/";
        for (Map.Entry<String, Path> entry : entries) {
            if (entry.getKey().startsWith(".")) {
                continue;
            }
            Path p = entry.getValue();
            String name = prefix + entry.getKey();
            // one lstat for the common case, a plain file: a link is followed only to check where it ends
            java.nio.file.attribute.BasicFileAttributes own;
            try {
                own = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                skipped.add(name + ": skipped, not readable (" + e.getMessage() + ")");
                continue;
            }
            boolean link = own.isSymbolicLink();
            // a link: one stat through it says where it ends; only when that fails is the chain followed step by step
            // to say why (a loop, a broken end)
            java.nio.file.attribute.BasicFileAttributes target = own;
            String problem = null;
            if (link) {
                try {
                    target = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                } catch (IOException e) {
                    problem = linkProblem(p);
                    if (problem == null) {
                        problem = "not readable (" + e.getMessage() + ")";
                    }
                }
            }
            if (problem != null) {
                skipped.add(name + ": skipped, " + problem);
            } else if (target.isRegularFile()) {
                files.add(new LetterSource(p, name, formats.formatOf(name)));
            } else if (target.isDirectory()) {
                if (link) {
                    skipped.add(name + ": skipped, a link to a folder (links to folders are not followed)");
                } else if (recursive) {
                    walk(root, p, true, formats, files, skipped);
                } else {
                    skipped.add(name + ": skipped, a sub-folder (pass --recursive to read sub-folders)");
                }
            } else {
                skipped.add(name + ": skipped, not a regular file");
            }
        }
    }

    /** Follows a chain of links: a loop, a broken end, or null when it ends at something that exists. */
    private static String linkProblem(Path p) {
        Set<Path> seen = new HashSet<>();
        Path cur = p.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(cur)) {
                if (!seen.add(cur) || seen.size() > MAX_LINKS) {
                    return "a symbolic link that loops";
                }
                cur = cur.resolveSibling(Files.readSymbolicLink(cur)).toAbsolutePath().normalize();
            }
        } catch (IOException e) {
            return "an unreadable symbolic link (" + e.getMessage() + ")";
        }
        return Files.exists(cur, LinkOption.NOFOLLOW_LINKS) ? null : "a broken symbolic link";
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
}
