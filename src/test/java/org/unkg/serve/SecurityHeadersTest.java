package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every answer of the real server, Fuseki's and the UI's included, forbids framing; the UI runs under a CSP. */
class SecurityHeadersTest extends SeedServerTest {
    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerForbidsFramingByOtherSites() throws Exception {
        for (String path : List.of("/", "/home", "/page/org/UNTOP", "/data/org/UNTOP?format=ttl", "/queries", "/search?q=UNTOP",
                "/timeline", "/timeline.csv", "/$/ping", "/$/server", "/prefixes.json", "/no/such/thing",
                "/unkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().allValues("Content-Security-Policy")).as(path).hasSize(1)
                    .allSatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void theFusekiUiRunsUnderAContentSecurityPolicyThatKeepsScriptsToTheServer() throws Exception {
        String csp = get("/").headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "connect-src 'self'").doesNotContain("unsafe-eval");
    }
}
