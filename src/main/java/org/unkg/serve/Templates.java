package org.unkg.serve;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML templates ({@code org/unkg/serve/templates/*.mustache} on the classpath), rendered with
 * Mustache: {@code {{value}}} is HTML-escaped by the engine, and the templates use no unescaped
 * {@code {{{...}}}} for anything read from the graph.
 */
final class Templates {
    private final MustacheFactory factory = new DefaultMustacheFactory("org/unkg/serve/templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** Renders template {@code name} (without extension) with {@code scope}. */
    String render(String name, Map<String, Object> scope) {
        StringWriter out = new StringWriter();
        render(name, scope, out);
        return out.toString();
    }

    /** Renders template {@code name} to {@code out}. */
    void render(String name, Map<String, Object> scope, Writer out) {
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        m.execute(out, scope);
        try {
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
