package org.unkg.export.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The timeline's interface words in Arabic and English, read from {@code labels.json} beside this class. */
final class Labels {
    private static final JsonNode LABELS = load();

    private Labels() {}

    private static JsonNode load() {
        try (InputStream in = Labels.class.getResourceAsStream("labels.json")) {
            if (in == null) {
                throw new IllegalStateException("labels.json missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All labels, for the HTML page. */
    static JsonNode all() {
        return LABELS;
    }

    /** The word for {@code key} in {@code lang}, else in English, else the key. */
    static String get(String lang, String key) {
        JsonNode n = LABELS.path(lang).path(key);
        if (n.isMissingNode()) {
            n = LABELS.path("en").path(key);
        }
        return n.isTextual() ? n.asText() : key;
    }

    /** The name of event type {@code type} in {@code lang}; unknown types show as their key. */
    static String type(String lang, String type) {
        JsonNode n = LABELS.path(lang).path("type").path(type);
        return n.isTextual() ? n.asText() : type;
    }

    /** {@code 2000-06-01} or {@code 2000-06-01 – 2001-06-01}. */
    static String dateRange(TimelineRow r) {
        if (r.date() != null && r.endDate() != null) {
            return r.date().iso() + " – " + r.endDate().iso();
        }
        return r.date() != null ? r.date().iso() : "… – " + r.endDate().iso();
    }
}
