package org.unkg.serve;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the tests that talk to a real server: for each test class, a TDB2 store built from the seed letters
 * (plus the fixture graph of {@link ServedGraph}) served on a free loopback port.
 */
abstract class SeedServerTest {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @TempDir
    static Path dir;
    static UnkgServer server;
    static String base;
    static String letterStem;

    @BeforeAll
    static void startServer() throws IOException {
        Path db = ServedGraph.build(dir);
        letterStem = ServedGraph.firstLetterStem();
        server = UnkgServer.start(ServeOptions.defaults(db).withPort(0));
        base = server.baseUrl();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
