package org.unkg.export.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.expr.NodeValue;
import org.unkg.export.QueryLibrary;
import org.unkg.graph.Vocab;
import org.unkg.model.DateValue;

/**
 * Reads the timeline's raw material from a dataset with the SPARQL queries of {@code queries/timeline/}:
 * the known bodies with their labels, the events folded into one row per event (all its letters and
 * quotes), the stated mandate periods, and the event types the ontology defines. Call inside a read
 * transaction.
 */
final class TimelineGraph {
    private final Dataset ds;
    private final Map<String, BodyRef> bodies = new LinkedHashMap<>();

    TimelineGraph(Dataset ds) {
        this.ds = ds;
        loadBodies();
    }

    /** Known bodies and states by URI. */
    Map<String, BodyRef> bodies() {
        return bodies;
    }

    private void loadBodies() {
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        run("timeline/bodies.rq", row -> {
            String uri = node(row, "body");
            keys.putIfAbsent(uri, str(row, "key"));
            Map<String, String> byLanguage = labels.computeIfAbsent(uri, k -> new LinkedHashMap<>());
            RDFNode label = row.get("label");
            if (label != null && label.isLiteral()) {
                String lang = label.asLiteral().getLanguage().toLowerCase(java.util.Locale.ROOT);
                int dash = lang.indexOf('-');
                byLanguage.putIfAbsent(dash < 0 ? lang : lang.substring(0, dash), label.asLiteral().getLexicalForm());
            }
        });
        keys.forEach((uri, key) -> bodies.put(uri, new BodyRef(key, uri, labels.get(uri))));
    }

    /** The body at {@code uri}; one the graph gives no key is keyed by its URI's last segment. */
    BodyRef body(String uri) {
        return bodies.computeIfAbsent(uri, u -> new BodyRef(u.replaceFirst("^.*[/#]", ""), u, Map.of()));
    }

    /** One row per event, with every letter that states it and its quotes (collected: see {@link #events(Consumer)}). */
    List<TimelineRow> events() {
        List<TimelineRow> out = new ArrayList<>();
        events(out::add);
        return out;
    }

    /**
     * Hands {@code sink} one row per event, in the order of the events' IRIs, each as soon as its last result is read:
     * the results of {@code events.rq} come ordered by event (its sort goes to disk past {@link #SPILL} rows), and the
     * participants of {@code participants.rq}, ordered the same way, are merged in beside them.
     */
    void events(Consumer<TimelineRow> sink) {
        try (QueryExecution pq = execution("timeline/participants.rq");
             QueryExecution eq = execution("timeline/events.rq")) {
            Participants participants = new Participants(pq.execSelect());
            RowBuilder current = null;
            Node currentNode = null;
            ResultSet rs = eq.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                DateValue date = PartialDates.read(str(row, "date"));
                if (date == null) {
                    continue;
                }
                Node event = row.get("event").asNode();
                if (current == null || !event.equals(currentNode)) {
                    if (current != null) {
                        sink.accept(current.build(participants.of(currentNode)));
                    }
                    current = new RowBuilder(node(row, "event"), TimelineRow.Kind.EVENT, str(row, "type"), date,
                            body(node(row, "body")));
                    currentNode = event;
                }
                current.add(row);
            }
            if (current != null) {
                sink.accept(current.build(participants.of(currentNode)));
            }
        }
    }

    /** The participants of each event, read in event order alongside the events. */
    private final class Participants {
        private final ResultSet rs;
        private QuerySolution next;

        Participants(ResultSet rs) {
            this.rs = rs;
            this.next = rs.hasNext() ? rs.next() : null;
        }

        /** The participants of {@code event}; events must be asked in the order the query gives them. */
        List<BodyRef> of(Node event) {
            List<BodyRef> out = new ArrayList<>();
            while (next != null) {
                Node at = next.get("event").asNode();
                int c = NodeValue.compareAlways(NodeValue.makeNode(at), NodeValue.makeNode(event)); // as ORDER BY compares
                if (c > 0) {
                    break;
                }
                if (c == 0) {
                    out.add(body(node(next, "participant")));
                }
                next = rs.hasNext() ? rs.next() : null;
            }
            return out;
        }
    }

    /**
     * One row per undated event ({@code unkg:undated true}): no date, its letters without quotes, its participants;
     * the timeline leaves them out and counts those its filters would keep.
     */
    List<TimelineRow> undated() {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> bodyOf = new LinkedHashMap<>();
        Map<String, Set<String>> letters = new LinkedHashMap<>();
        Map<String, Set<String>> participants = new LinkedHashMap<>();
        run("timeline/undated.rq", row -> {
            String event = node(row, "event");
            types.putIfAbsent(event, str(row, "type"));
            bodyOf.putIfAbsent(event, node(row, "body"));
            letters.computeIfAbsent(event, e -> new LinkedHashSet<>()).add(node(row, "letter"));
            Set<String> p = participants.computeIfAbsent(event, e -> new LinkedHashSet<>());
            if (row.contains("participant")) {
                p.add(node(row, "participant"));
            }
        });
        List<TimelineRow> out = new ArrayList<>();
        types.forEach((event, type) -> out.add(new TimelineRow(event, TimelineRow.Kind.EVENT, type, null, null, null,
                body(bodyOf.get(event)), participants.get(event).stream().map(this::body).toList(),
                letters.get(event).stream().map(l -> new SourceRef(l, null, null, null, null, null, List.of())).toList())));
        return out;
    }

    /** The mandate periods letters state ({@code unkg:Mandate} with a start and/or an end). */
    List<TimelineRow> statedMandates() {
        Map<String, RowBuilder> rows = new LinkedHashMap<>();
        run("timeline/mandates.rq", row -> {
            DateValue from = PartialDates.read(str(row, "date"));
            DateValue to = PartialDates.read(str(row, "endDate"));
            if (from == null && to == null) {
                return;
            }
            RowBuilder b = rows.computeIfAbsent(node(row, "mandate"), id -> new RowBuilder(id, TimelineRow.Kind.PERIOD,
                    TimelineRow.MANDATE, from, body(node(row, "body"))));
            b.add(row);
        });
        return rows.values().stream().map(b -> b.build(List.of())).toList();
    }

    /** The event type keys the ontology defines (subclasses of unkg:Event: EntryIntoForce → entry-into-force). */
    Set<String> ontologyTypes() {
        Set<String> types = new LinkedHashSet<>();
        run("timeline/types.rq", row -> {
            String uri = node(row, "class");
            if (uri.startsWith(Vocab.UNKG)) {
                types.add(uri.substring(Vocab.UNKG.length()).replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
            }
        });
        return types;
    }

    /** Rows a query's ORDER BY holds in memory before it sorts on disk. */
    static final long SPILL = 50_000;

    /** An execution of {@code query} whose sort spills to disk past {@link #SPILL} rows. */
    private QueryExecution execution(String query) {
        return QueryExecution.dataset(ds).query(QueryLibrary.load(query)).set(ARQ.spillToDiskThreshold, SPILL).build();
    }

    private void run(String query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = execution(query)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                each.accept(rs.next());
            }
        }
    }

    private static String node(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** Folds the query results of one event or mandate (one per letter and quote) into a row. */
    private static final class RowBuilder {
        private final String id;
        private final TimelineRow.Kind kind;
        private final String type;
        private final DateValue date;
        private final BodyRef body;
        private DateValue endDate;
        private final Set<String> statuses = new LinkedHashSet<>();
        private final Map<String, LetterAcc> letters = new LinkedHashMap<>();

        RowBuilder(String id, TimelineRow.Kind kind, String type, DateValue date, BodyRef body) {
            this.id = id;
            this.kind = kind;
            this.type = type;
            this.date = date;
            this.body = body;
        }

        void add(QuerySolution row) {
            DateValue end = PartialDates.read(str(row, "endDate"));
            if (end != null && (endDate == null || PartialDates.end(end).isAfter(PartialDates.end(endDate)))) {
                endDate = end;
            }
            if (row.contains("status") && str(row, "status") != null) {
                statuses.add(str(row, "status"));
            }
            String letter = node(row, "letter");
            LetterAcc l = letters.computeIfAbsent(letter, u -> new LetterAcc(u, str(row, "symbol"),
                    str(row, "letterDate"), str(row, "file"), str(row, "language")));
            String quote = str(row, "quote");
            if (quote != null) {
                RDFNode start = row.get("start");
                int at = start != null && start.isLiteral() ? start.asLiteral().getInt() : Integer.MAX_VALUE;
                l.quotes.putIfAbsent(at + "\u0000" + quote, quote);
            }
        }

        TimelineRow build(List<BodyRef> participants) {
            List<SourceRef> sources = new ArrayList<>();
            for (LetterAcc l : letters.values()) {
                String stem = l.uri.startsWith(Vocab.ID + "letter/") ? l.uri.substring((Vocab.ID + "letter/").length()) : null;
                sources.add(new SourceRef(l.uri, stem, l.symbol, l.date, l.file, l.language,
                        new ArrayList<>(new LinkedHashSet<>(l.quotes.values()))));
            }
            String status = statuses.isEmpty() ? null : String.join(", ", statuses);
            return new TimelineRow(id, kind, type, date, endDate, status, body, participants, Sources.merge(sources, List.of()));
        }
    }

    private static final class LetterAcc {
        final String uri;
        final String symbol;
        final String date;
        final String file;
        final String language;
        /** Quotes keyed by start offset (zero-padded sort via TreeMap of the composite key). */
        final Map<String, String> quotes = new TreeMap<>(java.util.Comparator.comparingInt(
                (String k) -> Integer.parseInt(k.substring(0, k.indexOf('\u0000')))).thenComparing(k -> k));

        LetterAcc(String uri, String symbol, String date, String file, String language) {
            this.uri = uri;
            this.symbol = symbol;
            this.date = date;
            this.file = file;
            this.language = language;
        }
    }
}
