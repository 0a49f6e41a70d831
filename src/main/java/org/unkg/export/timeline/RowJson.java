package org.unkg.export.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import org.unkg.model.DateValue;

/** The JSON form of rows, bodies and sources shared by the JSON export and the HTML page (see docs/timeline.md). */
final class RowJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RowJson() {}

    static ObjectNode query(TimelineQuery q) {
        ObjectNode o = JSON.objectNode();
        ArrayNode e = o.putArray("entities");
        q.entities().forEach(e::add);
        ArrayNode t = o.putArray("types");
        q.types().forEach(t::add);
        o.put("from", q.from() == null ? null : q.from().iso());
        o.put("to", q.to() == null ? null : q.to().iso());
        o.put("lang", q.lang());
        ArrayNode subjects = o.putArray("subjects");
        q.subjects().forEach(subjects::add);
        return o;
    }

    /**
     * Writes {@code {"format", "query", "undated_left_out", "rows": [...]}} (and {@code "labels"} when given) to
     * {@code gen}, one row at a time: the bytes of serialising that document as one tree with the generator's settings.
     * {@code undated_left_out} is written when {@code rows} is a {@link TimelineExporter.Selection}, which counts them.
     */
    static void document(JsonGenerator gen, TimelineQuery query, Iterable<TimelineRow> rows, JsonNode labels) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("format", "unkg-timeline/1");
        gen.writeFieldName("query");
        gen.writeTree(query(query));
        Long undated = TimelineExporter.Selection.undatedLeftOutOf(rows);
        if (undated != null) {
            gen.writeNumberField("undated_left_out", undated);
        }
        gen.writeFieldName("rows");
        gen.writeStartArray();
        for (TimelineRow r : rows) {
            gen.writeTree(row(r));
        }
        gen.writeEndArray();
        if (labels != null) {
            gen.writeFieldName("labels");
            gen.writeTree(labels);
        }
        gen.writeEndObject();
    }

    static ObjectNode row(TimelineRow r) {
        ObjectNode o = JSON.objectNode();
        o.put("id", r.id());
        o.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        o.put("type", r.type());
        date(o, "date", r.date());
        date(o, "end_date", r.endDate());
        o.put("status", r.status());
        o.set("body", body(r.body()));
        ArrayNode p = o.putArray("participants");
        r.participants().forEach(b -> p.add(body(b)));
        ArrayNode s = o.putArray("sources");
        for (SourceRef src : r.sources()) {
            ObjectNode so = s.addObject();
            so.put("letter", src.letter());
            so.put("stem", src.stem());
            so.put("symbol", src.symbol());
            so.put("date", src.date());
            so.put("file", src.file());
            so.put("language", src.language());
            ArrayNode quotes = so.putArray("quotes");
            src.quotes().forEach(quotes::add);
        }
        return o;
    }

    private static void date(ObjectNode o, String field, DateValue d) {
        o.put(field, d == null ? null : d.iso());
        o.put(field + "_precision", d == null ? null : d.precision().name().toLowerCase(Locale.ROOT));
    }

    static ObjectNode body(BodyRef b) {
        ObjectNode o = JSON.objectNode();
        o.put("key", b.key());
        o.put("uri", b.uri());
        o.put("label_ar", b.labelAr());
        o.put("label_en", b.labelEn());
        ObjectNode labels = o.putObject("labels");
        b.labels().forEach(labels::put);
        return o;
    }
}
