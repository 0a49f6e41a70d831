package org.unkg.export.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.graph.SubjectScope;

/**
 * The timeline of the built graph for analysts: events (one row per event, whatever the number of letters
 * stating it) and each office's mandate periods, filtered by a {@link TimelineQuery} and ordered by date
 * (a partial date by its first day), then type. Used by {@code unkg export timeline} and the server.
 *
 * <pre>{@code
 * TimelineExporter timeline = new TimelineExporter();
 * List<TimelineRow> rows = timeline.rows(dataset, TimelineQuery.parse(List.of("UNTOP"), List.of(), "2005", null, "en"));
 * TimelineFormat.CSV.writer().write(rows, query, out);
 * }</pre>
 */
public final class TimelineExporter {
    private static final Logger LOG = LoggerFactory.getLogger(TimelineExporter.class);
    /** Orders rows by first day, type, body key, then last day. */
    public static final Comparator<TimelineRow> ORDER = Comparator.comparing(TimelineRow::startDay)
            .thenComparing(TimelineRow::type)
            .thenComparing(r -> r.body().key())
            .thenComparing(TimelineRow::endDay);

    private final PeriodRoles roles = PeriodRoles.load();

    /**
     * The rows matching {@code query}. Runs in its own read transaction.
     *
     * @throws IllegalArgumentException for an unknown entity key, type or subject, listing close matches
     */
    public List<TimelineRow> rows(Dataset ds, TimelineQuery query) {
        return Txn.calculateRead(ds, () -> collect(ds, query));
    }

    /** Reads the rows for {@code query} and writes them in {@code format}. */
    public void write(Dataset ds, TimelineQuery query, TimelineFormat format, OutputStream out) throws IOException {
        List<TimelineRow> rows = rows(ds, query);
        format.writer().write(rows, query, out);
    }

    private List<TimelineRow> collect(Dataset ds, TimelineQuery query) {
        TimelineGraph graph = new TimelineGraph(ds);
        List<TimelineRow> events = graph.events();
        List<TimelineRow> stated = graph.statedMandates();
        List<TimelineRow> all = new ArrayList<>(events);
        all.addAll(new MandatePeriods(roles).derive(events, stated));

        Set<String> entities = new HashSet<>(FilterValues.entities(query.entities(), graph.bodies().values()));
        Set<String> knownTypes = new TreeSet<>(graph.ontologyTypes());
        if (!knownTypes.isEmpty()) {
            events.forEach(r -> knownTypes.add(r.type()));
            knownTypes.add(TimelineRow.MANDATE);
        }
        Set<String> types = new HashSet<>(FilterValues.types(query.types(), knownTypes));
        Set<String> aboutSubjects = null;
        for (String subject : query.subjects()) {
            if (aboutSubjects == null) {
                aboutSubjects = new HashSet<>();
            }
            aboutSubjects.addAll(SubjectScope.resolve(ds, subject).letterIris(ds));
        }
        Set<String> letters = aboutSubjects;

        List<TimelineRow> out = all.stream()
                .filter(r -> entities.isEmpty() || entities.contains(r.body().key())
                        || r.participants().stream().anyMatch(p -> entities.contains(p.key())))
                .filter(r -> types.isEmpty() || types.contains(r.type()))
                .filter(r -> letters == null || r.sources().stream().anyMatch(src -> letters.contains(src.letter())))
                .filter(r -> query.from() == null || !r.endDay().isBefore(PartialDates.start(query.from())))
                .filter(r -> query.to() == null || !r.startDay().isAfter(PartialDates.end(query.to())))
                .sorted(ORDER)
                .toList();
        LOG.debug("timeline: {} events, {} rows after filters", events.size(), out.size());
        return out;
    }
}
