package org.unkg.export.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

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
    public void write(Iterable<TimelineRow> rows, TimelineQuery query, OutputStream out) throws IOException {
        String template = resource("timeline.html");
        if (nonce != null) {
            template = template.replace("<style>", "<style nonce=\"" + nonce + "\">")
                    .replace("<script>", "<script nonce=\"" + nonce + "\">");
        }
        String page = template
                .replace("/*@CSS@*/", resource("timeline.css"))
                .replace("/*@JS@*/", resource("timeline.js").replace("</", "<\\/"))
                .replace("<!--@NAV@-->", nonce != null ? SERVED_NAV : "");
        int at = page.indexOf(DATA);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(page, 0, at);
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator gen = mapper.getFactory().createGenerator(new ScriptSafe(w))) {
            RowJson.document(gen, query, rows, Labels.all());
        }
        w.write(page, at + DATA.length(), page.length() - at - DATA.length());
        w.flush();
    }

    private static final String DATA = "/*@DATA@*/";

    /**
     * Writes JSON inside {@code <script>}: no {@code "</script>"}, no {@code "<!--"}; {@code '<'} only occurs inside
     * JSON strings, where {@code \u003c} is the same, and so do the line separators JavaScript would end a line at.
     */
    private static final class ScriptSafe extends FilterWriter {
        ScriptSafe(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            switch (c) {
                case '<' -> out.write("\\u003c");
                case '\u2028' -> out.write("\\u2028");
                case '\u2029' -> out.write("\\u2029");
                default -> out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int from = off;
            for (int i = off; i < off + len; i++) {
                char c = buf[i];
                if (c == '<' || c == '\u2028' || c == '\u2029') {
                    out.write(buf, from, i - from);
                    write(c);
                    from = i + 1;
                }
            }
            out.write(buf, from, off + len - from);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            write(s.toCharArray(), off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
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
