package org.unkg.serve;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.ctl.ActionStats;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;

/**
 * The read-only answers the Fuseki UI needs when the admin module is off: {@code GET /$/server} (server
 * and dataset descriptions), {@code GET /$/datasets[/name]} and {@code GET /$/stats[/name]}, in the JSON
 * the real admin endpoints write. Every other method, and the state-changing admin paths
 * ({@code /$/backup}, {@code /$/compact}, {@code /$/tasks}), are refused with 403.
 */
final class ReadOnlyFusekiAdmin extends HttpServlet {
    /** The paths this servlet is mounted at when there is no admin password file. */
    static final List<String> PATHS = List.of("/$/server", "/$/datasets/*", "/$/stats/*",
            "/$/backup/*", "/$/compact/*", "/$/tasks/*");
    private static final List<String> READABLE = List.of("/$/server", "/$/datasets", "/$/stats");

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) {
            super.service(req, resp);
        } else {
            refuse(resp);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!READABLE.contains(req.getServletPath())) {
            refuse(resp);
            return;
        }
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(getServletContext());
        String item = req.getPathInfo() == null || "/".equals(req.getPathInfo()) ? null : req.getPathInfo();
        JsonValue json = switch (req.getServletPath()) {
            case "/$/server" -> server(registry);
            case "/$/datasets" -> item == null ? datasets(registry) : dataset(registry, item);
            case "/$/stats" -> item == null ? ActionStats.generateStats(registry) : stats(registry, item);
            default -> null;
        };
        if (json == null) {
            Html.plain(resp, 404, "No such dataset on this server.\n");
            return;
        }
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, json);
        }
    }

    private static void refuse(HttpServletResponse resp) throws IOException {
        Html.plain(resp, 403, "This server is read-only: administration needs serve --admin-password-file.\n");
    }

    private static JsonValue server(DataAccessPointRegistry registry) {
        JsonBuilder b = new JsonBuilder().startObject()
                .pair("version", Fuseki.VERSION)
                .pair("startDateTime", Fuseki.serverStartedAt())
                .pair("uptime", Fuseki.serverUptimeSeconds())
                .key("datasets");
        JsonDescription.arrayDatasets(b, registry);
        return b.finishObject().build();
    }

    private static JsonValue datasets(DataAccessPointRegistry registry) {
        JsonBuilder b = new JsonBuilder().startObject().key("datasets");
        JsonDescription.arrayDatasets(b, registry);
        return b.finishObject().build();
    }

    private static JsonValue dataset(DataAccessPointRegistry registry, String name) {
        DataAccessPoint dap = registry.get(name);
        if (dap == null) {
            return null;
        }
        JsonBuilder b = new JsonBuilder();
        JsonDescription.describe(b, dap);
        return b.build();
    }

    private static JsonValue stats(DataAccessPointRegistry registry, String name) {
        DataAccessPoint dap = registry.get(name);
        if (dap == null) {
            return null;
        }
        // ActionStats.generateStats(DataAccessPoint) fails outside its own builder (Jena 5.6.0): take the
        // registry's statistics and keep the one dataset
        JsonObject all = ActionStats.generateStats(registry).get("datasets").getAsObject();
        JsonObject datasets = new JsonObject();
        datasets.put(dap.getName(), all.get(dap.getName()));
        JsonObject top = new JsonObject();
        top.put("datasets", datasets);
        return top;
    }
}
