package org.unkg.export.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.serve.ServeOptions;
import org.unkg.serve.UnkgServer;

/**
 * Loads the HTML export from a file URL in headless Debian Chromium with the network off, and checks what
 * an analyst sees: one lane per body, filters, the language menu, zoom and the evidence on click.
 * Screenshots go to {@code target/timeline-browser*.png}. Skips when /usr/bin/chromium is absent.
 */
class TimelineBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void showsOneLanePerBodyOfflineAndFiltersThemByBodyAndType() throws Exception {
        assumeTrue(Files.isExecutable(DevToolsSession.CHROMIUM), "no /usr/bin/chromium (apt-get install chromium)");
        Path html = Path.of("target", "timeline-browser.html").toAbsolutePath();
        Files.createDirectories(html.getParent());
        Dataset ds = TimelineFixture.build(tmp.resolve("db"));
        try (OutputStream out = Files.newOutputStream(html)) {
            TimelineQuery q = TimelineQuery.all("en");
            TimelineFormat.HTML.writer().write(new TimelineExporter().rows(ds, q), q, out);
        } finally {
            ds.close();
        }

        try (DevToolsSession browser = DevToolsSession.start(tmp.resolve("profile"))) {
            browser.send("Runtime.enable", null);
            browser.send("Network.enable", null);
            browser.send("Network.emulateNetworkConditions", DevToolsSession.params().put("offline", true)
                    .put("latency", 0).put("downloadThroughput", -1).put("uploadThroughput", -1));
            browser.send("Page.enable", null);
            browser.send("Emulation.setDeviceMetricsOverride", DevToolsSession.params().put("width", 1400)
                    .put("height", 800).put("deviceScaleFactor", 1).put("mobile", false));
            browser.send("Page.navigate", DevToolsSession.params().put("url", html.toUri().toString()));
            browser.waitFor("document.readyState === 'complete' && document.body.getAttribute('data-ready') === 'true'",
                    Duration.ofSeconds(20));

            assertThat(lanes(browser)).containsExactly("UNTOP", "UNRCCA", "UNOCA");
            assertThat(browser.eval("document.querySelector('g.lane[data-key=UNTOP] .lane-label title').textContent").asText())
                    .isEqualTo("United Nations Tajikistan Office of Peacebuilding");
            screenshot(browser, "timeline-browser.png");

            // the evidence of an event on click; no letter link when the page is not served
            browser.eval("document.querySelector('g.lane[data-key=UNTOP] g.event[data-type=closure]')"
                    + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))");
            assertThat(browser.eval("document.getElementById('details').textContent").asText())
                    .contains("will close in May 2007").contains("S/2007/999");
            assertThat(browser.eval("document.querySelectorAll('#details a.letter-link').length").asInt()).isZero();

            // filter by body, then by type
            browser.eval("document.querySelector('input.body-filter[value=UNOCA]').click()");
            assertThat(lanes(browser)).containsExactly("UNTOP", "UNRCCA");
            browser.eval("document.querySelector('input.type-filter[value=establishment]').click()");
            assertThat(lanes(browser)).containsExactly("UNTOP");
            assertThat(browser.eval("[...document.querySelectorAll('g.event')].map(e => e.dataset.type).join(' ')").asText())
                    .doesNotContain("establishment").contains("closure");
            screenshot(browser, "timeline-browser-filtered.png");

            // French labels where the catalog has them (English otherwise), then Arabic, and zoom
            assertThat(browser.eval("[...document.querySelectorAll('#lang-select option')].map(o => o.value).join(' ')").asText())
                    .isEqualTo("en ar fr es ru zh");
            chooseLanguage(browser, "fr");
            assertThat(browser.eval("document.querySelector('g.lane[data-key=UNTOP] .lane-label title').textContent").asText())
                    .isEqualTo("Bureau des Nations Unies pour la consolidation de la paix au Tadjikistan");
            browser.eval("document.querySelector('input.type-filter[value=establishment]').click()");
            assertThat(lanes(browser)).containsExactly("UNTOP", "UNRCCA");
            assertThat(browser.eval("document.querySelector('g.lane[data-key=UNRCCA] .lane-label title').textContent").asText())
                    .isEqualTo("United Nations Regional Centre for Preventive Diplomacy for Central Asia");
            assertThat(browser.eval("document.documentElement.lang").asText()).isEqualTo("fr");
            assertThat(browser.eval("document.querySelector('#type-filters legend').textContent").asText()).isEqualTo("Types");
            assertThat(browser.eval("document.getElementById('zoom-reset').textContent").asText()).isEqualTo("Réinitialiser");
            chooseLanguage(browser, "ar");
            assertThat(browser.eval("document.querySelector('g.lane[data-key=UNTOP] .lane-label title').textContent").asText())
                    .isEqualTo("مكتب الأمم المتحدة لبناء السلام في طاجيكستان");
            double before = browser.eval("unkgTimeline.state.t1 - unkgTimeline.state.t0").asDouble();
            browser.eval("document.getElementById('zoom-in').click()");
            assertThat(browser.eval("unkgTimeline.state.t1 - unkgTimeline.state.t0").asDouble()).isCloseTo(before / 2, org.assertj.core.data.Offset.offset(1.0));
            screenshot(browser, "timeline-browser-arabic.png");

            assertThat(browser.events("Runtime.exceptionThrown")).isEmpty();
            assertThat(browser.events("Runtime.consoleAPICalled"))
                    .noneMatch(e -> e.path("params").path("type").asText().equals("error"));
            assertThat(browser.events("Network.requestWillBeSent"))
                    .extracting(e -> e.path("params").path("request").path("url").asText())
                    .allMatch(u -> u.startsWith("file:") || u.startsWith("data:"));
        }
        assertThat(Path.of("target", "timeline-browser-filtered.png")).isNotEmptyFile();
    }

    private static void chooseLanguage(DevToolsSession browser, String code) throws Exception {
        browser.eval("(() => { const s = document.getElementById('lang-select'); s.value = '" + code + "';"
                + " s.dispatchEvent(new Event('change', {bubbles: true})); })()");
    }

    @Test
    void servedPageRunsUnderItsContentSecurityPolicyAndLinksEachSourceToItsLetterPage() throws Exception {
        assumeTrue(Files.isExecutable(DevToolsSession.CHROMIUM), "no /usr/bin/chromium (apt-get install chromium)");
        Path db = tmp.resolve("served-db");
        TimelineFixture.build(db).close();
        try (UnkgServer server = UnkgServer.start(ServeOptions.defaults(db).withPort(0));
             DevToolsSession browser = DevToolsSession.start(tmp.resolve("profile-served"))) {
            browser.send("Runtime.enable", null);
            browser.send("Log.enable", null);
            browser.send("Page.enable", null);
            browser.send("Page.navigate", DevToolsSession.params().put("url", server.baseUrl() + "/timeline?entity=UNTOP&lang=ar"));
            browser.waitFor("document.readyState === 'complete' && document.body.getAttribute('data-ready') === 'true'",
                    Duration.ofSeconds(20));

            assertThat(lanes(browser)).containsExactly("UNTOP");
            browser.eval("document.querySelector('g.event[data-type=extension]').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
            String href = browser.eval("document.querySelector('#details a.letter-link').getAttribute('href')").asText();
            assertThat(href).isEqualTo("/page/letter/ltr_untop");
            HttpResponse<Void> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + href)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(browser.events("Log.entryAdded")).extracting(e -> e.path("params").path("entry").path("text").asText())
                    .noneMatch(t -> t.contains("Content Security Policy"));
            assertThat(browser.events("Runtime.exceptionThrown")).isEmpty();
            screenshot(browser, "timeline-browser-served.png");
        }
    }

    private static List<String> lanes(DevToolsSession browser) throws Exception {
        JsonNode keys = browser.eval("[...document.querySelectorAll('g.lane')].map(g => g.dataset.key)");
        return java.util.stream.StreamSupport.stream(keys.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void screenshot(DevToolsSession browser, String name) throws Exception {
        JsonNode shot = browser.send("Page.captureScreenshot", DevToolsSession.params().put("format", "png"));
        Files.write(Path.of("target", name), Base64.getDecoder().decode(shot.get("data").asText()));
    }
}
