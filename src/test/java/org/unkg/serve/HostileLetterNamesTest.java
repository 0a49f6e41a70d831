package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.catalog.Catalog;
import org.unkg.export.timeline.TimelineExporter;
import org.unkg.export.timeline.TimelineFormat;
import org.unkg.export.timeline.TimelineQuery;
import org.unkg.graph.Ids;
import org.unkg.graph.Vocab;
import org.unkg.store.BuildReport;
import org.unkg.store.BuildRunner;

/**
 * Letters whose file names are hostile or careless (a spreadsheet formula, spaces, Arabic with a space,
 * quotes and angle brackets), built into a real store and served: every letter lands with a valid IRI and
 * its original file name kept, every page that names one answers, an invalid IRI typed into the address
 * bar is a 404 without Jena's internals, and no CSV the project writes hands a formula to a spreadsheet.
 */
class HostileLetterNamesTest {
    private static final String FORMULA = "=HYPERLINK(CONCAT(1,2))";
    private static final List<String> STEMS = List.of(FORMULA, "name with spaces", "رسالة الأمين العام", "a\"b<c>");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    static BuildReport report;
    static UnkgServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path project = ServedGraph.projectDir();
        Path letters = Files.createDirectories(dir.resolve("letters"));
        // one real letter (the one establishing UNRCCA: events, a mandate, a seat) under each hostile name
        Path seed = BuildRunner.letterFiles(project.resolve("data/letters")).get(0);
        for (String stem : STEMS) {
            Files.copy(seed, letters.resolve(stem + ".txt"));
        }
        Model ontology = RDFDataMgr.loadModel(project.resolve("ontology/unkg.ttl").toUri().toString());
        report = new BuildRunner(org.unkg.extract.Pipelines.context(project.resolve("data/catalog")), ontology, "test").build(letters, dir.resolve("db"));
        server = UnkgServer.start(ServeOptions.defaults(dir.resolve("db")).withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyLetterLandsWithAValidIriAndItsFileNameKept() {
        assertThat(report.errors()).isEmpty();
        assertThat(report.letters()).isEqualTo(STEMS.size());
        Set<String> files = new TreeSet<>();
        List<String> invalid = new ArrayList<>();
        Txn.executeRead(server.dataset(), () -> {
            Model union = server.dataset().getUnionModel();
            union.listStatements(null, Vocab.sourceFile, (RDFNode) null).forEach(st -> files.add(st.getString()));
            try (QueryExecution qe = QueryExecution.dataset(server.dataset())
                    .query("SELECT DISTINCT ?i WHERE { { GRAPH ?i { ?s ?p ?o } } UNION { ?i ?p ?o } UNION { ?s ?p ?i FILTER isIRI(?i) } }").build()) {
                qe.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("i").getURI();
                    try {
                        IRIx.create(iri);
                    } catch (RuntimeException e) {
                        invalid.add(iri);
                    }
                });
            }
        });
        assertThat(invalid).isEmpty();
        assertThat(files).containsExactlyInAnyOrderElementsOf(STEMS.stream().map(s -> s + ".txt").toList());
    }

    @Test
    void everyLettersPageAndThePagesLinkingToThemAnswer() throws Exception {
        for (String stem : STEMS) {
            HttpResponse<String> page = get(LinkedDataPaths.pageHref(Ids.letter(stem)));
            assertThat(page.statusCode()).as(stem).isEqualTo(200);
            assertThat(page.body()).as(stem).contains("UNRCCA");
        }
        HttpResponse<String> body = get("/page/org/UNRCCA");
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(get("/data/org/UNRCCA?format=ttl").statusCode()).isEqualTo(200);
    }

    @Test
    void anInvalidIriInTheAddressIsA404InTheSiteLayoutWithoutInternals() throws Exception {
        for (String path : List.of("/page/letter/name%20with%20spaces", "/data/letter/a%22b%3Cc%3E?format=ttl",
                "/id/letter/name%20with%20spaces", "/page?iri=" + URLEncoder.encode("https://w3id.org/unkg/id/x y", StandardCharsets.UTF_8))) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("Exception").doesNotContain("org.apache").doesNotContain("at org.");
        }
        assertThat(get("/page/letter/name%20with%20spaces").body()).contains("<html").contains("/home");
    }

    @Test
    void pathTraversalNeverReachesAFileOutsideWhatIsServed() throws Exception {
        for (String path : List.of("/static/..%2f..%2fpom.xml", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/....//pom.xml",
                "/page/..%2f..%2f..%2fetc%2fpasswd", "/queries/run?name=..%2f..%2fpom.xml", "/queries/run?name=/etc/passwd",
                "/data?iri=file:///etc/passwd&format=ttl", "/favicon.ico/../../pom.xml")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            assertThat(r.body()).as(path).doesNotContain("root:x:0:0").doesNotContain("<modelVersion>");
        }
    }

    @Test
    void theTimelineCsvOfTheServerAndOfTheExportHandsNoFormulaToASpreadsheet() throws Exception {
        HttpResponse<String> served = get("/timeline.csv?entity=UNRCCA");
        assertThat(served.statusCode()).isEqualTo(200);
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        List<org.unkg.export.timeline.TimelineRow> rows = new TimelineExporter().rows(server.dataset(), TimelineQuery.all("en"));
        TimelineFormat.CSV.writer().write(rows, TimelineQuery.all("en"), exported);
        for (String csv : List.of(served.body(), exported.toString(StandardCharsets.UTF_8))) {
            List<String> cells = cells(csv.substring(1));
            assertThat(cells).noneMatch(HostileLetterNamesTest::formula);
            assertThat(String.join("\n", cells)).contains("'" + FORMULA + ".txt");
        }
    }

    @Test
    void sparqlCsvResultsHandNoFormulaToASpreadsheetAndTsvQuotesStrings() throws Exception {
        String q = URLEncoder.encode("SELECT ?f WHERE { ?l <" + Vocab.sourceFile.getURI() + "> ?f } ORDER BY ?f", StandardCharsets.UTF_8);
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/unkg/sparql?query=" + q))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        List<String> cells = cells(csv.body());
        assertThat(cells).noneMatch(HostileLetterNamesTest::formula).contains("'" + FORMULA + ".txt", "a\"b<c>.txt");
        HttpResponse<String> tsv = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/unkg/sparql?query=" + q))
                .header("Accept", "text/tab-separated-values").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tsv.body()).contains("\"" + FORMULA + ".txt\"");
    }

    private static boolean formula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("[+-]?[0-9.]+([eE][+-]?[0-9]+)?");
    }

    /** Every cell of an RFC 4180 text. */
    private static List<String> cells(String csv) throws IOException {
        List<String> out = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(csv)) {
            while (it.hasNext()) {
                out.addAll(List.of(it.next()));
            }
        }
        return out;
    }
}
