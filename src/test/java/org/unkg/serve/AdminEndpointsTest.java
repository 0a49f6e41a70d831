package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admin endpoints exist only with a password file, and then only for its users. */
class AdminEndpointsTest {
    @TempDir
    Path dir;

    @Test
    void adminEndpointsNeedTheUsersOfThePasswordFile() throws Exception {
        Path db = ServedGraph.build(dir);
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "keeper: s3cret-pass\n");
        HttpClient http = HttpClient.newHttpClient();
        try (UnkgServer server = UnkgServer.start(ServeOptions.defaults(db).withPort(0).withAdmin(passwords))) {
            String base = server.baseUrl();
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/$/server")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            String wrong = Base64.getEncoder().encodeToString("keeper:nope".getBytes(StandardCharsets.UTF_8));
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/$/stats")).header("Authorization", "Basic " + wrong).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            String right = Base64.getEncoder().encodeToString("keeper:s3cret-pass".getBytes(StandardCharsets.UTF_8));
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/$/server")).header("Authorization", "Basic " + right).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            // the public side stays open
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/page/org/UNTOP")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }
}
