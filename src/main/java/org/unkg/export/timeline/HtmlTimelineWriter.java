package org.unkg.export.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One self-contained HTML page (inline CSS, JavaScript and data; no network at all): a zoomable SVG
 * timeline with one lane per body, filters by body and type, Arabic/English labels and the evidence of
 * each event on click. Served over HTTP, each source links to the server's {@code /page/letter/{stem}}.
 * The page is assembled from {@code timeline.html}, {@code timeline.css} and {@code timeline.js} beside
 * this class.
 */
final class HtmlTimelineWriter implements TimelineWriter {
    /** Links back to the rest of the site, only on the page the server sends (the exported file stands alone). */
    private static final String SERVED_NAV = "<nav class=\"site\"><a href=\"/home\">unkg</a> <a href=\"/\">SPARQL (Fuseki UI)</a>"
            + " <a href=\"/queries\">Queries</a> <a href=\"/timeline.csv\">CSV</a> <a href=\"/timeline.json\">JSON</a>"
            + " <a href=\"/timeline.timelinejs.json\">TimelineJS</a></nav>";
    private final String nonce;

    HtmlTimelineWriter() {
        this(null);
    }

    /** A writer whose inline style and script carry {@code nonce} for a Content-Security-Policy. */
    HtmlTimelineWriter(String nonce) {
        if (nonce != null && !nonce.matches("[A-Za-z0-9+/=_-]+")) {
            throw new IllegalArgumentException("not a CSP nonce: " + nonce);
        }
        this.nonce = nonce;
    }

    @Override
    public void write(List<TimelineRow> rows, TimelineQuery query, OutputStream out) throws IOException {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("format", "unkg-timeline/1");
        data.set("query", RowJson.query(query));
        data.set("rows", RowJson.rows(rows));
        data.set("labels", Labels.all());
        String json = new ObjectMapper().writeValueAsString(data);
        // inside <script>: no "</script>", no "<!--"; '<' only occurs inside JSON strings, where \u003c is the same
        json = json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        String template = resource("timeline.html");
        if (nonce != null) {
            template = template.replace("<style>", "<style nonce=\"" + nonce + "\">")
                    .replace("<script>", "<script nonce=\"" + nonce + "\">");
        }
        String page = template
                .replace("/*@CSS@*/", resource("timeline.css"))
                .replace("/*@JS@*/", resource("timeline.js").replace("</", "<\\/"))
                .replace("/*@DATA@*/", json)
                .replace("<!--@NAV@-->", nonce != null ? SERVED_NAV : "");
        out.write(page.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlTimelineWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
