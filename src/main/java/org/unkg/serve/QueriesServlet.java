package org.unkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.unkg.serve.guard.ServicePolicy;

/**
 * The documented queries ({@code /queries}: each file with the question it answers and a run link), the
 * SPARQL form ({@code /sparql}) and the runner ({@code /queries/run?name=} or {@code ?query=}) that
 * shows results as an HTML table, capped at the configured number of rows, under the query timeout.
 */
final class QueriesServlet extends HttpServlet {
    private final ServeContext ctx;

    QueriesServlet(ServeContext ctx) {
        this.ctx = ctx;
    }

    /** The query list for templates. */
    static List<Map<String, Object>> list(DocumentedQueries library) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DocumentedQueries.NamedQuery q : library.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", q.name());
            m.put("description", q.description());
            m.put("text", q.text());
            m.put("runHref", "/queries/run?name=" + URLEncoder.encode(q.name(), StandardCharsets.UTF_8));
            m.put("sparqlHref", "/unkg/sparql?query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
            out.add(m);
        }
        return out;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        switch (path) {
            case "/queries", "/queries/" -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("title", "Queries");
                s.put("queries", list(ctx.queries()));
                Html.send(resp, 200, ctx.templates().render("queries", s));
            }
            case "/sparql" -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("title", "SPARQL");
                String q = req.getParameter("query");
                s.put("queryText", q == null ? SparqlForm.defaultQuery(ctx.queries()) : q);
                Html.send(resp, 200, ctx.templates().render("sparql", s));
            }
            case "/queries/run" -> run(req, resp);
            default -> Html.error(ctx.templates(), resp, 404, "Not found", "Nothing at " + path);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ("/queries/run".equals(req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo()))) {
            run(req, resp);
        } else {
            resp.sendError(405);
        }
    }

    private void run(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        String text = req.getParameter("query");
        String title;
        String description = "";
        if (name != null) {
            Optional<DocumentedQueries.NamedQuery> q = ctx.queries().get(name);
            if (q.isEmpty()) {
                Html.error(ctx.templates(), resp, 404, "No such query", "There is no query called " + name);
                return;
            }
            text = q.get().text();
            title = name;
            description = q.get().description();
        } else if (text != null && !text.isBlank()) {
            title = "Query";
        } else {
            Html.error(ctx.templates(), resp, 400, "No query", "Pass ?name=FILE.rq or ?query=SPARQL");
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
            ctx.services().check(query);
        } catch (QueryParseException e) {
            Html.error(ctx.templates(), resp, 400, "Query does not parse", e.getMessage());
            return;
        } catch (ServicePolicy.RefusedQueryException e) {
            Html.error(ctx.templates(), resp, 400, "Query refused", e.getMessage());
            return;
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("description", description);
        s.put("queryText", text);
        long t0 = System.nanoTime();
        try {
            Txn.executeRead(ctx.dataset(), () -> execute(query, s));
        } catch (QueryCancelledException e) {
            Html.error(ctx.templates(), resp, 503, "Query timed out",
                    "The query ran longer than " + ctx.timeoutMillis() / 1000 + " s and was stopped.");
            return;
        }
        s.put("millis", (System.nanoTime() - t0) / 1_000_000);
        Html.send(resp, 200, ctx.templates().render("results", s));
    }

    private void execute(Query query, Map<String, Object> s) {
        ResourcePage values = new ResourcePage(ctx.reader());
        int cap = ctx.resultCap();
        try (QueryExecution qe = QueryExecution.dataset(ctx.dataset()).query(query)
                .timeout(ctx.timeoutMillis(), TimeUnit.MILLISECONDS).build()) {
            List<String> vars;
            List<Map<String, Object>> rows = new ArrayList<>();
            boolean truncated = false;
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                vars = rs.getResultVars();
                while (rs.hasNext()) {
                    if (rows.size() >= cap) {
                        truncated = true;
                        break;
                    }
                    QuerySolution row = rs.next();
                    List<Map<String, Object>> cells = new ArrayList<>();
                    for (String v : vars) {
                        RDFNode n = row.get(v);
                        cells.add(n == null ? Map.of("text", "", "href", "", "lang", "", "dir", "auto", "datatype", "", "iri", "") : values.value(n));
                    }
                    rows.add(Map.of("cells", cells));
                }
            } else if (query.isAskType()) {
                vars = List.of("ask");
                rows.add(Map.of("cells", List.of(Map.of("text", String.valueOf(qe.execAsk()), "href", "", "lang", "", "dir", "auto", "datatype", "", "iri", ""))));
            } else {
                vars = List.of("subject", "predicate", "object");
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                for (Statement st : m.listStatements().toList()) {
                    if (rows.size() >= cap) {
                        truncated = true;
                        break;
                    }
                    rows.add(Map.of("cells", List.of(values.value(st.getSubject()), values.value(st.getPredicate()), values.value(st.getObject()))));
                }
            }
            s.put("vars", vars);
            s.put("rows", rows);
            s.put("count", rows.size());
            s.put("truncated", truncated);
            s.put("cap", cap);
            s.put("sparqlHref", "/unkg/sparql?query=" + URLEncoder.encode(query.serialize(), StandardCharsets.UTF_8));
        }
    }
}
