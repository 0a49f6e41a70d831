package org.unkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes rendered pages and error pages. */
final class Html {
    private Html() {}

    static void send(HttpServletResponse resp, int status, String html) throws IOException {
        send(resp, status, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends an HTML page already encoded in UTF-8. */
    static void send(HttpServletResponse resp, int status, byte[] bytes) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", SecurityHeaders.PAGE_POLICY);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    static void error(Templates templates, HttpServletResponse resp, int status, String title, String message) throws IOException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("message", message);
        s.put("status", status);
        send(resp, status, templates.render("error", s));
    }

    static void plain(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        try (Writer w = resp.getWriter()) {
            w.write(text);
        }
    }
}
