package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** A real server on a free loopback port over a TDB2 store built from the seed letters. */
class UnkgServerTest extends SeedServerTest {

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void bindsToLoopbackOnly() {
        assertThat(base).startsWith("http://127.0.0.1:");
    }

    @Test
    void sparqlSelectOverHttpReturnsTheLetters() throws Exception {
        HttpResponse<String> r = get("/unkg/sparql?query=" + enc(
                "SELECT ?l WHERE { ?l a <https://w3id.org/unkg/ontology#Letter> }"), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("https://w3id.org/unkg/id/letter/" + letterStem);
        assertThat(r.body().split("/id/letter/", -1)).hasSize(6);
    }

    @Test
    void queryEndpointAnswersToo() throws Exception {
        HttpResponse<String> r = get("/unkg/query?query=" + enc("ASK { ?l a <https://w3id.org/unkg/ontology#Letter> }"),
                "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true");
    }

    @Test
    void refusesSparqlUpdate() throws Exception {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        assertThat(postForm("/unkg/sparql", "update=" + enc(update)).statusCode()).isBetween(400, 499);
        assertThat(postForm("/unkg/update", "update=" + enc(update)).statusCode()).isBetween(400, 499);
        HttpResponse<String> direct = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/unkg"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isBetween(400, 499);
        HttpResponse<String> ask = get("/unkg/sparql?query=" + enc("ASK { <urn:x:a> ?p ?o }"), "application/sparql-results+json");
        assertThat(ask.body()).contains("false");
    }

    @Test
    void refusesGraphStoreUpload() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/unkg?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isBetween(400, 499);
    }

    @Test
    void graphStoreReadsANamedGraph() throws Exception {
        HttpResponse<String> r = get("/unkg/get?graph=" + enc("https://w3id.org/unkg/graph/letter/" + letterStem), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(r.body()), null, Lang.TURTLE);
        assertThat(m.size()).isGreaterThan(3);
    }

    @Test
    void idRedirectsBrowsersToThePage() throws Exception {
        HttpResponse<String> r = get("/id/org/UNTOP", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/page/org/UNTOP");
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
    }

    @Test
    void idRedirectsRdfClientsToTheData() throws Exception {
        HttpResponse<String> r = get("/id/org/UNTOP", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/data/org/UNTOP");
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(get("/id/org/UNTOP", "application/ld+json;q=0.9, text/html;q=0.1").headers().firstValue("Location"))
                .hasValue("/data/org/UNTOP");
    }

    @Test
    void idAnswers406WhenNoRepresentationFits() throws Exception {
        assertThat(get("/id/org/UNTOP", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void unknownIdGives404() throws Exception {
        assertThat(get("/id/org/NO-SUCH-BODY", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/id/org/NO-SUCH-BODY", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("/page/org/NO-SUCH-BODY", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/data/org/NO-SUCH-BODY", "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void dataReturnsParseableTurtleWithLabelsOfLinkedResources() throws Exception {
        HttpResponse<String> r = get("/data/org/UNTOP", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(r.body()), null, Lang.TURTLE);
        var untop = m.createResource("https://w3id.org/unkg/id/org/UNTOP");
        var prefLabel = m.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel");
        assertThat(m.contains(untop, prefLabel, m.createLiteral("مكتب الأمم المتحدة لبناء السلام في طاجيكستان", "ar"))).isTrue();
        // a linked resource (the Secretariat it belongs to) comes with its label
        assertThat(m.listStatements(null, prefLabel, (org.apache.jena.rdf.model.RDFNode) null).toList()
                .stream().anyMatch(s -> !s.getSubject().equals(untop))).isTrue();
    }

    @Test
    void dataReturnsParseableJsonLdByAcceptAndByFormat() throws Exception {
        for (HttpResponse<String> r : new HttpResponse[] {get("/data/org/UNTOP", "application/ld+json"), get("/data/org/UNTOP?format=jsonld", null)}) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new StringReader(r.body()), null, Lang.JSONLD);
            assertThat(m.contains(m.createResource("https://w3id.org/unkg/id/org/UNTOP"), null, (org.apache.jena.rdf.model.RDFNode) null)).isTrue();
        }
    }

    @Test
    void dataAndPagesStateTheImpliedTypesTheStoreLeavesOut() throws Exception {
        // the fixture stores the events' and the mandate's own triples without rdf:type unkg:Event / unkg:Mandate,
        // as a build does: the description served adds them (by the domains of unkg:eventType and unkg:of)
        String event = "https://w3id.org/unkg/id/event/Closure/UNTOP/2099-06-30";
        String mandate = "https://w3id.org/unkg/id/mandate/UNTOP/fixture";
        var type = org.apache.jena.vocabulary.RDF.type;
        for (String[] c : new String[][] {{event, "/data/event/Closure/UNTOP/2099-06-30", "Event"},
                {mandate, "/data/mandate/UNTOP/fixture", "Mandate"}}) {
            HttpResponse<String> r = get(c[1], "text/turtle");
            assertThat(r.statusCode()).isEqualTo(200);
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new StringReader(r.body()), null, Lang.TURTLE);
            assertThat(m.contains(m.createResource(c[0]), type, m.createResource("https://w3id.org/unkg/ontology#" + c[2])))
                    .as(c[1]).isTrue();
        }
        HttpResponse<String> sparql = get("/unkg/sparql?query=" + enc("ASK { <" + event + "> a <https://w3id.org/unkg/ontology#Event> }"),
                "application/sparql-results+json");
        assertThat(sparql.body()).as("the store itself holds no such triple").contains("false");
        assertThat(get("/page/event/Closure/UNTOP/2099-06-30", "text/html").body())
                .contains("title=\"https://w3id.org/unkg/ontology#Event\"");
        // a letter's build, stated once in the build graph, is served as the letter's prov:wasGeneratedBy
        HttpResponse<String> letter = get("/data/letter/" + letterStem, "text/turtle");
        Model lm = ModelFactory.createDefaultModel();
        RDFDataMgr.read(lm, new StringReader(letter.body()), null, Lang.TURTLE);
        assertThat(lm.contains(lm.createResource("https://w3id.org/unkg/id/letter/" + letterStem),
                lm.createProperty("http://www.w3.org/ns/prov#wasGeneratedBy"), (org.apache.jena.rdf.model.RDFNode) null)).isTrue();
    }

    @Test
    void dataServesNTriplesAndRdfXml() throws Exception {
        HttpResponse<String> nt = get("/data/org/UNTOP?format=nt", null);
        assertThat(nt.headers().firstValue("Content-Type").orElse("")).startsWith("application/n-triples");
        RDFDataMgr.read(ModelFactory.createDefaultModel(), new StringReader(nt.body()), null, Lang.NTRIPLES);
        HttpResponse<String> xml = get("/data/org/UNTOP", "application/rdf+xml");
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/rdf+xml");
        RDFDataMgr.read(ModelFactory.createDefaultModel(), new StringReader(xml.body()), null, Lang.RDFXML);
    }

    @Test
    void markupInALabelIsEscapedOnItsPage() throws Exception {
        HttpResponse<String> r = get("/page/org/XSS-TEST", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>").contains("&lt;script&gt;");
        HttpResponse<String> home = get("/home", "text/html");
        assertThat(home.body()).doesNotContain("<script>");
    }

    @Test
    void bodyPageShowsArabicLabelRightToLeftAndEventsInDateOrder() throws Exception {
        String html = get("/page/org/UNTOP", "text/html").body();
        assertThat(html).contains("lang=\"ar\" dir=\"rtl\" id=\"label-ar\">مكتب الأمم المتحدة لبناء السلام في طاجيكستان<");
        // the events' date cells (the statements' quoted words, shown beside each event, may name other dates)
        int establishment = html.indexOf("<td class=\"date\">2098-01");
        int closure = html.indexOf("<td class=\"date\">2099-06-30");
        assertThat(establishment).isPositive();
        assertThat(closure).isGreaterThan(establishment);
        assertThat(html).contains("Liaise with the Governments of the region").contains("Monitor &lt;b&gt;and&lt;/b&gt; analyse");
        assertThat(html).containsPattern("/page/letter/" + letterStem + "#char(=|&#61;)\\d+,\\d+\"");
    }

    @Test
    void bodyPageListsTheEventsTheSeedLettersState() throws Exception {
        HttpResponse<String> r = get("/unkg/sparql?query=" + enc("""
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e unkg:concerns <https://w3id.org/unkg/id/org/UNTOP> ; unkg:date ?d }
                  FILTER(STRSTARTS(STR(?g), "https://w3id.org/unkg/graph/letter/")) }"""), "text/csv");
        java.util.List<String> events = r.body().lines().skip(1).filter(l -> !l.isBlank()).toList();
        org.junit.jupiter.api.Assumptions.assumeFalse(events.isEmpty(), "the extractors state no UNTOP event yet");
        String html = get("/page/org/UNTOP", "text/html").body();
        for (String e : events) {
            assertThat(html).contains(LinkedDataPaths.pageHref(e.strip()));
        }
    }

    @Test
    void letterPageHighlightsEvidenceSpans() throws Exception {
        String html = get("/page/letter/" + letterStem, "text/html").body();
        assertThat(html).contains("class=\"letter-text\" lang=\"ar\" dir=\"rtl\"");
        assertThat(html).containsPattern("<a id=\"char(=|&#61;)\\d+,\\d+\"></a><mark title=\"[^\"]*\">");
    }

    @Test
    void incomingLinksArePaged() throws Exception {
        String html = get("/page/org/UN", "text/html").body();
        assertThat(html).contains("id=\"incoming\"").contains("rel=\"next\"");
        String second = get("/page/org/UN?in=1", "text/html").body();
        assertThat(second).contains("page 2").contains("rel=\"prev\"");
    }

    @Test
    void homeListsBodiesMissionsOrganizationsStatesAndLetters() throws Exception {
        String html = get("/home", "text/html").body();
        assertThat(html).contains("id=\"bodies\"", "id=\"missions\"", "id=\"organizations\"", "id=\"states\"", "id=\"letters\"");
        assertThat(html).contains("/page/org/UNTOP", "/page/state/TKM", "/page/letter/" + letterStem);
        assertThat(html).contains("PREFIX unkg: &lt;https://w3id.org/unkg/ontology#&gt;");
    }

    @Test
    void queriesPageRunsEachDocumentedQuery() throws Exception {
        String html = get("/queries", "text/html").body();
        assertThat(html).contains("letters.rq", "search.rq").contains("Which letters are in the graph");
        HttpResponse<String> run = get("/queries/run?name=letters.rq", "text/html");
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("<table class=\"results\"").contains("/page/letter/" + letterStem);
        for (DocumentedQueries.NamedQuery q : DocumentedQueries.load(ServedGraph.projectDir().resolve("queries")).all()) {
            assertThat(get("/queries/run?name=" + enc(q.name()), "text/html").statusCode()).as(q.name()).isEqualTo(200);
            assertThat(q.description()).as(q.name()).isNotBlank();
        }
    }

    @Test
    void searchFindsArabicWordsInLabelsAndLetters() throws Exception {
        String html = get("/search?q=" + enc("طاجيكستان"), "text/html").body();
        assertThat(html).contains("/page/org/UNTOP");
        assertThat(html).contains("<mark>");
        String en = get("/search?q=" + enc("peacebuilding tajikistan"), "text/html").body();
        assertThat(en).contains("/page/org/UNTOP");
    }

    @Test
    void textQueryWorksInSparql() throws Exception {
        HttpResponse<String> r = get("/unkg/sparql?query=" + enc("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?s WHERE { ?s text:query (skos:prefLabel "طاجيكستان" "lang:ar") }"""), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("https://w3id.org/unkg/id/org/UNTOP");
    }

    @Test
    void pingAnswersAndAdminIsOff() throws Exception {
        assertThat(get("/$/ping", null).statusCode()).isEqualTo(200);
        assertThat(get("/$/metrics", null).statusCode()).isEqualTo(404);
        assertThat(get("/$/compact/unkg", null).statusCode()).isEqualTo(403);
        assertThat(postForm("/$/datasets", "dbName=other&dbType=mem").statusCode()).isEqualTo(403);
    }
}
