package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.extract.Pipelines;
import org.unkg.graph.SubjectScope;
import org.unkg.store.BuildRunner;
import org.unkg.store.Tdb;

/**
 * Browsing and filtering by UNBIS subject on a real server over a TDB2 store built from {@code data/letters} with the
 * thesaurus: a concept's page, a letter's subjects, the timeline and search filtered by a subject (narrower concepts
 * included), the catalog's sources on an entry's page; and in headless Chromium the walk from a letter page to its
 * subject, to the other letters with that subject, to the timeline filtered by it (skipped without Chromium).
 */
class SubjectPagesTest {
    private static final String PEACEBUILDING = "http://metadata.un.org/thesaurus/1004776";
    /** The letter whose %%% line names PEACEBUILDING (the Secretary-General's proposal of UNTOP). */
    private static final String LETTER = "002_2b36bd816cc3531a";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static Path db;
    static UnkgServer server;

    @BeforeAll
    static void start() throws Exception {
        Model ontology = RDFDataMgr.loadModel(Path.of("ontology", "unkg.ttl").toUri().toString());
        db = dir.resolve("db");
        new BuildRunner(Pipelines.withThesaurus(), ontology, "test").build(Path.of("data", "letters"), db);
        server = UnkgServer.start(ServeOptions.defaults(db).withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aConceptPageShowsItsSixLabelsItsBroaderConceptAndTheLettersAboutIt() throws Exception {
        HttpResponse<String> r = get("/page?iri=" + enc(PEACEBUILDING));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("PEACEBUILDING", "بناء السلام", "CONSOLIDATION DE LA PAIX", "CONSOLIDACION DE LA PAZ",
                "Миростроительство", "建设和平");
        assertThat(r.body()).contains("class=\"broader\" href=\"/page?iri&#61;" + enc("http://metadata.un.org/thesaurus/010300"));
        assertThat(r.body()).contains("/page/letter/" + LETTER).contains("href=\"/timeline?subject&#61;1004776\"");
    }

    @Test
    void aLetterPageLinksItsLineSubjectsAndItsIndexedSubjectsToTheirConcepts() throws Exception {
        String page = get("/page/letter/" + LETTER).body();
        assertThat(page).contains("id=\"subjects\"")
                .contains("class=\"subject line-subject\" href=\"/page?iri&#61;" + enc(PEACEBUILDING) + "\"")
                .contains("id=\"indexed-subjects\"");
    }

    @Test
    void theLettersOfABroaderConceptIncludeThoseOfTheConceptsUnderIt() {
        Dataset ds = Tdb.open(db);
        try {
            Set<String> narrow = Txn.calculateRead(ds, () -> SubjectScope.resolve(ds, "peacebuilding").letterIris(ds));
            Set<String> broad = Txn.calculateRead(ds, () -> SubjectScope.resolve(ds, "010300").letterIris(ds));
            assertThat(narrow).contains("https://w3id.org/unkg/id/letter/" + LETTER);
            assertThat(broad).containsAll(narrow);
            assertThat(Txn.calculateRead(ds, () -> SubjectScope.resolve(ds, "consolidation de la paix").concept()))
                    .as("a French label, accents and case ignored").isEqualTo(PEACEBUILDING);
        } finally {
            ds.close();
        }
    }

    @Test
    void theTimelineFilteredByASubjectKeepsOnlyRowsFromLettersAboutIt() throws Exception {
        HttpResponse<String> all = get("/timeline.json");
        HttpResponse<String> filtered = get("/timeline.json?subject=PEACEBUILDING");
        assertThat(filtered.statusCode()).isEqualTo(200);
        JsonNode rows = new ObjectMapper().readTree(filtered.body()).path("rows");
        assertThat(rows.size()).isPositive().isLessThan(new ObjectMapper().readTree(all.body()).path("rows").size());
        Set<String> about = subjectLetters("PEACEBUILDING");
        for (JsonNode row : rows) {
            Set<String> letters = new HashSet<>();
            row.path("sources").forEach(s -> letters.add(s.path("letter").asText()));
            assertThat(letters).as(row.toString()).containsAnyElementsOf(about);
        }
    }

    @Test
    void anUnknownSubjectIsABadRequestThatNamesIt() throws Exception {
        HttpResponse<String> r = get("/timeline.json?subject=" + enc("SEA ROBBERS OF OLD"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("unknown subject 'SEA ROBBERS OF OLD'");
    }

    @Test
    void searchBySubjectListsTheLettersAboutIt() throws Exception {
        HttpResponse<String> r = get("/search?subject=PEACEBUILDING");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"subject-filter\"").contains("/page/letter/" + LETTER);
        assertThat(get("/search?subject=PEACEBUILDING&q=" + enc("طاجيكستان")).body()).contains("/page/letter/" + LETTER);
    }

    @Test
    void aCatalogEntryPageShowsItsSourcesAndMarksItsCatalogFactsApartFromTheLetters() throws Exception {
        String page = get("/page/org/UNTOP").body();
        assertThat(page).contains("id=\"catalog-provenance\"").contains("https://undocs.org/S/2000/518")
                .contains("class=\"origin\"");
        assertThat(page.substring(page.indexOf("catalog-provenance"), page.indexOf("</p>", page.indexOf("catalog-provenance"))))
                .as("UNTOP's closure date has no document to cite").contains("No source for").contains("closed")
                .doesNotContain("established");
    }

    private static Set<String> subjectLetters(String subject) {
        Dataset ds = Tdb.open(db);
        try {
            return Txn.calculateRead(ds, () -> SubjectScope.resolve(ds, subject).letterIris(ds));
        } finally {
            ds.close();
        }
    }

    @Test
    void inTheBrowserALetterLeadsToItsSubjectItsOtherLettersAndTheTimelineFilteredByIt() throws Exception {
        assumeTrue(Files.isExecutable(DevTools.CHROMIUM), "headless Chromium not installed");
        Files.createDirectories(dir.resolve("profile"));
        try (DevTools browser = DevTools.start(dir.resolve("profile"))) {
            browser.open(server.baseUrl() + "/page/letter/" + LETTER);
            String href = browser.eval("[...document.querySelectorAll('#subjects a.line-subject')]"
                    + ".find(a => a.textContent.trim() === 'PEACEBUILDING').getAttribute('href')").asText();
            browser.open(server.baseUrl() + href);
            assertThat(browser.eval("document.getElementById('title').textContent").asText()).isEqualTo("PEACEBUILDING");
            JsonNode letters = browser.eval("[...document.querySelectorAll('#subject-letters tr.subject-letter td:nth-child(2) a')]"
                    + ".map(a => a.getAttribute('href'))");
            assertThat(letters.toString()).contains("/page/letter/" + LETTER);
            JsonNode dates = browser.eval("[...document.querySelectorAll('#subject-letters td.date')].map(d => d.textContent)");
            for (int i = 1; i < dates.size(); i++) {
                assertThat(dates.get(i).asText()).as("letters in date order").isGreaterThanOrEqualTo(dates.get(i - 1).asText());
            }
            browser.open(server.baseUrl() + browser.eval("document.getElementById('subject-timeline').getAttribute('href')").asText());
            assertThat(browser.eval("location.search").asText()).isEqualTo("?subject=1004776");
            JsonNode data = new ObjectMapper().readTree(browser.eval("document.getElementById('timeline-data').textContent").asText());
            assertThat(data.path("query").path("subjects").toString()).contains("1004776");
            Set<String> shown = new HashSet<>();
            letters.forEach(l -> shown.add(l.asText().replace("/page/", "https://w3id.org/unkg/id/")));
            assertThat(data.path("rows").size()).isPositive();
            for (JsonNode row : data.path("rows")) {
                Set<String> sources = new HashSet<>();
                row.path("sources").forEach(s -> sources.add(s.path("letter").asText()));
                assertThat(sources).as("a row of the filtered timeline comes from a letter the concept page lists")
                        .containsAnyElementsOf(shown);
            }
            assertThat(browser.eval("document.querySelectorAll('#chart g, #chart rect').length").asInt()).isPositive();
            browser.screenshot(ServedGraph.projectDir().resolve("target/screenshots/subject-timeline.png"));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
