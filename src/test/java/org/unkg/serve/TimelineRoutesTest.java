package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unkg.export.timeline.TimelineExporter;
import org.unkg.export.timeline.TimelineFormat;
import org.unkg.export.timeline.TimelineHttp;
import org.unkg.export.timeline.TimelineJsRules;

/** The server's timeline routes over a real store: the same rows and filters as {@code export timeline}. */
class TimelineRoutesTest extends SeedServerTest {

    private static HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void servesTheCsvOfAnEntityInDateOrderAsADownloadWithAByteOrderMark() throws Exception {
        HttpResponse<byte[]> r = get("/timeline.csv?entity=UNTOP");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(r.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"timeline.csv\"");
        assertThat(r.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = text(r);
        assertThat(csv).contains("2098-01,month,").contains("2099-06-30,day,");
        assertThat(csv.indexOf("2098-01,month")).isLessThan(csv.indexOf("2099-06-30,day"));
    }

    @Test
    void streamsEveryRowTheExportWritesForTheSameFilters() throws Exception {
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        new TimelineExporter().write(server.dataset(), TimelineHttp.query(Map.of("from", new String[] {"2000"})),
                TimelineFormat.CSV, exported);

        HttpResponse<byte[]> r = get("/timeline.csv?from=2000");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(text(r).lines().count()).isGreaterThan(3);
        assertThat(r.body()).isEqualTo(exported.toByteArray());
    }

    @Test
    void combinesFiltersGivenAsQueryParameters() throws Exception {
        JsonNode root = new ObjectMapper().readTree(get("/timeline.json?entity=untop&from=2099&type=closure").body());

        assertThat(root.get("rows")).hasSize(1);
        JsonNode row = root.get("rows").get(0);
        assertThat(row.get("type").asText()).isEqualTo("closure");
        assertThat(row.get("body").get("key").asText()).isEqualTo("UNTOP");
        assertThat(row.get("sources").get(0).get("stem").asText()).isEqualTo(ServedGraph.firstLetterStem());
    }

    @Test
    void servesTimelineJsThatKeepsTheTimelineJs3FieldRules() throws Exception {
        HttpResponse<byte[]> r = get("/timeline.timelinejs.json?lang=ar");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode root = new ObjectMapper().readTree(r.body());
        assertThat(TimelineJsRules.violations(root)).isEmpty();
        assertThat(root.get("events").size()).isPositive();
    }

    @Test
    void answersAnUnknownEntityWith400AndCloseMatches() throws Exception {
        HttpResponse<byte[]> r = get("/timeline?entity=UNTOPP");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(text(r)).contains("unknown entity key 'UNTOPP'").contains("UNTOP (");
        assertThat(get("/timeline.json?from=last+year").statusCode()).isEqualTo(400);
    }

    @Test
    void servesThePageUnderAPolicyThatAllowsOnlyItsOwnInlineScriptByNonce() throws Exception {
        HttpResponse<byte[]> r = get("/timeline");

        assertThat(r.statusCode()).isEqualTo(200);
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher m = Pattern.compile("script-src 'nonce-([^']+)'").matcher(csp);
        assertThat(m.find()).isTrue();
        assertThat(csp).contains("default-src 'none'");
        assertThat(text(r)).contains("<script nonce=\"" + m.group(1) + "\">").contains("\"key\":\"UNTOP\"");
    }

    @Test
    void theServedPageLinksBackToTheSiteWhileTheExportedFileStandsAlone() throws Exception {
        String served = new String(get("/timeline").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(served).contains("<nav class=\"site\">").contains("href=\"/home\"");
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        org.unkg.export.timeline.TimelineFormat.HTML.writer().write(java.util.List.of(),
                org.unkg.export.timeline.TimelineQuery.parse(java.util.List.of(), java.util.List.of(), null, null, null), file);
        assertThat(file.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("<nav class=\"site\">")
                .doesNotContain("@NAV@");
    }
}
