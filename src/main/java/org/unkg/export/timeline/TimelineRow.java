package org.unkg.export.timeline;

import java.time.LocalDate;
import java.util.List;
import org.unkg.model.DateValue;

/**
 * One row of the timeline: an event (stated in one or more letters, one row all the same) or a mandate
 * period of an office.
 *
 * @param id           the event's or mandate's URI; for periods derived from events, a fragment URI
 * @param kind         {@link Kind#EVENT} or {@link Kind#PERIOD}
 * @param type         the event type ({@code establishment}, ...) or {@code mandate} for periods
 * @param date         when it takes effect or the period starts, at the precision stated; null for a
 *                     period whose start no letter gives
 * @param endDate      the end of a period, or null
 * @param status       {@code proposed}, {@code decided}, {@code announced}, {@code noted}, {@code requested}, {@code welcomed}, {@code agreed}, several joined by
 *                     {@code ", "} when letters differ, or null
 * @param body         the body or state it concerns
 * @param participants other bodies or states involved
 * @param sources      the letters it comes from, in order of letter date
 */
public record TimelineRow(String id, Kind kind, String type, DateValue date, DateValue endDate, String status,
                          BodyRef body, List<BodyRef> participants, List<SourceRef> sources) {

    /** An event or a period. */
    public enum Kind { EVENT, PERIOD }

    /** The type of mandate period rows. */
    public static final String MANDATE = "mandate";

    public TimelineRow {
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
    }

    /** The first day the row covers (its date's start, or for an open-started period its end's start). */
    public LocalDate startDay() {
        return date != null ? PartialDates.start(date) : PartialDates.start(endDate);
    }

    /** The last day the row covers. */
    public LocalDate endDay() {
        return endDate != null ? PartialDates.end(endDate) : PartialDates.end(date);
    }

    /** All evidence quotes, source by source. */
    public List<String> quotes() {
        return sources.stream().flatMap(s -> s.quotes().stream()).toList();
    }
}
