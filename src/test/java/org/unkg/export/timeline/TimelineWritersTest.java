package org.unkg.export.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.model.DateValue;

class TimelineWritersTest {
    @TempDir
    static Path dir;
    static Dataset ds;
    static List<TimelineRow> rows;
    static final TimelineQuery ALL_AR = TimelineQuery.all("ar");

    @BeforeAll
    static void store() throws Exception {
        ds = TimelineFixture.build(dir.resolve("db"));
        rows = new TimelineExporter().rows(ds, ALL_AR);
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    private static byte[] write(TimelineFormat format, List<TimelineRow> rows, TimelineQuery q) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(rows, q, out);
        return out.toByteArray();
    }

    @Test
    void csvStartsWithAByteOrderMarkAndEndsLinesWithCrLf() throws Exception {
        byte[] csv = write(TimelineFormat.CSV, rows, ALL_AR);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith(String.join(",", CsvTimelineWriter.COLUMNS) + "\r\n");
        assertThat(text.split("\r\n")).hasSize(rows.size() + 1);
    }

    @Test
    void csvQuotesCommasAndDoubledQuotesPerRfc4180AndReadsBackWithArabicIntact() throws Exception {
        String text = new String(write(TimelineFormat.CSV, rows, ALL_AR), StandardCharsets.UTF_8).substring(1);
        // the task quote of the UNOCA mandate holds a comma and double quotes; the period quote an Arabic comma
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            List<String[]> lines = it.readAll();
            String[] header = lines.get(0);
            int labelAr = List.of(header).indexOf("body_label_ar");
            int evidence = List.of(header).indexOf("evidence");
            int files = List.of(header).indexOf("letter_files");
            int type = List.of(header).indexOf("type");
            String[] unoca = lines.stream().filter(l -> l[type].equals("establishment") && l[labelAr].contains("وسط أفريقيا"))
                    .findFirst().orElseThrow();
            assertThat(unoca[labelAr]).isEqualTo("مكتب الأمم المتحدة الإقليمي لوسط أفريقيا");
            assertThat(unoca[files]).isEqualTo("ltr_unoca_ar.txt; ltr_unoca_en.txt");
            assertThat(unoca[evidence]).isEqualTo("سيبدأ عمله في ليبرفيل اعتبارا من 1 كانون الثاني/يناير 2011 | "
                    + "will start its operations in Libreville as from 1 January 2011");
        }
        TimelineRow tricky = new TimelineRow("x", TimelineRow.Kind.EVENT, "report", DateValue.parse("2012"), null, null,
                new BodyRef("UNOWA", "u", null, "Office, \"West\""), List.of(), List.of(
                new SourceRef("l", "s", null, null, "f.txt", "en", List.of("a \"quoted\", word"))));
        String line = new String(write(TimelineFormat.CSV, List.of(tricky), TimelineQuery.all("en")), StandardCharsets.UTF_8)
                .split("\r\n")[1];
        assertThat(line).contains(",\"Office, \"\"West\"\"\",").endsWith(",\"a \"\"quoted\"\", word\"");
    }

    @Test
    void jsonHoldsTheDocumentedFieldsForEachRow() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(TimelineFormat.JSON, rows, ALL_AR));

        assertThat(root.get("format").asText()).isEqualTo("unkg-timeline/1");
        assertThat(root.get("query").get("lang").asText()).isEqualTo("ar");
        JsonNode closure = null;
        for (JsonNode r : root.get("rows")) {
            assertThat(r.fieldNames()).toIterable().contains("id", "kind", "type", "date", "date_precision", "end_date",
                    "end_date_precision", "status", "body", "participants", "sources");
            assertThat(r.get("body").fieldNames()).toIterable().containsExactly("key", "uri", "label_ar", "label_en", "labels");
            assertThat(r.get("body").get("labels").get("en").asText()).isEqualTo(r.get("body").get("label_en").asText());
            if (r.get("type").asText().equals("closure")) {
                closure = r;
            }
        }
        assertThat(closure).isNotNull();
        assertThat(closure.get("date").asText()).isEqualTo("2007-05");
        assertThat(closure.get("date_precision").asText()).isEqualTo("month");
        assertThat(closure.get("status").asText()).isEqualTo("announced");
        JsonNode source = closure.get("sources").get(0);
        assertThat(source.get("symbol").asText()).isEqualTo("S/2007/999");
        assertThat(source.get("date").asText()).isEqualTo("2007-05-07");
        assertThat(source.get("file").asText()).isEqualTo("ltr_untop.txt");
        assertThat(source.get("quotes").get(0).asText()).isEqualTo("will close in May 2007");
    }

    @Test
    void timelineJsFollowsTheTimelineJs3FieldRules() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(TimelineFormat.TIMELINEJS, rows, ALL_AR));

        assertThat(TimelineJsRules.violations(root)).isEmpty();
        assertThat(root.get("events")).hasSize(rows.size());
        assertThat(root.get("eras")).hasSize(4);
    }

    @Test
    void timelineJsGivesOnlyTheDatePartsTheLetterStatesAndGroupsByBodyLabel() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(TimelineFormat.TIMELINEJS, rows, ALL_AR));

        JsonNode closure = null;
        for (JsonNode e : root.get("events")) {
            if (e.get("text").get("headline").asText().startsWith("إغلاق")) {
                closure = e;
            }
        }
        assertThat(closure).isNotNull();
        assertThat(closure.get("start_date").get("year").asInt()).isEqualTo(2007);
        assertThat(closure.get("start_date").get("month").asInt()).isEqualTo(5);
        assertThat(closure.get("start_date").has("day")).isFalse();
        assertThat(closure.get("group").asText()).isEqualTo("مكتب الأمم المتحدة لبناء السلام في طاجيكستان");
        assertThat(closure.get("text").get("text").asText()).contains("<blockquote dir=\"auto\">will close in May 2007</blockquote>")
                .contains("S/2007/999");
        JsonNode era = root.get("eras").get(0);
        assertThat(era.get("start_date").get("year").asInt()).isEqualTo(2000);
        assertThat(era.get("end_date").get("year").asInt()).isEqualTo(2001);
    }

    @Test
    void timelineJsRulesCatchAMissingYearAndAnEraWithoutEnd() throws Exception {
        JsonNode bad = new ObjectMapper().readTree("""
                {"events":[{"start_date":{"month":5},"text":{"headline":"x"}},
                           {"start_date":{"year":"2007","month":13},"text":{"headline":1}}],
                 "eras":[{"start_date":{"year":2000},"text":{"headline":"e"}}]}""");

        assertThat(TimelineJsRules.violations(bad)).hasSize(4);
    }

    @Test
    void htmlIsOneSelfContainedPageWithTheDataInline() throws Exception {
        String html = new String(write(TimelineFormat.HTML, rows, ALL_AR), StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg id=\"chart\"").contains("\"key\":\"UNTOP\"")
                .contains("مكتب الأمم المتحدة لبناء السلام في طاجيكستان");
        assertThat(html).doesNotContain("<script src").doesNotContain("<link").doesNotContain("@import")
                .doesNotContainPattern("url\\(\\s*['\"]?(?!#)").doesNotContainPattern("(src|href)=\"(https?:)?//")
                .doesNotContain("/*@DATA@*/").doesNotContain("/*@JS@*/").doesNotContain("/*@CSS@*/");
        assertThat(html.split("<script").length - 1).isEqualTo(2);
    }

    @Test
    void htmlCarriesACspNonceOnItsInlineStyleAndScriptWhenAsked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineFormat.htmlWithNonce("abc123").write(rows, ALL_AR, out);
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).contains("<style nonce=\"abc123\">").contains("<script nonce=\"abc123\">")
                .contains("<script type=\"application/json\" id=\"timeline-data\">");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimelineFormat.htmlWithNonce("a\"b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void htmlKeepsAQuoteThatLooksLikeMarkupInsideTheDataScript() throws Exception {
        TimelineRow evil = new TimelineRow("x", TimelineRow.Kind.EVENT, "report", DateValue.parse("2012"), null, null,
                new BodyRef("UNOWA", "u", null, "West Africa"), List.of(), List.of(
                new SourceRef("l", "s", null, null, "f.txt", "en", List.of("</script><script>alert(1)</script>"))));
        String html = new String(write(TimelineFormat.HTML, List.of(evil), TimelineQuery.all("en")), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("</script><script>alert").contains("\\u003c/script>\\u003cscript>alert(1)");
    }
}
