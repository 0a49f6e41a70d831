package org.unkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The SPARQL queries of {@code queries/}, read from the classpath (the build copies {@code queries/} into
 * the jar), so exports run the same queries a user finds in the repository.
 */
public final class QueryLibrary {
    private QueryLibrary() {}

    /** Parses {@code queries/NAME} (e.g. {@code facts/letters.rq}). */
    public static Query load(String name) {
        return QueryFactory.create(text(name));
    }

    /** The text of {@code queries/NAME}. */
    public static String text(String name) {
        String path = "/queries/" + name;
        try (InputStream in = QueryLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("query not found on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
