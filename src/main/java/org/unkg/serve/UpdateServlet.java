package org.unkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.store.BuildRunner;
import org.unkg.store.StoreException;
import org.unkg.store.UpdateReport;

/**
 * {@code POST /$/unkg/update}: {@code build --update} on a database this server holds. A TDB2 database belongs to one
 * process, so the update runs here, on the served dataset, in one write transaction: queries running meanwhile read
 * the database as it was, later ones as updated, never a mixture; the text index is updated after the commit.
 *
 * <p>Only the owner of the database may ask: the request must come from a loopback address and carry the token this
 * server wrote, readable by its user only, to {@code DB/unkg-update-token} ({@link #TOKEN_FILE}). Parameters:
 * {@code letters} (an absolute folder path on this machine), {@code recursive} ({@code true}/{@code false}). The
 * answer is {@code text/plain}: the summary line, then one {@code error: ...} line per letter that could not be
 * read. Updates run one at a time.
 */
public final class UpdateServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateServlet.class);
    /** The path of the endpoint. */
    public static final String PATH = "/$/unkg/update";
    /** The request header carrying the token. */
    public static final String TOKEN_HEADER = "X-Unkg-Update-Token";
    /** The file in the database directory holding the token. */
    public static final String TOKEN_FILE = "unkg-update-token";

    private final Path db;
    private final Dataset dataset;
    private final TextIndex index;
    private final String token;
    private volatile Supplier<BuildRunner> runners;
    private BuildRunner runner;

    UpdateServlet(Path db, Dataset dataset, TextIndex index) throws IOException {
        this.db = db;
        this.dataset = dataset;
        this.index = index;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
        Path file = db.resolve(TOKEN_FILE);
        Path tmp = db.resolve(TOKEN_FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, token, StandardCharsets.US_ASCII);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Accepts updates from now on, extracting letters with the runner {@code runners} gives (made at the first update). */
    void accept(Supplier<BuildRunner> supplier) {
        this.runners = supplier;
    }

    /** Removes the token file (the server stops). */
    void close() {
        try {
            Files.deleteIfExists(db.resolve(TOKEN_FILE));
        } catch (IOException e) {
            LOG.debug("could not remove the update token: {}", e.toString());
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain; charset=utf-8");
        if (!InetAddress.getByName(req.getRemoteAddr()).isLoopbackAddress() || !tokenMatches(req.getHeader(TOKEN_HEADER))) {
            fail(resp, HttpServletResponse.SC_FORBIDDEN, "updates are for the database's owner on this machine");
            return;
        }
        Supplier<BuildRunner> supplier = runners;
        if (supplier == null || !(index instanceof TextIndexLucene lucene)) {
            fail(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "this server does not take updates (no text index or no extraction rules)");
            return;
        }
        String letters = req.getParameter("letters");
        if (letters == null || !Path.of(letters).isAbsolute() || !Files.isDirectory(Path.of(letters))) {
            fail(resp, HttpServletResponse.SC_BAD_REQUEST, "letters must be an absolute path to a folder: " + letters);
            return;
        }
        boolean recursive = "true".equals(req.getParameter("recursive"));
        synchronized (this) {
            try {
                if (runner == null) {
                    runner = supplier.get();
                }
                UpdateReport report = runner.update(Path.of(letters), recursive, dataset, lucene);
                runner.recordUpdate(db, report);
                LOG.info("updated from {}: {}", letters, report.summary());
                StringBuilder out = new StringBuilder(report.summary()).append('\n');
                report.errors().forEach(e -> out.append("error: ").append(e.replace('\n', ' ')).append('\n'));
                resp.getWriter().write(out.toString());
            } catch (StoreException | IllegalArgumentException e) {
                fail(resp, HttpServletResponse.SC_CONFLICT, e.getMessage());
            }
        }
    }

    private static void fail(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.getWriter().write(message + "\n");
    }

    private boolean tokenMatches(String given) {
        return given != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
