package org.unkg.export.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
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
 * timeline.write(dataset, query, TimelineFormat.JSON, out);   // streamed: bounded memory whatever the corpus
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
    private final int chunk;

    /** An exporter that holds up to {@link SortedRows#CHUNK} rows in memory while it sorts. */
    public TimelineExporter() {
        this(SortedRows.CHUNK);
    }

    /** An exporter that holds up to {@code chunk} rows in memory while it sorts (tests make it small to sort on disk). */
    TimelineExporter(int chunk) {
        this.chunk = chunk;
    }

    /**
     * The rows matching {@code query}, collected (for callers that want a list, such as tests; {@link #write} and the
     * server stream them). Runs in its
     * own read transaction.
     *
     * @throws IllegalArgumentException for an unknown entity key, type or subject, listing close matches
     */
    public List<TimelineRow> rows(Dataset ds, TimelineQuery query) {
        try (Selection selection = select(ds, query)) {
            List<TimelineRow> out = new ArrayList<>();
            selection.forEach(out::add);
            return out;
        }
    }

    /**
     * Reads the rows for {@code query} and writes them in {@code format}, with bounded memory: each event's row is
     * made as its query results arrive and goes to a sort that keeps a few thousand rows in memory and the rest in
     * temporary files; the writer reads them back in order, one at a time.
     */
    public void write(Dataset ds, TimelineQuery query, TimelineFormat format, OutputStream out) throws IOException {
        write(ds, query, format.writer(), out);
    }

    /** As {@link #write(Dataset, TimelineQuery, TimelineFormat, OutputStream)}, with a given writer. */
    public void write(Dataset ds, TimelineQuery query, TimelineWriter writer, OutputStream out) throws IOException {
        try (Selection selection = select(ds, query)) {
            writer.write(selection, query, out);
        }
    }

    /**
     * The rows matching a query, in order, readable any number of times (each reading merges the sorted rows again);
     * closing it deletes its temporary files.
     */
    public static final class Selection implements Iterable<TimelineRow>, AutoCloseable {
        private final SortedRows sorted;
        private final Predicate<TimelineRow> filter;
        private final long undatedLeftOut;

        Selection(SortedRows sorted, Predicate<TimelineRow> filter, long undatedLeftOut) {
            this.sorted = sorted;
            this.filter = filter;
            this.undatedLeftOut = undatedLeftOut;
        }

        /**
         * How many undated events the query's body, type and subject filters would keep: they have no place on a time
         * axis, so no row shows them (its date filters cannot apply to them).
         */
        public long undatedLeftOut() {
            return undatedLeftOut;
        }

        /** The undated events left out of {@code rows} when they are a selection, else null (not known). */
        static Long undatedLeftOutOf(Iterable<TimelineRow> rows) {
            return rows instanceof Selection s ? s.undatedLeftOut : null;
        }

        @Override
        public Iterator<TimelineRow> iterator() {
            Iterator<TimelineRow> all = sorted.iterator();
            return new Iterator<>() {
                private TimelineRow next = advance();

                private TimelineRow advance() {
                    while (all.hasNext()) {
                        TimelineRow r = all.next();
                        if (filter.test(r)) {
                            return r;
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public TimelineRow next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    TimelineRow r = next;
                    next = advance();
                    return r;
                }
            };
        }

        @Override
        public void close() {
            sorted.close();
        }
    }

    /**
     * The rows matching {@code query}, read and sorted but not yet written: a bad filter fails here, before anything
     * is written. Close the selection when done.
     *
     * @throws IllegalArgumentException for an unknown entity key, type or subject, listing close matches
     */
    public Selection select(Dataset ds, TimelineQuery query) {
        return read(ds, query);
    }

    /**
     * Reads every row into a {@link SortedRows} (events as their results arrive; the mandate periods, derived from the
     * events of the period types and the stated mandates, after them) and the filters of {@code query}, which need
     * the bodies and types the rows named. Equal rows keep the order events, then periods, as the stable sort of the
     * collected rows did.
     */
    private Selection read(Dataset ds, TimelineQuery query) {
        SortedRows sorted = new SortedRows(chunk);
        try {
            long[] undated = {0};
            Predicate<TimelineRow> filter = Txn.calculateRead(ds, () -> {
                TimelineGraph graph = new TimelineGraph(ds);
                List<TimelineRow> periodEvents = new ArrayList<>();
                Set<String> eventTypes = new HashSet<>();
                long[] events = {0};
                graph.events(r -> {
                    sorted.add(r);
                    events[0]++;
                    eventTypes.add(r.type());
                    if (roles.of(r.type()) != null) {
                        periodEvents.add(r);
                    }
                });
                List<TimelineRow> stated = graph.statedMandates();
                new MandatePeriods(roles).derive(periodEvents, stated).forEach(sorted::add);
                LOG.debug("timeline: {} events, {} rows ({} sorted runs on disk)", events[0], sorted.size(), sorted.runs());
                Predicate<TimelineRow> what = filter(ds, query, graph, eventTypes);
                undated[0] = graph.undated().stream().filter(what).count();
                return what.and(when(query));
            });
            return new Selection(sorted, filter, undated[0]);
        } catch (RuntimeException e) {
            sorted.close();
            throw e;
        }
    }

    /** The rows the query's body, type and subject filters keep. */
    private static Predicate<TimelineRow> filter(Dataset ds, TimelineQuery query, TimelineGraph graph, Set<String> eventTypes) {
        Set<String> entities = new HashSet<>(FilterValues.entities(query.entities(), graph.bodies().values()));
        Set<String> knownTypes = new TreeSet<>(graph.ontologyTypes());
        if (!knownTypes.isEmpty()) {
            knownTypes.addAll(eventTypes);
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
        return r -> (entities.isEmpty() || entities.contains(r.body().key())
                        || r.participants().stream().anyMatch(p -> entities.contains(p.key())))
                && (types.isEmpty() || types.contains(r.type()))
                && (letters == null || r.sources().stream().anyMatch(src -> letters.contains(src.letter())));
    }

    /** The rows the query's dates keep (a row overlapping [start of from, end of to]). */
    private static Predicate<TimelineRow> when(TimelineQuery query) {
        return r -> (query.from() == null || !r.endDay().isBefore(PartialDates.start(query.from())))
                && (query.to() == null || !r.startDay().isAfter(PartialDates.end(query.to())));
    }
}
