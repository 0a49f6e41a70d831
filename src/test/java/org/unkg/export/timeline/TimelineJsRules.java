package org.unkg.export.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The TimelineJS3 JSON field rules the export must keep (https://timeline.knightlab.com/docs/json-format.html):
 * {@code events} is an array of slides, each with a {@code start_date} whose {@code year} is a number (or
 * a numeric string) and whose optional {@code month} (1–12) and {@code day} (1–31, only with a month) are
 * numbers; {@code end_date} the same and not before the start; {@code text} an object whose
 * {@code headline} and {@code text} are strings; {@code group} and {@code unique_id} strings, unique ids
 * unique; {@code eras} each with both {@code start_date} and {@code end_date}.
 */
public final class TimelineJsRules {
    private TimelineJsRules() {}

    public static List<String> violations(JsonNode root) {
        List<String> v = new ArrayList<>();
        if (!root.path("events").isArray()) {
            v.add("events is not an array");
            return v;
        }
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode e : root.get("events")) {
            String at = "events[" + i++ + "]";
            LocalDate start = date(e.get("start_date"), at + ".start_date", true, v);
            LocalDate end = date(e.get("end_date"), at + ".end_date", false, v);
            if (start != null && end != null && end.isBefore(start)) {
                v.add(at + ": end_date before start_date");
            }
            text(e.get("text"), at, v);
            optionalString(e, "group", at, v);
            optionalString(e, "unique_id", at, v);
            if (e.has("unique_id") && !ids.add(e.get("unique_id").asText())) {
                v.add(at + ": unique_id repeated");
            }
        }
        if (root.has("eras")) {
            int j = 0;
            for (JsonNode era : root.get("eras")) {
                String at = "eras[" + j++ + "]";
                date(era.get("start_date"), at + ".start_date", true, v);
                date(era.get("end_date"), at + ".end_date", true, v);
                if (era.has("text")) {
                    text(era.get("text"), at, v);
                }
            }
        }
        if (root.has("title")) {
            text(root.get("title").get("text"), "title", v);
        }
        return v;
    }

    private static void optionalString(JsonNode o, String field, String at, List<String> v) {
        if (o.has(field) && !o.get(field).isTextual()) {
            v.add(at + "." + field + " is not a string");
        }
    }

    private static void text(JsonNode t, String at, List<String> v) {
        if (t == null || !t.isObject()) {
            v.add(at + ".text is not an object");
            return;
        }
        if (t.has("headline") && !t.get("headline").isTextual()) {
            v.add(at + ".text.headline is not a string");
        }
        if (t.has("text") && !t.get("text").isTextual()) {
            v.add(at + ".text.text is not a string");
        }
        if (!t.has("headline") && !t.has("text")) {
            v.add(at + ".text has neither headline nor text");
        }
    }

    private static LocalDate date(JsonNode d, String at, boolean required, List<String> v) {
        if (d == null) {
            if (required) {
                v.add(at + " missing");
            }
            return null;
        }
        Integer year = number(d.get("year"));
        if (year == null) {
            v.add(at + ".year missing or not a number");
            return null;
        }
        Integer month = d.has("month") ? number(d.get("month")) : null;
        if (d.has("month") && (month == null || month < 1 || month > 12)) {
            v.add(at + ".month not a number 1-12");
            return null;
        }
        Integer day = d.has("day") ? number(d.get("day")) : null;
        if (d.has("day") && (day == null || month == null || day < 1 || day > 31)) {
            v.add(at + ".day not a number 1-31 with a month");
            return null;
        }
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : Math.min(day, 28));
    }

    private static Integer number(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isInt()) {
            return n.asInt();
        }
        if (n.isTextual() && n.asText().matches("-?\\d+")) {
            return Integer.parseInt(n.asText());
        }
        return null;
    }
}
