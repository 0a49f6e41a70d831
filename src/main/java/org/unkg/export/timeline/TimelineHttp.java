package org.unkg.export.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The timeline's HTTP routes, independent of the server technology: {@code /timeline} (the HTML page),
 * {@code /timeline.csv}, {@code /timeline.json} and {@code /timeline.timelinejs.json}, with the filters as
 * query parameters {@code entity} (repeatable or comma-separated), {@code type}, {@code from}, {@code to},
 * {@code lang} and {@code subject} (a UNBIS Thesaurus label, notation or IRI; repeatable; narrower concepts included).
 */
public final class TimelineHttp {
    /** The paths the server maps, page first. */
    public static final List<String> PATHS = List.of("/timeline", "/timeline.csv", "/timeline.json", "/timeline.timelinejs.json");

    private TimelineHttp() {}

    /** The format a path asks for, or empty when it is not a timeline path. */
    public static Optional<TimelineFormat> formatOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return switch (p) {
            case "/timeline", "/timeline.html" -> Optional.of(TimelineFormat.HTML);
            case "/timeline.csv" -> Optional.of(TimelineFormat.CSV);
            case "/timeline.json" -> Optional.of(TimelineFormat.JSON);
            case "/timeline.timelinejs.json" -> Optional.of(TimelineFormat.TIMELINEJS);
            default -> Optional.empty();
        };
    }

    /**
     * The query of a request's parameters (as a servlet's {@code getParameterMap()} gives them).
     *
     * @throws IllegalArgumentException for a malformed date or language (the message is for the user)
     */
    public static TimelineQuery query(Map<String, String[]> params) {
        return TimelineQuery.parse(all(params, "entity"), all(params, "type"), first(params, "from"),
                first(params, "to"), first(params, "lang")).withSubjects(all(params, "subject"));
    }

    /** A file name for downloads, e.g. {@code timeline.csv}. */
    public static String fileName(TimelineFormat format) {
        return "timeline." + format.extension();
    }

    private static List<String> all(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null ? List.of() : Arrays.asList(v);
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }
}
