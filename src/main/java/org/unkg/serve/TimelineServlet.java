package org.unkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.export.timeline.TimelineExporter;
import org.unkg.export.timeline.TimelineFormat;
import org.unkg.export.timeline.TimelineHttp;
import org.unkg.export.timeline.TimelineQuery;
import org.unkg.export.timeline.TimelineWriter;

/**
 * The timeline routes: {@code /timeline} (the interactive page), {@code /timeline.csv},
 * {@code /timeline.json} and {@code /timeline.timelinejs.json}, with the filters of
 * {@code unkg export timeline} as query parameters ({@code entity}, {@code type}, {@code from}, {@code to},
 * {@code lang}). A bad filter (unknown key, malformed date) is a 400 whose text is the message, with close
 * matches for an unknown key. The page runs under a Content-Security-Policy that allows only its own
 * inline style and script (by nonce) and no network.
 */
final class TimelineServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(TimelineServlet.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient ServeContext ctx;
    private final transient TimelineExporter exporter = new TimelineExporter();

    TimelineServlet(ServeContext ctx) {
        this.ctx = ctx;
    }

    /** The paths to map this servlet to. */
    static List<String> paths() {
        return TimelineHttp.PATHS;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Optional<TimelineFormat> format = TimelineHttp.formatOf(path);
        if (format.isEmpty()) {
            Html.plain(resp, 404, "not found: " + path);
            return;
        }
        TimelineQuery query;
        TimelineExporter.Selection rows;
        try {
            query = TimelineHttp.query(req.getParameterMap());
            rows = exporter.select(ctx.dataset(), query);
        } catch (IllegalArgumentException e) {
            Html.plain(resp, 400, e.getMessage());
            return;
        }
        try (rows) {
            write(format.get(), query, rows, resp);
        }
        LOG.debug("{} {}: written", path, req.getQueryString());
    }

    /**
     * Streams the selected rows to the response: a bad filter has failed in {@link TimelineExporter#select} before
     * anything is written, and the rows are read back from the selection's sorted runs one at a time, so a large
     * timeline never sits in memory whole (the body goes out chunked).
     */
    private static void write(TimelineFormat f, TimelineQuery query, TimelineExporter.Selection rows, HttpServletResponse resp)
            throws IOException {
        TimelineWriter writer = f.writer();
        if (f == TimelineFormat.HTML) {
            byte[] n = new byte[16];
            RANDOM.nextBytes(n);
            String nonce = Base64.getEncoder().encodeToString(n);
            writer = TimelineFormat.htmlWithNonce(nonce);
            resp.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-"
                    + nonce + "'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        } else if (f == TimelineFormat.CSV) {
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + TimelineHttp.fileName(f) + "\"");
        }
        resp.setStatus(200);
        resp.setContentType(f.mediaType());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Unkg-Undated-Left-Out", Long.toString(rows.undatedLeftOut()));
        OutputStream body = new BufferedOutputStream(resp.getOutputStream(), 1 << 16);
        writer.write(rows, query, body);
        body.flush();
    }
}
