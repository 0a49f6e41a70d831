package org.unkg.export.timeline;

import java.util.List;
import java.util.Locale;
import org.unkg.model.DateValue;

/**
 * What an analyst asks of the timeline: which bodies (keys; a row matches when the body it concerns or one
 * of its participants is among them), which types, from and to which (possibly partial) dates, and the
 * language of the labels. Empty lists and null dates mean "no filter". Filters combine.
 *
 * @param entities body or state keys ({@code skos:notation}), matched case-insensitively
 * @param types    event types ({@code establishment}, ...) or {@code mandate} for mandate periods
 * @param from     rows ending before the start of this date are left out
 * @param to       rows starting after the end of this date are left out
 * @param lang     one of {@link #LANGUAGES}: the language of headlines and lane labels (a body without a label in it
 *                 shows its English one, else its Arabic one)
 * @param subjects UNBIS Thesaurus subjects (label, notation or IRI): a row matches when one of its letters is about
 *                 one of them or a concept under it ({@link org.unkg.graph.SubjectScope})
 */
public record TimelineQuery(List<String> entities, List<String> types, DateValue from, DateValue to, String lang,
                            List<String> subjects) {
    /** The languages labels can be shown in: the six official languages of the United Nations. */
    public static final List<String> LANGUAGES = List.of("ar", "en", "fr", "es", "ru", "zh");

    public TimelineQuery {
        subjects = subjects == null ? List.of() : subjects.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        entities = entities == null ? List.of() : entities.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        types = types == null ? List.of() : types.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        lang = lang == null || lang.isBlank() ? "en" : lang.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("unknown language '" + lang + "': use one of " + String.join(", ", LANGUAGES));
        }
        if (from != null && to != null && PartialDates.start(from).isAfter(PartialDates.end(to))) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    /** A query without a subject filter. */
    public TimelineQuery(List<String> entities, List<String> types, DateValue from, DateValue to, String lang) {
        this(entities, types, from, to, lang, List.of());
    }

    /** Everything, labels in {@code lang}. */
    public static TimelineQuery all(String lang) {
        return new TimelineQuery(List.of(), List.of(), null, null, lang);
    }

    /**
     * A query from user input (command-line options or URL parameters): dates may be {@code 2005},
     * {@code 2005-02} or {@code 2005-02-10}; a malformed one is an {@link IllegalArgumentException} that
     * says what is expected.
     */
    public static TimelineQuery parse(List<String> entities, List<String> types, String from, String to, String lang) {
        return new TimelineQuery(splitAll(entities), splitAll(types), PartialDates.parseFilter("from", from),
                PartialDates.parseFilter("to", to), lang);
    }

    /** Values may also be given comma-separated ({@code --entity UNTOP,UNRCCA}, {@code ?entity=UNTOP,UNRCCA}). */
    private static List<String> splitAll(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null).flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** The same query with its entity keys replaced (by their canonical spelling). */
    public TimelineQuery withEntities(List<String> keys) {
        return new TimelineQuery(keys, types, from, to, lang, subjects);
    }

    /**
     * The same query filtered by subjects as well. A subject is one value (labels hold commas and spaces), so
     * subjects are never split at commas.
     */
    public TimelineQuery withSubjects(List<String> named) {
        return new TimelineQuery(entities, types, from, to, lang, named);
    }
}
