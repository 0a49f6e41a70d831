package org.unkg.export.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unkg.model.DateValue;

/**
 * Derives each office's mandate periods from what the letters state: mandates with a start and an end,
 * events with an end date, and chains of events (an establishment, then an extension to a new end, then a
 * closure) read by the {@link PeriodRoles rules}. Consecutive periods stay separate spans: UNTOP
 * 2000-06-01 to 2001-06-01, then 2001-06-01 to 2006-06-01. A period identical to another (the same office,
 * start and end) is one row with the sources of both.
 */
final class MandatePeriods {
    private final PeriodRoles roles;

    MandatePeriods(PeriodRoles roles) {
        this.roles = roles;
    }

    /**
     * The periods of all offices.
     *
     * @param events  the event rows
     * @param stated  mandate rows read from {@code unkg:Mandate} (start and/or end)
     */
    List<TimelineRow> derive(List<TimelineRow> events, List<TimelineRow> stated) {
        Map<String, List<TimelineRow>> byBody = new LinkedHashMap<>();
        for (TimelineRow r : events) {
            if (roles.of(r.type()) != null) {
                byBody.computeIfAbsent(r.body().uri(), k -> new ArrayList<>()).add(r);
            }
        }
        for (TimelineRow r : stated) {
            byBody.computeIfAbsent(r.body().uri(), k -> new ArrayList<>()).add(r);
        }
        Map<String, TimelineRow> periods = new LinkedHashMap<>();
        for (List<TimelineRow> rows : byBody.values()) {
            rows.sort(Comparator.comparing(MandatePeriods::anchor).thenComparing(TimelineRow::type));
            walk(rows, periods);
        }
        return new ArrayList<>(periods.values());
    }

    /** The day a row acts on the running period: its start, or its end when it only states an end. */
    private static java.time.LocalDate anchor(TimelineRow r) {
        return r.date() != null ? PartialDates.start(r.date()) : PartialDates.start(r.endDate());
    }

    private void walk(List<TimelineRow> rows, Map<String, TimelineRow> periods) {
        DateValue cursor = null;          // start of the open period, or end of the last closed one
        boolean open = false;             // true when cursor is a start with no end yet
        List<SourceRef> cursorSources = List.of();
        for (TimelineRow r : rows) {
            PeriodRoles.Role role = TimelineRow.MANDATE.equals(r.type()) ? mandateRole(r) : roles.of(r.type());
            if (r.date() != null && r.endDate() != null && role != PeriodRoles.Role.END) {
                add(periods, r.body(), r.date(), r.endDate(), r.sources());
                cursor = r.endDate();
                open = false;
                cursorSources = r.sources();
                continue;
            }
            switch (role) {
                case START -> {
                    cursor = r.date();
                    open = true;
                    cursorSources = r.sources();
                }
                case RENEW -> {
                    DateValue end = r.date() != null ? r.date() : r.endDate();
                    if (cursor != null && PartialDates.start(cursor).isBefore(PartialDates.start(end))) {
                        add(periods, r.body(), cursor, end, concat(cursorSources, r.sources()));
                    }
                    cursor = end;
                    open = false;
                    cursorSources = r.sources();
                }
                case END -> {
                    DateValue end = r.date() != null ? r.date() : r.endDate();
                    if (open && cursor != null && PartialDates.start(cursor).isBefore(PartialDates.start(end))) {
                        add(periods, r.body(), cursor, end, concat(cursorSources, r.sources()));
                    }
                    cursor = null;
                    open = false;
                    cursorSources = List.of();
                }
            }
        }
    }

    /** A stated mandate with only a start opens a period; with only an end it renews to that end. */
    private static PeriodRoles.Role mandateRole(TimelineRow r) {
        return r.date() != null ? PeriodRoles.Role.START : PeriodRoles.Role.RENEW;
    }

    private static List<SourceRef> concat(List<SourceRef> a, List<SourceRef> b) {
        List<SourceRef> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void add(Map<String, TimelineRow> periods, BodyRef body, DateValue from, DateValue to,
                            List<SourceRef> sources) {
        String id = body.uri() + "#mandate-" + from.iso() + "--" + to.iso();
        TimelineRow known = periods.get(id);
        List<SourceRef> merged = known == null ? sources : Sources.merge(known.sources(), sources);
        periods.put(id, new TimelineRow(id, TimelineRow.Kind.PERIOD, TimelineRow.MANDATE, from, to, null, body,
                List.of(), Sources.merge(merged, List.of())));
    }
}
