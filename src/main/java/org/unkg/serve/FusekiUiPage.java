package org.unkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Apache Jena Fuseki UI (the {@code webapp/} of the {@code jena-fuseki-ui} jar) at {@code /}. The UI
 * builds every call from the page's path ({@code /$/server}, {@code /$/ping}, {@code /unkg/sparql}), so it
 * lives at the server root; its {@code index.html} is served with a bar of links to unkg's own pages
 * above the application. {@code /index.html} redirects to {@code /}, and {@code /sparql-editor} opens the
 * UI's query page for {@code /unkg} with the ontology's prefixes and an example query filled in (the UI
 * reads a {@code query} parameter of its route). {@link FusekiUiFiles#PREFIXES_PATH} is the prefix list of
 * the UI's editor.
 */
final class FusekiUiPage extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(FusekiUiPage.class);
    /** The classpath folder of the UI's files in the jena-fuseki-ui jar. */
    static final String WEBAPP = "webapp/";
    /** Where unkg's link bar goes in the UI's index.html. */
    private static final String APP_DIV = "<div id=\"app\"></div>";

    private final byte[] index;
    private final String editorLocation;

    FusekiUiPage(ServeContext ctx) {
        String html = resource(WEBAPP + "index.html");
        String bar = resource("org/unkg/serve/fuseki-ui-bar.html");
        if (html == null) {
            LOG.warn("jena-fuseki-ui is not on the classpath: / shows unkg's links only");
            html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>unkg</title></head><body>"
                    + APP_DIV + "</body></html>";
        }
        if (!html.contains(APP_DIV)) {
            LOG.warn("the Fuseki UI's index.html has no {}: served without unkg's link bar", APP_DIV);
        }
        this.index = html.replace(APP_DIV, bar + APP_DIV).getBytes(StandardCharsets.UTF_8);
        this.editorLocation = queryPageHref(UnkgServer.DATASET, SparqlForm.defaultQuery(ctx.queries()));
    }

    /** The UI's query page for {@code dataset} with {@code query} in its editor. */
    static String queryPageHref(String dataset, String query) {
        return "/#/dataset" + dataset + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if ("/index.html".equals(path)) {
            resp.setStatus(301);
            resp.setHeader("Location", "/");
            return;
        }
        if (FusekiUiFiles.PREFIXES_PATH.equals(path)) {
            resp.setStatus(200);
            resp.setContentType("application/json; charset=utf-8");
            resp.getOutputStream().write(FusekiUiFiles.prefixes().toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if ("/sparql-editor".equals(path)) {
            resp.setStatus(303);
            resp.setHeader("Location", editorLocation);
            return;
        }
        resp.setStatus(200);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", SecurityHeaders.FUSEKI_UI_POLICY);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(index.length);
        resp.getOutputStream().write(index);
    }

    private static String resource(String name) {
        try (InputStream in = FusekiUiPage.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
