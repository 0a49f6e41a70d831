package org.unkg.export.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.model.DateValue;

/**
 * The streamed timeline export: rows sorted on disk come back in the order (and with every field) the collected,
 * stably sorted rows had, and each writer writes the bytes that serialising the whole document at once wrote.
 */
class StreamedTimelineTest {
    @TempDir
    static Path dir;
    static Dataset ds;
    static final TimelineQuery ALL_AR = TimelineQuery.all("ar");

    @BeforeAll
    static void store() throws Exception {
        ds = TimelineFixture.build(dir.resolve("db"));
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    private static byte[] write(TimelineWriter writer, Iterable<TimelineRow> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(rows, ALL_AR, out);
        return out.toByteArray();
    }

    @Test
    void rowsSortedOnDiskComeBackInTheStableOrderOfTheCollectedRowsWithEveryField() {
        List<TimelineRow> rows = new ArrayList<>(new TimelineExporter().rows(ds, ALL_AR));
        assertThat(rows).hasSizeGreaterThan(3);
        // ties on the order (same day, type and body) must keep the order rows were added in
        List<TimelineRow> added = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            for (TimelineRow r : rows) {
                added.add(new TimelineRow(r.id() + "#" + copy, r.kind(), r.type(), r.date(), r.endDate(), r.status(),
                        r.body(), r.participants(), r.sources()));
            }
        }
        added.add(new TimelineRow("urn:x", TimelineRow.Kind.PERIOD, TimelineRow.MANDATE, null, DateValue.parse("2010"),
                null, new BodyRef("X", "urn:x", null, null), List.of(), List.of()));
        Collections.shuffle(added, new Random(7));
        List<TimelineRow> expected = new ArrayList<>(added);
        expected.sort(TimelineExporter.ORDER);

        try (SortedRows sorted = new SortedRows(4)) {
            added.forEach(sorted::add);
            assertThat(sorted.runs()).isGreaterThan(3);
            assertThat(sorted).containsExactlyElementsOf(expected);
            assertThat(sorted).as("read a second time").containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyFormatWritesTheSameBytesWhetherTheRowsAreSortedOnDiskOrCollected() throws Exception {
        // a selection of the default exporter holds its rows in memory; one of chunk 1 sorts every row on disk
        try (TimelineExporter.Selection collected = new TimelineExporter().select(ds, ALL_AR)) {
            for (TimelineFormat format : TimelineFormat.values()) {
                ByteArrayOutputStream streamed = new ByteArrayOutputStream();
                new TimelineExporter(1).write(ds, ALL_AR, format, streamed);
                assertThat(streamed.toByteArray()).as(format.name())
                        .isEqualTo(write(format.writer(), collected))
                        .isNotEmpty();
            }
        }
    }

    @Test
    void jsonWrittenRowByRowIsTheIndentedDocumentSerialisedAtOnce() throws Exception {
        List<TimelineRow> rows = new TimelineExporter().rows(ds, ALL_AR);
        ObjectNode root = document(rows, ALL_AR);
        String whole = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);

        assertThat(new String(write(new JsonTimelineWriter(), rows), StandardCharsets.UTF_8)).isEqualTo(whole);
    }

    @Test
    void htmlPageWrittenRowByRowEmbedsTheEscapedDocumentSerialisedAtOnce() throws Exception {
        List<TimelineRow> rows = new ArrayList<>(new TimelineExporter().rows(ds, ALL_AR));
        // a quote that would end the script or a line in JavaScript if it were not escaped
        TimelineRow r = rows.get(0);
        SourceRef s = r.sources().get(0);
        rows.set(0, new TimelineRow(r.id(), r.kind(), r.type(), r.date(), r.endDate(), r.status(), r.body(),
                r.participants(), List.of(new SourceRef(s.letter(), s.stem(), s.symbol(), s.date(), s.file(),
                        s.language(), List.of("</script><!-- \u2028 \u2029 <b>")))));
        ObjectNode data = document(rows, ALL_AR);
        data.set("labels", Labels.all());
        String json = new ObjectMapper().writeValueAsString(data)
                .replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");

        String page = new String(write(new HtmlTimelineWriter(), rows), StandardCharsets.UTF_8);

        assertThat(page).contains("<script type=\"application/json\" id=\"timeline-data\">" + json + "</script>")
                .doesNotContain("</script><!--").doesNotContain("\u2028");
    }

    /** The JSON document as one tree: {"format", "query", "rows"}. */
    private static ObjectNode document(List<TimelineRow> rows, TimelineQuery q) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", "unkg-timeline/1");
        root.set("query", RowJson.query(q));
        ArrayNode a = root.putArray("rows");
        rows.forEach(r -> a.add(RowJson.row(r)));
        return root;
    }
}
