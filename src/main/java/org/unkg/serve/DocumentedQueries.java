package org.unkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.unkg.catalog.BundledData;

/**
 * The documented SPARQL queries: the {@code .rq} files at the top of {@code queries/} (not the facts
 * export queries in {@code queries/facts/}), each with the question it answers taken from its leading
 * {@code #} comment. Read from a directory when given, else from the {@code queries/} folder in the jar.
 */
public final class DocumentedQueries {
    /** One query file: its name, the question it answers, its text. */
    public record NamedQuery(String name, String description, String text) {}

    private final List<NamedQuery> queries;

    private DocumentedQueries(List<NamedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The queries of {@code dir}, or of the repository's {@code queries/}, else the jar's, when {@code dir} is null. */
    public static DocumentedQueries load(Path dir) {
        Path source = dir != null && Files.isDirectory(dir) ? dir : BundledData.dir(Path.of("queries"), "queries");
        if (!Files.isDirectory(source)) {
            return new DocumentedQueries(List.of());
        }
        try {
            return new DocumentedQueries(read(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
