package org.unkg.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * The letter files of a directory: regular, non-hidden files (a symbolic link to one counts), sorted by
 * name. Every other entry is reported, not silently passed over: a subdirectory, a broken link, a link
 * that loops, a device or pipe. Hidden files ({@code .DS_Store}, editor swap files) are left out quietly.
 */
public final class LetterFiles {
    /** The files to read and the entries passed over, each with its name and why. */
    public record Scan(List<Path> files, List<String> skipped) {}

    private static final int MAX_LINKS = 40;

    private LetterFiles() {}

    /** Scans {@code dir} (not its subdirectories). */
    public static Scan scan(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("letters directory not found: " + dir);
        }
        List<Path> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            String why = whyNot(p);
            if (why == null) {
                files.add(p);
            } else {
                skipped.add(name + ": skipped, " + why);
            }
        }
        return new Scan(List.copyOf(files), List.copyOf(skipped));
    }

    /** Why an entry is not a letter file, or null when it is one. */
    private static String whyNot(Path p) {
        boolean link = Files.isSymbolicLink(p);
        if (link) {
            String problem = linkProblem(p);
            if (problem != null) {
                return problem;
            }
        }
        if (Files.isRegularFile(p)) {
            return null;
        }
        if (Files.isDirectory(p)) {
            return link ? "a link to a directory (subdirectories are not read)" : "a directory (subdirectories are not read)";
        }
        return "not a regular file";
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
}
