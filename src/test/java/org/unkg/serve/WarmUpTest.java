package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server started with its background warm-up ({@code serve}'s default) over the seed letters' store. */
class WarmUpTest extends SeedServerTest {

    @BeforeAll
    static void startServer() throws IOException {
        Path db = ServedGraph.build(dir);
        letterStem = ServedGraph.firstLetterStem();
        server = UnkgServer.start(ServeOptions.defaults(db).withPort(0).withWarmUp(true));
        base = server.baseUrl();
    }

    @Test
    void theServerAnswersAtOnceAndWarmsUpBehind() throws Exception {
        HttpResponse<String> ping = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);
        WarmUp.Result done = server.warmUp().orElseThrow().get(120, TimeUnit.SECONDS);
        // a body, a state and a letter page; every documented query; the database's files read
        assertThat(done.pages()).isEqualTo(3);
        assertThat(done.queries()).isEqualTo(DocumentedQueries.load(null).all().size()).isPositive();
        assertThat(done.bytes()).isPositive();
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/page/org/UNTOP")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void filesAreReadSmallestFirstWithinTheBudget(@org.junit.jupiter.api.io.TempDir Path files) throws IOException {
        Files.write(files.resolve("large"), new byte[300]);
        Files.write(files.resolve("small"), new byte[50]);
        Files.createDirectories(files.resolve("Data-0001"));
        Files.write(files.resolve("Data-0001/middle"), new byte[100]);
        WarmUp warmUp = new WarmUp(null, files, null);
        assertThat(warmUp.readFiles(files, 200)).isEqualTo(150);
        assertThat(warmUp.readFiles(files, 1000)).isEqualTo(450);
        assertThat(warmUp.readFiles(files, 10)).isZero();
    }
}
