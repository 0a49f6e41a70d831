package org.unkg.export.timeline;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A body or state on the timeline: its key ({@code skos:notation}), its linked-data URI and its preferred labels by
 * language (the two-letter codes of {@link TimelineQuery#LANGUAGES}; any may be missing).
 */
public record BodyRef(String key, String uri, Map<String, String> labels) {

    public BodyRef {
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** A body with at most an Arabic and an English label (either may be null). */
    public BodyRef(String key, String uri, String labelAr, String labelEn) {
        this(key, uri, twoLabels(labelAr, labelEn));
    }

    private static Map<String, String> twoLabels(String ar, String en) {
        Map<String, String> m = new TreeMap<>();
        if (ar != null) {
            m.put("ar", ar);
        }
        if (en != null) {
            m.put("en", en);
        }
        return m;
    }

    /** The Arabic preferred label, or null. */
    public String labelAr() {
        return labels.get("ar");
    }

    /** The English preferred label, or null. */
    public String labelEn() {
        return labels.get("en");
    }

    /**
     * The label in {@code lang}, else the English one, else the Arabic one (the catalog's two complete languages),
     * else any, else the key.
     */
    public String label(String lang) {
        String l = labels.get(lang);
        if (l == null) {
            l = labels.get("en");
        }
        if (l == null) {
            l = labels.get("ar");
        }
        if (l == null && !labels.isEmpty()) {
            l = labels.values().iterator().next();
        }
        return l != null ? l : key;
    }
}
