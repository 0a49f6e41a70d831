package org.unkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.ingest.LetterIngest;

/**
 * Serves a letter's original file (PDF, Word, text) at {@code /original/{sourceFile}}, read-only, from
 * the letters folder only. A file is served when all hold: the name is the {@code unkg:sourceFile} of a
 * letter in the graph (so nothing else of the folder is reachable), it resolves inside the letters folder
 * also after symbolic links are followed (no {@code ..}, absolute or linked way out), and its bytes still
 * have the letter's {@code unkg:sha256} (the facts and evidence offsets are those of this version).
 * The media type is the letter's and may not be sniffed ({@code nosniff}); text and Word files also come
 * with a sandboxing content security policy (a PDF does not: browsers' PDF viewers refuse to run
 * sandboxed); Word files are offered as downloads.
 */
final class OriginalFileServlet extends HttpServlet {
    /** The path the originals are served under. */
    static final String PATH = "/original";
    private static final Logger LOG = LoggerFactory.getLogger(OriginalFileServlet.class);

    private final ServeContext ctx;
    private final Path root;

    /** @param lettersFolder the letters folder, or null when unknown (every request then answers 404 saying so) */
    OriginalFileServlet(ServeContext ctx, Path lettersFolder) {
        this.ctx = ctx;
        this.root = realFolder(lettersFolder);
    }

    private static Path realFolder(Path dir) {
        if (dir == null) {
            return null;
        }
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            LOG.warn("original letter files not served: letters folder {} not found", dir);
            return null;
        }
    }

    /** The href of a letter's original file, each path segment percent-encoded. */
    static String href(String sourceFile) {
        StringBuilder b = new StringBuilder(PATH);
        for (String segment : sourceFile.split("/", -1)) {
            b.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (root == null) {
            Html.error(ctx.templates(), resp, 404, "Not found",
                    "The letters folder of this database is not known here: start the server with --letters DIR.");
            return;
        }
        if (!wellFormed(name)) {
            notFound(resp, name);
            return;
        }
        List<QuerySolution> rows = Txn.calculateRead(ctx.dataset(), () -> ctx.reader().select(
                "SELECT ?type ?sha WHERE { ?letter unkg:sourceFile ?name ; unkg:sha256 ?sha OPTIONAL { ?letter unkg:mediaType ?type } } LIMIT 1",
                Map.of("name", ResourceFactory.createPlainLiteral(name))));
        if (rows.isEmpty()) {
            notFound(resp, name);
            return;
        }
        Path file = root.resolve(name).normalize();
        Path real;
        try {
            real = file.startsWith(root) ? file.toRealPath() : null;
        } catch (IOException e) {
            real = null;
        }
        if (real == null || !real.startsWith(root) || !Files.isRegularFile(real)) {
            LOG.debug("original {} refused: resolves to {}", name, real);
            notFound(resp, name);
            return;
        }
        String sha = rows.get(0).getLiteral("sha").getString();
        if (!LetterIngest.sha256(real).equals(sha)) {
            Html.error(ctx.templates(), resp, 409, "Changed since the build",
                    "The file " + name + " in the letters folder is not the one the graph was built from (its checksum differs): rebuild to serve it.");
            return;
        }
        // stored only when the file's name does not give it (StoredTriples)
        String type = rows.get(0).contains("type") ? rows.get(0).getLiteral("type").getString()
                : org.unkg.graph.StoredTriples.mediaTypeOf(name);
        boolean inline = type.equals("application/pdf") || type.equals("text/plain");
        resp.setStatus(200);
        resp.setContentType(type.equals("text/plain") ? "text/plain; charset=utf-8" : type);
        resp.setContentLengthLong(Files.size(real));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (!type.equals("application/pdf")) {
            // a PDF is shown by the browser's viewer, which a sandboxing policy would block
            resp.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        }
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("ETag", "\"" + sha + "\"");
        String fileName = real.getFileName().toString();
        resp.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        Files.copy(real, resp.getOutputStream());
    }

    /** A relative path of plain segments: no empty, {@code .} or {@code ..} segment, no backslash or NUL. */
    static boolean wellFormed(String name) {
        if (name.isEmpty() || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0 || name.startsWith("/")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private void notFound(HttpServletResponse resp, String name) throws IOException {
        Html.error(ctx.templates(), resp, 404, "Not found", "No letter of this graph was read from a file called " + name + ".");
    }
}
