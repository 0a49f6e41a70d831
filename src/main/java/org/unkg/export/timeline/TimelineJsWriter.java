package org.unkg.export.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.unkg.model.DateValue;

/**
 * The TimelineJS3 JSON format: {@code title}, {@code events[]} (slides with {@code start_date}
 * {year, month, day} as numbers and only the parts known, {@code end_date} for periods,
 * {@code text{headline,text}}, {@code group} = the body's label, {@code unique_id}) and {@code eras[]} for
 * mandate periods with a start and an end. Slide text is HTML with the evidence quotes and their letters.
 */
final class TimelineJsWriter implements TimelineWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public void write(Iterable<TimelineRow> rows, TimelineQuery query, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        String lang = query.lang();
        try (JsonGenerator gen = mapper.writer().createGenerator(out)) {
            gen.writeStartObject();
            gen.writeFieldName("title");
            gen.writeTree(title(rows, query));
            gen.writeFieldName("events");
            gen.writeStartArray();
            int n = 0;
            for (TimelineRow r : rows) {
                gen.writeTree(event(r, ++n, lang));
            }
            gen.writeEndArray();
            gen.writeFieldName("eras");
            gen.writeStartArray();
            for (TimelineRow r : rows) {
                if (isEra(r)) {
                    gen.writeTree(era(r, lang));
                }
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /** The TimelineJS3 document, as one tree (the same content {@link #write} streams). */
    ObjectNode timeline(Iterable<TimelineRow> rows, TimelineQuery query) {
        String lang = query.lang();
        ObjectNode root = JSON.objectNode();
        root.set("title", title(rows, query));
        ArrayNode events = root.putArray("events");
        ArrayNode eras = root.putArray("eras");
        int n = 0;
        for (TimelineRow r : rows) {
            events.add(event(r, ++n, lang));
            if (isEra(r)) {
                eras.add(era(r, lang));
            }
        }
        return root;
    }

    private static ObjectNode title(Iterable<TimelineRow> rows, TimelineQuery query) {
        ObjectNode title = JSON.objectNode();
        ObjectNode titleText = title.putObject("text");
        titleText.put("headline", Labels.get(query.lang(), "title"));
        titleText.put("text", Html.escape(summary(rows, query)));
        return title;
    }

    /** The slide of the {@code n}th row. */
    private static ObjectNode event(TimelineRow r, int n, String lang) {
        ObjectNode e = JSON.objectNode();
        DateValue start = r.date() != null ? r.date() : r.endDate();
        e.set("start_date", date(start));
        if (r.date() != null && r.endDate() != null) {
            e.set("end_date", date(r.endDate()));
        }
        ObjectNode text = e.putObject("text");
        text.put("headline", headline(r, lang));
        text.put("text", body(r, lang));
        e.put("group", r.body().label(lang));
        e.put("unique_id", "row-" + n + "-" + r.id().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", ""));
        return e;
    }

    private static boolean isEra(TimelineRow r) {
        return r.kind() == TimelineRow.Kind.PERIOD && r.date() != null && r.endDate() != null;
    }

    private static ObjectNode era(TimelineRow r, String lang) {
        ObjectNode era = JSON.objectNode();
        era.set("start_date", date(r.date()));
        era.set("end_date", date(r.endDate()));
        ObjectNode eraText = era.putObject("text");
        eraText.put("headline", headline(r, lang));
        eraText.put("text", Html.escape(r.body().label(lang)));
        return era;
    }

    /** A TimelineJS date object with only the parts the date states. */
    static ObjectNode date(DateValue d) {
        ObjectNode o = JSON.objectNode();
        String[] parts = d.iso().split("-");
        o.put("year", Integer.parseInt(parts[0]));
        if (parts.length > 1) {
            o.put("month", Integer.parseInt(parts[1]));
        }
        if (parts.length > 2) {
            o.put("day", Integer.parseInt(parts[2]));
        }
        return o;
    }

    private static String headline(TimelineRow r, String lang) {
        return Labels.type(lang, r.type()) + " — " + r.body().label(lang);
    }

    private static String body(TimelineRow r, String lang) {
        StringBuilder sb = new StringBuilder();
        sb.append("<p>").append(Html.escape(Labels.dateRange(r))).append("</p>");
        if (r.status() != null) {
            sb.append("<p>").append(Html.escape(Labels.get(lang, "status"))).append(": ").append(Html.escape(r.status())).append("</p>");
        }
        if (!r.participants().isEmpty()) {
            sb.append("<p>").append(Html.escape(Labels.get(lang, "participants"))).append(": ")
                    .append(Html.escape(r.participants().stream().map(p -> p.label(lang)).collect(Collectors.joining(", "))))
                    .append("</p>");
        }
        for (SourceRef s : r.sources()) {
            sb.append("<p>");
            if (s.symbol() != null) {
                sb.append("<a href=\"https://undocs.org/").append(Html.escape(s.symbol().replace(' ', '_'))).append("\">")
                        .append(Html.escape(s.symbol())).append("</a> ");
            }
            if (s.date() != null) {
                sb.append(Html.escape(s.date())).append(' ');
            }
            if (s.file() != null) {
                sb.append("(").append(Html.escape(s.file())).append(")");
            }
            sb.append("</p>");
            for (String q : s.quotes()) {
                sb.append("<blockquote dir=\"auto\">").append(Html.escape(q)).append("</blockquote>");
            }
        }
        sb.append("<p><small>").append(Html.escape(r.body().uri())).append("</small></p>");
        return sb.toString();
    }

    /** "N rows: KEY, KEY..." with the bodies in the order the rows first name them. */
    private static String summary(Iterable<TimelineRow> rows, TimelineQuery q) {
        long count = 0;
        Set<String> keys = new LinkedHashSet<>();
        for (TimelineRow r : rows) {
            count++;
            keys.add(r.body().key());
        }
        String bodies = String.join(", ", keys);
        return count + " " + Labels.get(q.lang(), "rows").toLowerCase(Locale.ROOT) + (bodies.isEmpty() ? "" : ": " + bodies);
    }
}
