package org.unkg.serve;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
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
        JsonObject server = new JsonObject();
        server.put("version", Fuseki.VERSION);
        server.put("startDateTime", Fuseki.serverStartedAt());
        server.put("uptime", Fuseki.serverUptimeSeconds());
        server.put("datasets", datasetArray(registry));
        return server;
    }

    private static JsonValue datasets(DataAccessPointRegistry registry) {
        JsonObject out = new JsonObject();
        out.put("datasets", datasetArray(registry));
        return out;
    }

    private static JsonValue dataset(DataAccessPointRegistry registry, String name) {
        DataAccessPoint dap = registry.get(name);
        if (dap == null) {
            return null;
        }
        JsonBuilder b = new JsonBuilder();
        JsonDescription.describe(b, dap);
        return namedEndpointsFirst(b.build().getAsObject());
    }

    private static JsonArray datasetArray(DataAccessPointRegistry registry) {
        JsonBuilder b = new JsonBuilder();
        JsonDescription.arrayDatasets(b, registry);
        JsonArray out = new JsonArray();
        b.build().getAsArray().forEach(ds -> out.add(namedEndpointsFirst(ds.getAsObject())));
        return out;
    }

    /**
     * The dataset description with each service's named endpoints before the dataset's own URL ({@code ""}):
     * the UI sends its queries to the first one, and {@code /unkg/sparql} reads better than {@code /unkg/}.
     */
    private static JsonObject namedEndpointsFirst(JsonObject dataset) {
        JsonValue services = dataset.get("ds.services");
        if (services != null && services.isArray()) {
            for (JsonValue service : services.getAsArray()) {
                JsonValue endpoints = service.getAsObject().get("srv.endpoints");
                if (endpoints != null && endpoints.isArray()) {
                    List<JsonValue> sorted = new java.util.ArrayList<>(endpoints.getAsArray());
                    sorted.sort(java.util.Comparator.comparing(e -> e.isString() && e.getAsString().value().isEmpty()));
                    JsonArray reordered = new JsonArray();
                    sorted.forEach(reordered::add);
                    service.getAsObject().put("srv.endpoints", reordered);
                }
            }
        }
        return dataset;
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
