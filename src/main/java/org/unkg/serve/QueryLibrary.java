package org.unkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documented SPARQL queries: the {@code .rq} files at the top of {@code queries/} (not the facts
 * export queries in {@code queries/facts/}), each with the question it answers taken from its leading
 * {@code #} comment. Read from a directory when given, else from the {@code queries/} folder in the jar.
 */
public final class QueryLibrary {
    /** One query file: its name, the question it answers, its text. */
    public record NamedQuery(String name, String description, String text) {}

    private final List<NamedQuery> queries;

    private QueryLibrary(List<NamedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The queries of {@code dir}, or of the jar's {@code queries/} when {@code dir} is null or absent. */
    public static QueryLibrary load(Path dir) {
        try {
            if (dir != null && Files.isDirectory(dir)) {
                return new QueryLibrary(read(dir));
            }
            URL url = QueryLibrary.class.getResource("/queries");
            if (url == null) {
                return new QueryLibrary(List.of());
            }
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new QueryLibrary(read(fs.getPath("/queries")));
            }
            return new QueryLibrary(read(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<NamedQuery> read(Path dir) throws IOException {
        List<NamedQuery> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".rq") && Files.isRegularFile(f)).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                out.add(new NamedQuery(p.getFileName().toString(), description(text), text));
            }
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    /** The leading comment of a query, without the {@code #} marks. */
    static String description(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.replaceFirst("^#+\\s*", ""));
        }
        return sb.toString().strip();
    }

    /** All queries, by name. */
    public List<NamedQuery> all() {
        return Collections.unmodifiableList(queries);
    }

    /** The query file called {@code name}. */
    public Optional<NamedQuery> get(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
