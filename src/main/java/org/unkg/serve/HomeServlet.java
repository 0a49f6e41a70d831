package org.unkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.unkg.graph.DatabaseVersion;

/**
 * The home page ({@code /home}; {@code /} is the Fuseki UI): the search box, a SPARQL form with the ontology's prefixes, and the bodies, missions,
 * organizations, states and letters of the graph (sections defined in {@code home-sections.properties}).
 */
final class HomeServlet extends HttpServlet {
    /** A section with more entries than this lists only its {@link #LATEST_ITEMS} latest (by date). */
    static final int MAX_ITEMS = 1000;
    static final int LATEST_ITEMS = 200;

    private final ServeContext ctx;
    private final List<String[]> sections = new ArrayList<>();

    HomeServlet(ServeContext ctx) {
        this.ctx = ctx;
        Properties p = new Properties();
        try (InputStream in = HomeServlet.class.getResourceAsStream("home-sections.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String id : p.getProperty("sections").trim().split("\\s+")) {
            String[] def = p.getProperty(id).split("\\|");
            sections.add(new String[] {id, def[0].trim(), def[1].trim()});
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!path.equals("/home")) {
            Html.error(ctx.templates(), resp, 404, "Not found", "Nothing at " + path);
            return;
        }
        // kept per database version like the resource pages (rendered once however many ask at the same time)
        String version = Txn.calculateRead(ctx.dataset(), () -> DatabaseVersion.current(ctx.dataset()));
        byte[] html = ctx.pages().getOrRender(version, path, () -> {
            Map<String, Object> scope = Txn.calculateRead(ctx.dataset(), () -> {
                Map<String, Object> sc = scope();
                sc.put("version", DatabaseVersion.current(ctx.dataset()));
                return sc;
            });
            return new PageCache.Render(ctx.templates().render("home", scope).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.util.Objects.equals(scope.get("version"), version));
        });
        Html.send(resp, 200, html);
    }

    private Map<String, Object> scope() {
        GraphReader reader = ctx.reader();
        ResourcePage values = new ResourcePage(reader);
        Labels labels = new Labels(reader.union());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String[] sec : sections) {
            StringBuilder vals = new StringBuilder();
            for (String c : sec[2].split("\\s+")) {
                vals.append(" unkg:").append(c);
            }
            List<Map<String, Object>> items = new ArrayList<>();
            long count = reader.select("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { VALUES ?c {" + vals + " } ?x a ?c }", Map.of())
                    .get(0).getLiteral("n").getLong();
            // a section of thousands (the letters of a large corpus) lists its latest entries, not megabytes of links
            boolean capped = count > MAX_ITEMS;
            // the latest letters are found in the months of the summary graph holding them, without sorting every letter
            String which = capped && sec[2].trim().equals("Letter") && !reader.select("SELECT ?m WHERE { ?m unkg:lettersAfter ?a } LIMIT 1", Map.of()).isEmpty()
                    ? "?m unkg:lettersAfter ?after FILTER(?after < " + LATEST_ITEMS + ") ?m unkg:monthLetter ?x ."
                    : "VALUES ?c {" + vals + " } ?x a ?c .";
            for (QuerySolution row : reader.select("SELECT DISTINCT ?x (SAMPLE(?d) AS ?date) WHERE { " + which
                    + " OPTIONAL { ?x dcterms:date ?d } } GROUP BY ?x"
                    + (capped ? " ORDER BY DESC(?date) ?x LIMIT " + LATEST_ITEMS : ""), Map.of())) {
                Resource x = row.getResource("x");
                Map<String, Object> item = new LinkedHashMap<>(values.value(x));
                item.put("ar", java.util.Objects.requireNonNullElse(labels.inLanguage(x, "ar"), ""));
                item.put("date", row.contains("date") ? row.getLiteral("date").getLexicalForm() : "");
                item.put("sort", String.valueOf(item.get("text")));
                items.add(item);
            }
            Map<String, Object> s = new LinkedHashMap<>();
            if (capped) {
                s.put("note", "The " + items.size() + " latest of " + count + "; all of them:");
                s.put("moreHref", "/queries/run?name=letters.rq");
                s.put("moreText", "letters.rq (100 at a time)");
            } else {
                items.sort(Comparator.comparing(m -> String.valueOf(m.get("sort"))));
            }
            s.put("id", sec[0]);
            s.put("title", sec[1]);
            s.put("count", count);
            s.put("items", items);
            s.put("empty", items.isEmpty());
            out.add(s);
        }
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", "UN bodies, missions and mandates");
        scope.put("sections", out);
        scope.put("queryText", SparqlForm.defaultQuery(ctx.queries()));
        scope.put("queries", QueriesServlet.list(ctx.queries()));
        return scope;
    }
}
