package org.unkg.export.timeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats of the timeline export, with their media types and file extensions. */
public enum TimelineFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    JSON("application/json; charset=utf-8", "json"),
    TIMELINEJS("application/json; charset=utf-8", "timelinejs.json"),
    HTML("text/html; charset=utf-8", "html");

    private final String mediaType;
    private final String extension;

    TimelineFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The HTTP Content-Type. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** A new writer for this format. */
    public TimelineWriter writer() {
        return switch (this) {
            case CSV -> new CsvTimelineWriter();
            case JSON -> new JsonTimelineWriter();
            case TIMELINEJS -> new TimelineJsWriter();
            case HTML -> new HtmlTimelineWriter();
        };
    }

    /**
     * The HTML page writer whose inline style and script carry {@code cspNonce}, for a server that sends
     * {@code Content-Security-Policy: script-src 'nonce-...'; style-src 'nonce-...'}.
     */
    public static TimelineWriter htmlWithNonce(String cspNonce) {
        return new HtmlTimelineWriter(cspNonce);
    }

    /** The format named {@code name} (any case); unknown names are an {@link IllegalArgumentException}. */
    public static TimelineFormat of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown timeline format '" + name + "': use "
                    + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
