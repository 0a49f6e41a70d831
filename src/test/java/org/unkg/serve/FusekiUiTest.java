package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Fuseki UI at {@code /} on a server without an admin password file: its page and scripts load, the
 * read-only descriptions it reads list {@code /unkg} with its query service, calls that would change the
 * server are refused, and a query sent the way the UI sends it returns the letters.
 */
class FusekiUiTest extends SeedServerTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static HttpResponse<String> send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpRequest request = b.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a refused request whose body the server did not read ends that connection; the pooled client may
            // already have picked it for this request, so send once more on a fresh one (what browsers do)
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    @Test
    void fusekiUiLoadsAtTheRootWithItsScriptsAndLinksToUnkgPages() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(index.body()).contains("<title>Apache Jena Fuseki UI</title>", "<div id=\"app\"></div>")
                .contains("href=\"/home\"", "href=\"/sparql-editor\"", "action=\"/search\"");
        Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(index.body());
        assertThat(script.find()).as("the UI's entry script").isTrue();
        HttpResponse<String> js = get("/" + script.group(1));
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(get("/static/unkg.css").statusCode()).as("unkg's own style sheet still wins /static/").isEqualTo(200);
        assertThat(get("/static/no-such-file.js").statusCode()).isEqualTo(404);
    }

    @Test
    void homePageMovesToHomeAndIndexHtmlRedirectsToTheUi() throws Exception {
        HttpResponse<String> home = get("/home");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"bodies\"", "href=\"/sparql-editor\"", "href=\"/\"");
        HttpResponse<String> index = get("/index.html");
        assertThat(index.statusCode()).isEqualTo(301);
        assertThat(index.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void serverDescriptionListsUnkgWithOnlyReadServices() throws Exception {
        HttpResponse<String> r = get("/$/server");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode datasets = JSON.readTree(r.body()).path("datasets");
        assertThat(datasets).hasSize(1);
        JsonNode unkg = datasets.get(0);
        assertThat(unkg.path("ds.name").asText()).isEqualTo("/unkg");
        List<String> types = new ArrayList<>();
        unkg.path("ds.services").forEach(s -> types.add(s.path("srv.type").asText()));
        assertThat(types).contains("query").doesNotContain("update", "upload", "gsp-rw");
        assertThat(queryEndpoints(unkg)).contains("sparql", "query");
        assertThat(queryEndpoints(unkg).get(0)).as("the UI queries the first endpoint: a named one, not the dataset URL").isNotEmpty();
        JsonNode one = JSON.readTree(get("/$/datasets/unkg").body());
        assertThat(one.path("ds.name").asText()).isEqualTo("/unkg");
        assertThat(JSON.readTree(get("/$/datasets").body()).path("datasets")).hasSize(1);
        assertThat(JSON.readTree(get("/$/stats/unkg").body()).path("datasets").path("/unkg").has("Requests")).isTrue();
        assertThat(JSON.readTree(get("/$/stats").body()).path("datasets").has("/unkg")).isTrue();
        assertThat(get("/$/datasets/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void stateChangingAdminCallsAreRefusedWithoutThePasswordFile() throws Exception {
        String form = "application/x-www-form-urlencoded";
        assertThat(send("POST", "/$/datasets", form, "dbName=intruder&dbType=mem").statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/$/datasets/unkg", null, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/$/backup/unkg", null, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/$/compact/unkg", null, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/$/server", null, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/$/stats/unkg", null, null).statusCode()).isEqualTo(403);
        assertThat(get("/$/tasks").statusCode()).isEqualTo(403);
        // what the UI's upload and graph editor would send to the dataset itself
        assertThat(send("PUT", "/unkg?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode()).isBetween(400, 499);
        assertThat(send("POST", "/unkg/update", form, "update=" + enc("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).statusCode())
                .isBetween(400, 499);
        assertThat(JSON.readTree(get("/$/server").body()).path("datasets")).hasSize(1);
        assertThat(get("/unkg/sparql?query=" + enc("ASK { <urn:a> <urn:b> <urn:c> }")).body()).contains("false");
    }

    @Test
    void queryThroughTheEndpointTheUiUsesReturnsTheLetters() throws Exception {
        JsonNode unkg = JSON.readTree(get("/$/server").body()).path("datasets").get(0);
        // the UI's query page posts to /{dataset}/{first endpoint of the query service}
        String endpoint = unkg.path("ds.name").asText() + "/" + queryEndpoints(unkg).get(0);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(
                        "PREFIX unkg: <https://w3id.org/unkg/ontology#> SELECT ?l WHERE { ?l a unkg:Letter }"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("results").path("bindings")).isNotEmpty();
        assertThat(r.body()).contains("https://w3id.org/unkg/id/letter/" + letterStem);
    }

    @Test
    void sparqlEditorOpensTheUiQueryPageWithTheOntologyPrefixes() throws Exception {
        HttpResponse<String> r = get("/sparql-editor");
        assertThat(r.statusCode()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElse("");
        assertThat(location).startsWith("/#/dataset/unkg/query?query=");
        String query = URLDecoder.decode(location.substring(location.indexOf("query=") + 6), StandardCharsets.UTF_8);
        assertThat(query).contains("PREFIX unkg: <https://w3id.org/unkg/ontology#>", "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>")
                .contains("SELECT");
        assertThat(location).doesNotContain("+").doesNotContain(" ");
    }

    @Test
    void uiEditorTakesItsPrefixesAndExampleQueryFromTheOntology() throws Exception {
        JsonNode prefixes = JSON.readTree(get("/prefixes.json").body());
        assertThat(prefixes.path("unkg").asText()).isEqualTo("https://w3id.org/unkg/ontology#");
        assertThat(prefixes.path("skos").asText()).isEqualTo("http://www.w3.org/2004/02/skos/core#");
        Matcher entry = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(get("/").body());
        assertThat(entry.find()).isTrue();
        Matcher chunk = Pattern.compile("Query-[A-Za-z0-9_-]+\\.js").matcher(get("/" + entry.group(1)).body());
        assertThat(chunk.find()).as("the query page's script").isTrue();
        String editor = get("/static/" + chunk.group()).body();
        // booleans, not string assertions: a failure message would print the whole 4 MB script
        assertThat(editor.contains("prefix.cc/popular/all.file.json")).as("prefix.cc is still asked").isFalse();
        assertThat(editor.contains("=\"/prefixes.json\"")).as("the editor's prefix list is /prefixes.json").isTrue();
        assertThat(editor.contains("value:\"PREFIX dcterms: <http://purl.org/dc/terms/>")).as("the empty editor's example query").isTrue();
        assertThat(Pattern.compile("\\{\\s*\"uri\"\\s*:\\s*\"https://w3id.org/unkg/ontology#\"\\s*,\\s*\"text\"\\s*:\\s*\"unkg\"\\s*}")
                .matcher(editor).find()).as("the prefix badges list unkg").isTrue();
        assertThat(editor.contains("{uri:\"http://www.w3.org/2002/07/owl#\",text:\"owl\"}")).as("the UI's own badges remain").isFalse();
    }

    static List<String> queryEndpoints(JsonNode dataset) {
        List<String> out = new ArrayList<>();
        dataset.path("ds.services").forEach(s -> {
            if ("query".equals(s.path("srv.type").asText())) {
                s.path("srv.endpoints").forEach(e -> out.add(e.asText()));
            }
        });
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
