package org.unkg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.unkg.serve.UpdateServlet;
import org.unkg.store.DatabaseHolder;
import org.unkg.store.StoreException;

/**
 * {@code build --update} on a database a running {@code serve} holds: TDB2 lets one process open a database, so the
 * update is asked of the server ({@link UpdateServlet}), with the token it left in the database directory for its
 * owner, and runs there in one transaction while the server goes on answering.
 */
final class ServedUpdate {
    private ServedUpdate() {}

    /** Asks the server holding {@code db} to update it from {@code letters}; prints its answer; the exit status. */
    static int request(Path db, Path letters, boolean recursive) throws IOException, InterruptedException {
        DatabaseHolder.Holder holder = DatabaseHolder.of(db).orElseThrow();
        if (holder.url() == null) {
            throw new StoreException(holder.describe(db));
        }
        String token;
        try {
            token = Files.readString(db.resolve(UpdateServlet.TOKEN_FILE), StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            throw new StoreException("database " + db + " is served by pid " + holder.pid() + ", which takes no updates:"
                    + " stop it and run build --update, or restart it with this version");
        }
        String form = "letters=" + URLEncoder.encode(letters.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8)
                + "&recursive=" + recursive;
        HttpRequest req = HttpRequest.newBuilder(URI.create(holder.url() + UpdateServlet.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(UpdateServlet.TOKEN_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> resp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new StoreException("the server at " + holder.url() + " refused the update (" + resp.statusCode() + "): "
                    + resp.body().strip());
        }
        boolean errors = false;
        for (String line : resp.body().split("\n")) {
            if (line.startsWith("error: ")) {
                System.err.println(line);
                errors = true;
            } else if (!line.isBlank()) {
                System.out.println("updated " + db + " (served by pid " + holder.pid() + "): " + line);
            }
        }
        return errors ? 3 : 0;
    }
}
