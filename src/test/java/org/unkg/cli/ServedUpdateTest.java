package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.serve.UpdateServlet;

/**
 * {@code build --update} on a database a running {@code serve} (another JVM) holds: the server applies the update
 * and answers from the updated database without a restart; nobody without the owner's token may ask it to.
 */
class ServedUpdateTest {
    private static final Path LETTERS = Path.of(System.getProperty("unkg.project.dir", ".")).resolve("data/letters");

    @TempDir
    Path tmp;

    private static String letterCount(String url) throws Exception {
        String q = "SELECT (COUNT(?l) AS ?n) WHERE { ?l a <https://w3id.org/unkg/ontology#Letter> }";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url + "/unkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().strip().split("\\R")[1];
    }

    @Test
    void aServedDatabaseTakesTheUpdateAndAnswersFromItWithoutRestart() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        try (var s = Files.list(LETTERS)) {
            for (Path f : s.sorted().limit(2).toList()) {
                Files.copy(f, letters.resolve(f.getFileName()));
            }
        }
        Path db = tmp.resolve("db");
        assertThat(CliRun.of("build", "--letters", letters.toString(), "--db", db.toString()).exit()).isZero();
        ChildJvm.Served served = ChildJvm.serve(db, tmp.resolve("serve.log"));
        Process serve = served.process();
        try {
            String url = served.url();
            assertThat(letterCount(url)).isEqualTo("2");

            try (var s = Files.list(LETTERS)) {
                Path third = s.sorted().skip(2).findFirst().orElseThrow();
                Files.copy(third, letters.resolve(third.getFileName()));
            }
            CliRun update = CliRun.of("build", "--update", "--letters", letters.toString(), "--db", db.toString());
            assertThat(update.exit()).as(update.err()).isZero();
            assertThat(letterCount(url)).isEqualTo("3");

            HttpResponse<String> stranger = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + UpdateServlet.PATH))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(UpdateServlet.TOKEN_HEADER, "guess")
                    .POST(HttpRequest.BodyPublishers.ofString("letters=" + URLEncoder.encode(letters.toString(), StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stranger.statusCode()).isEqualTo(403);
        } finally {
            serve.destroy();
        }
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(db.resolve(UpdateServlet.TOKEN_FILE)).doesNotExist();
    }
}
