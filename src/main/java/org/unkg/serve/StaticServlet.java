package org.unkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the style sheet and other files of {@code org/unkg/serve/static/} under {@code /static/}, and
 * after them the Fuseki UI's scripts and styles ({@code webapp/static/} of the jena-fuseki-ui jar, which
 * its index.html loads from {@code ./static/}).
 */
final class StaticServlet extends HttpServlet {
    private final FusekiUiFiles uiFiles;
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    StaticServlet(FusekiUiFiles uiFiles) {
        this.uiFiles = uiFiles;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = "/favicon.ico".equals(req.getServletPath()) ? "favicon.svg"
                : req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (!name.matches("[A-Za-z0-9_-]+\\.[a-z]+")) {
            resp.sendError(404);
            return;
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        InputStream own = StaticServlet.class.getResourceAsStream("static/" + name);
        byte[] ui = own == null ? uiFiles.file(name) : null;
        try (InputStream in = own != null ? own : ui != null ? new ByteArrayInputStream(ui) : null) {
            if (in == null || !TYPES.containsKey(ext)) {
                resp.sendError(404);
                return;
            }
            resp.setContentType(TYPES.get(ext));
            // the UI's file names carry a content hash; unkg's own files may change with a release
            resp.setHeader("Cache-Control", own == null ? "max-age=31536000, immutable" : "max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }
}
