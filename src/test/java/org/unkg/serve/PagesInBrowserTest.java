package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages in headless Debian Chromium, driven over the DevTools protocol: the UNTOP page and a letter
 * page render the Arabic label right to left, list the events, mark the evidence, and log no console
 * errors, and the Fuseki UI at {@code /} runs a query on {@code /unkg}; screenshots go to
 * {@code target/screenshots/}. Skipped when /usr/bin/chromium is absent.
 */
class PagesInBrowserTest {
    @TempDir
    static Path dir;
    static UnkgServer server;
    static DevTools browser;
    static String letterStem;
    static final Path SHOTS = ServedGraph.projectDir().resolve("target/screenshots");

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(DevTools.CHROMIUM), "headless Chromium not installed");
        Path db = ServedGraph.build(dir);
        letterStem = ServedGraph.firstLetterStem();
        server = UnkgServer.start(ServeOptions.defaults(db).withPort(0));
        Files.createDirectories(dir.resolve("profile"));
        browser = DevTools.start(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void bodyPageRendersArabicLabelRightToLeftWithEventsAndNoConsoleErrors() throws Exception {
        browser.open(server.baseUrl() + "/page/org/UNTOP");
        JsonNode direction = browser.eval("getComputedStyle(document.getElementById('label-ar')).direction");
        assertThat(direction.asText()).isEqualTo("rtl");
        assertThat(browser.eval("document.getElementById('label-ar').textContent").asText())
                .isEqualTo("مكتب الأمم المتحدة لبناء السلام في طاجيكستان");
        assertThat(browser.eval("document.querySelectorAll('#events tr.event').length").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(browser.eval("[...document.querySelectorAll('#events td.date')].map(e => e.textContent.trim())"
                + ".every((d, i, a) => i == 0 || a[i - 1] <= d)").asBoolean()).isTrue();
        assertThat(browser.eval("document.querySelectorAll('#mandates ol.tasks li').length").asInt()).isGreaterThanOrEqualTo(2);
        browser.screenshot(SHOTS.resolve("untop.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void letterPageRendersTextRightToLeftWithMarkedEvidence() throws Exception {
        browser.open(server.baseUrl() + "/page/letter/" + letterStem);
        assertThat(browser.eval("getComputedStyle(document.querySelector('.letter-text')).direction").asText()).isEqualTo("rtl");
        assertThat(browser.eval("document.querySelectorAll('.letter-text mark').length").asInt()).isPositive();
        browser.screenshot(SHOTS.resolve("letter.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anAnnotationTargetOpensTheLetterPageAtItsSpan() throws Exception {
        // an evidence target as the graph holds it, its base the server's: /id/letter/{stem}#char=S,E
        String target = firstTarget().replace("https://w3id.org/unkg/", server.baseUrl() + "/");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#char=(\\d+),(\\d+)$").matcher(target);
        assertThat(m.find()).as(target).isTrue();
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        browser.open(target);
        assertThat(browser.eval("location.pathname + location.hash").asText())
                .isEqualTo("/page/letter/" + letterStem + "#char=" + start + "," + end);
        // the fragment names the span's anchor, which the browser makes the :target; the text after it is the span's
        assertThat(browser.eval("document.querySelector(':target') && document.querySelector(':target').id").asText())
                .isEqualTo("char=" + start + "," + end);
        String text = browser.eval("document.querySelector('.letter-text').textContent").asText();
        String after = browser.eval("(() => { const r = document.createRange();"
                + " r.setStartAfter(document.querySelector(':target'));"
                + " r.setEndAfter(document.querySelector('.letter-text').lastChild); return r.toString(); })()").asText();
        assertThat(text.length() - after.length()).isEqualTo(start);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void homePageAndSearchRenderWithoutConsoleErrors() throws Exception {
        browser.open(server.baseUrl() + "/home");
        assertThat(browser.eval("document.querySelectorAll('#missions li').length").asInt()).isPositive();
        browser.screenshot(SHOTS.resolve("home.png"));
        browser.open(server.baseUrl() + "/search?q=" + java.net.URLEncoder.encode("طاجيكستان", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.eval("document.querySelectorAll('#found-labels li').length").asInt()).isPositive();
        browser.screenshot(SHOTS.resolve("search.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void fusekiUiQueryPageRunsAQueryOnUnkgWithTheOntologyPrefixes() throws Exception {
        int errorsBefore = browser.consoleErrors().size();
        browser.open(server.baseUrl() + "/sparql-editor");
        // the UI learns the query endpoint from the read-only /$/server description
        waitFor("document.getElementById('sparql-endpoint') && document.getElementById('sparql-endpoint').value.match(/^\\/unkg\\/(sparql|query)$/)");
        waitFor("document.querySelector('#yasqe .CodeMirror') && document.querySelector('#yasqe .CodeMirror').CodeMirror.getValue()"
                + ".includes('PREFIX unkg: <https://w3id.org/unkg/ontology#>')");
        browser.eval("document.querySelector('#yasqe .CodeMirror').CodeMirror.setValue("
                + "'PREFIX unkg: <https://w3id.org/unkg/ontology#>\\nSELECT ?letter WHERE { ?letter a unkg:Letter } ORDER BY ?letter')");
        browser.eval("document.querySelector('.yasqe_queryButton').click()");
        waitFor("document.querySelectorAll('#yasr tbody tr').length > 0");
        assertThat(browser.eval("document.getElementById('yasr').textContent").asText()).contains("/id/letter/" + letterStem);
        assertThat(browser.eval("[...document.querySelectorAll('.badge')].map(b => b.textContent.trim())").toString())
                .as("the prefix badges are the ontology's").contains("\"unkg\"", "\"skos\"", "\"dcterms\"");
        assertThat(browser.eval("document.getElementById('unkg-bar').querySelector('a[href=\\'/home\\']') != null").asBoolean()).isTrue();
        browser.screenshot(SHOTS.resolve("fuseki-ui-query.png"));
        assertThat(browser.consoleErrors().subList(errorsBefore, browser.consoleErrors().size())).isEmpty();
    }

    /** An evidence target in the letter {@link #letterStem}, as the graph holds it, read over the SPARQL endpoint. */
    private static String firstTarget() throws Exception {
        String query = "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?t WHERE { ?a oa:hasTarget ?t"
                + " FILTER(STRSTARTS(STR(?t), \"https://w3id.org/unkg/id/letter/" + letterStem + "#char=\")) } ORDER BY DESC(?t) LIMIT 1";
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/unkg/sparql?query="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
        String csv = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        return csv.lines().skip(1).map(l -> l.strip().replace("\"", "")).filter(l -> !l.isEmpty())
                .findFirst().orElseThrow();
    }

    /** Polls a JavaScript condition in the page for up to 20 seconds. */
    private static void waitFor(String condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            if (browser.eval("!!(" + condition + ")").asBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("still false after 20 s: " + condition + " (page: "
                + browser.eval("location.href + ' ' + document.body.innerText.slice(0, 500)").asText() + ")");
    }
}
