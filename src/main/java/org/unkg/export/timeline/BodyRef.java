package org.unkg.export.timeline;

/**
 * A body or state on the timeline: its key ({@code skos:notation}), its linked-data URI and its Arabic and
 * English preferred labels (either may be null).
 */
public record BodyRef(String key, String uri, String labelAr, String labelEn) {

    /** The label in {@code lang}, else the other language's, else the key. */
    public String label(String lang) {
        String first = "ar".equals(lang) ? labelAr : labelEn;
        String second = "ar".equals(lang) ? labelEn : labelAr;
        return first != null ? first : second != null ? second : key;
    }
}
