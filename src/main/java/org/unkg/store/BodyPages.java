package org.unkg.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.unkg.graph.Vocab;

/**
 * A body's events and mandates in pages of {@value #PAGE}, part of the summary graph: queries and pages that list a
 * body's history read one page (a handful of index lookups) instead of every event or mandate of a body that
 * thousands of letters name, and sorting them all.
 *
 * <p>For each resource events concern ({@code unkg:concerns}), its events in date order (then by event type and IRI; an
 * event without a date last) fall into pages {@code P} with {@code P unkg:eventPageOf body ; unkg:pageNumber n ;
 * unkg:pageItem event} (n from 1). For each resource mandates are of ({@code unkg:of}), its mandates in IRI order
 * (the order of {@code ORDER BY ?mandate}) likewise with {@code unkg:mandatePageOf}, and their number
 * ({@code body unkg:mandateCount n}). A page is named after its body: {@code <summary graph>/events/org/UNRCCA/1}.
 *
 * <p>{@link #update} recomputes a body's pages and writes only the quads that differ: an event added early in a body's
 * history moves one event across each later page boundary, not every event.
 */
public final class BodyPages {
    /** Events or mandates per page. */
    public static final int PAGE = 100;

    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);
    private static final Node CONCERNS = uri("concerns");
    private static final Node OF = uri("of");
    private static final Node EVENT_DATE = uri("date");
    private static final Node EVENT_TYPE = uri("eventType");
    static final Node EVENT_PAGE_OF = uri("eventPageOf");
    static final Node MANDATE_PAGE_OF = uri("mandatePageOf");
    static final Node PAGE_NUMBER = uri("pageNumber");
    static final Node PAGE_ITEM = uri("pageItem");
    static final Node MANDATE_COUNT = uri("mandateCount");
    /** The sort keys of an event page's items, in order ({@link Dated#row}), separated by U+001E. */
    static final Node PAGE_KEYS = uri("pageKeys");
    private static final char FIELD = '\u001F';
    private static final char ROWS = '\u001E';

    private BodyPages() {}

    private static Node uri(String local) {
        return NodeFactory.createURI(Vocab.UNKG + local);
    }

    /** Adds the pages of every body to the summary graph (emptied by the caller), in the caller's write transaction. */
    static void write(DatasetGraph dsg) {
        for (Node body : bodies(dsg)) {
            pages(dsg, body).forEach(dsg::add);
        }
    }

    /**
     * A build's body pages and event counts, noted from the graphs as they stream into the loader instead of read back
     * from the store: per body the events that concern it and the mandates of it, per event its least date and type
     * over every graph ({@link #graph} with each graph loaded, then {@link #write}). It keeps a few nodes per event and
     * mandate, not the letters; the result is what {@link #write(DatasetGraph)} and {@link Summaries}' event counts
     * give once the graphs are stored.
     */
    static final class Tally {
        private final Map<Node, Set<Node>> events = new HashMap<>();
        private final Map<Node, Set<Node>> mandates = new HashMap<>();
        private final Map<Node, String> dates = new HashMap<>();
        private final Map<Node, String> types = new HashMap<>();

        /** Notes the events, mandates, event dates and types of a graph on its way into the store. */
        void graph(org.apache.jena.graph.Graph g) {
            g.find(Node.ANY, CONCERNS, Node.ANY).forEachRemaining(t ->
                    events.computeIfAbsent(t.getObject(), b -> new HashSet<>()).add(t.getSubject()));
            g.find(Node.ANY, OF, Node.ANY).forEachRemaining(t ->
                    mandates.computeIfAbsent(t.getObject(), b -> new HashSet<>()).add(t.getSubject()));
            g.find(Node.ANY, EVENT_DATE, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    dates.merge(t.getSubject(), t.getObject().getLiteralLexicalForm(), Tally::least);
                }
            });
            g.find(Node.ANY, EVENT_TYPE, Node.ANY).forEachRemaining(t ->
                    types.merge(t.getSubject(), value(t.getObject()), Tally::least));
        }

        private static String least(String a, String b) {
            return b.compareTo(a) < 0 ? b : a;
        }

        /** Per resource events concern, how many distinct events do ({@code unkg:eventCount}). */
        Map<Node, Integer> eventCounts() {
            Map<Node, Integer> out = new HashMap<>();
            events.forEach((b, es) -> out.put(b, es.size()));
            return out;
        }

        /** Adds the pages of every body noted to {@code out} (the summary graph's triples). */
        void write(org.apache.jena.graph.Graph out) {
            Set<Node> bodies = new LinkedHashSet<>(events.keySet());
            bodies.addAll(mandates.keySet());
            List<Quad> quads = new ArrayList<>();
            for (Node body : bodies) {
                List<Dated> ordered = new ArrayList<>();
                for (Node e : events.getOrDefault(body, Set.of())) {
                    ordered.add(new Dated(dates.get(e), types.get(e), e));
                }
                ordered.sort(ORDER);
                pagedEvents(body, ordered, quads);
                List<Node> listed = new ArrayList<>(mandates.getOrDefault(body, Set.of()));
                listed.sort(Comparator.comparing(Node::toString));
                pagedMandates(body, listed, quads);
                quads.forEach(q -> out.add(q.asTriple()));
                quads.clear();
            }
        }
    }

    /**
     * Brings the pages of {@code bodies} (those whose events or mandates changed) to what {@link #write} gives for
     * them, in the caller's write transaction, after the letter graphs have changed; returns each body's number of
     * events ({@code unkg:eventCount}, 0 when none). {@code events} and {@code mandates} name, per body, the events and
     * mandates whose {@code unkg:concerns} or {@code unkg:of} quads the update dropped or added; {@code rekeyed} the
     * events whose date or type quads it dropped or added. A body whose event pages carry their sort keys
     * ({@code unkg:pageKeys}) is updated from its pages: its other events keep their order and are not read; else its
     * pages are computed from the letters.
     */
    static Map<Node, Integer> update(DatasetGraph dsg, Set<Node> bodies, Map<Node, Set<Node>> events,
            Map<Node, Set<Node>> mandates, Set<Node> rekeyed) {
        Map<Node, Set<Node>> touchedEvents = new HashMap<>();
        events.forEach((b, es) -> touchedEvents.computeIfAbsent(b, k -> new HashSet<>()).addAll(es));
        Set<Node> all = new LinkedHashSet<>(bodies);
        for (Node e : rekeyed) {
            // an event whose date or type changed moves in the pages of every body it concerns
            dsg.find(Node.ANY, e, CONCERNS, Node.ANY).forEachRemaining(q -> {
                all.add(q.getObject());
                touchedEvents.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(e);
            });
        }
        Map<Node, Integer> counts = new HashMap<>();
        for (Node body : all) {
            Set<Node> touched = touchedEvents.getOrDefault(body, Set.of());
            // each stored page with what it lists (an event page: its keys; a mandate page: its items), to leave alone
            // the pages that list the same after the update
            Map<Node, Object> before = new HashMap<>();
            List<Dated> ordered = adjustedEvents(dsg, body, touched, before);
            List<Quad> want = new ArrayList<>();
            if (ordered == null) {
                ordered = events(dsg, body);
            }
            pagedEvents(body, ordered, want);
            List<Node> listed = adjustedMandates(dsg, body, mandates.getOrDefault(body, Set.of()), before);
            pagedMandates(body, listed, want);
            counts.put(body, ordered.size());
            Map<Node, List<Quad>> wanted = new HashMap<>();
            Map<Node, Object> after = new HashMap<>();
            for (Quad q : want) {
                wanted.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
                if (q.getPredicate().equals(PAGE_KEYS)) {
                    after.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
                } else if (q.getPredicate().equals(PAGE_ITEM) && before.get(q.getSubject()) instanceof Set) {
                    @SuppressWarnings("unchecked")
                    Set<Node> items = (Set<Node>) after.computeIfAbsent(q.getSubject(), k -> new HashSet<Node>());
                    items.add(q.getObject());
                }
            }
            Set<Node> subjects = new LinkedHashSet<>(before.keySet());
            subjects.addAll(wanted.keySet());
            subjects.remove(body);
            for (Node page : subjects) {
                Object was = before.get(page);
                if (was == null || !was.equals(after.get(page))) {
                    replace(dsg, dsg.find(G, page, Node.ANY, Node.ANY), wanted.getOrDefault(page, List.of()));
                }
            }
            replace(dsg, dsg.find(G, body, MANDATE_COUNT, Node.ANY), wanted.getOrDefault(body, List.of()));
        }
        return counts;
    }

    /** Deletes the quads of {@code have} not in {@code want} and adds those of {@code want} not stored. */
    private static void replace(DatasetGraph dsg, java.util.Iterator<Quad> have, List<Quad> want) {
        Set<Quad> stored = new HashSet<>();
        have.forEachRemaining(stored::add);
        Set<Quad> wanted = new HashSet<>(want);
        for (Quad q : stored) {
            if (!wanted.contains(q)) {
                dsg.delete(q);
            }
        }
        for (Quad q : want) {
            if (!stored.contains(q)) {
                dsg.add(q);
            }
        }
    }

    /**
     * The events of {@code body} in page order, from its stored pages without the {@code touched} events and with
     * those of them that concern it now (read from the letters); null when its pages carry no sort keys (a database
     * written before them): then they are computed from the letters.
     */
    private static List<Dated> adjustedEvents(DatasetGraph dsg, Node body, Set<Node> touched, Map<Node, Object> before) {
        Map<Integer, String> keys = new HashMap<>();
        boolean[] unkeyed = {false};
        List<Node> pages = new ArrayList<>();
        dsg.find(G, Node.ANY, EVENT_PAGE_OF, body).forEachRemaining(q -> pages.add(q.getSubject()));
        for (Node page : pages) {
            var number = dsg.find(G, page, PAGE_NUMBER, Node.ANY);
            var rows = dsg.find(G, page, PAGE_KEYS, Node.ANY);
            if (!number.hasNext() || !rows.hasNext()) {
                unkeyed[0] = true;
                before.put(page, "");
                continue;
            }
            String listed = rows.next().getObject().getLiteralLexicalForm();
            before.put(page, listed);
            keys.put(Integer.parseInt(number.next().getObject().getLiteralLexicalForm()), listed);
        }
        if (unkeyed[0]) {
            // not to be trusted: every page is rewritten
            pages.forEach(p -> before.put(p, ""));
            return null;
        }
        List<Dated> out = new ArrayList<>();
        for (int n = 1; n <= keys.size(); n++) {
            String rows = keys.get(n);
            if (rows == null) {
                pages.forEach(p -> before.put(p, ""));
                return null;
            }
            for (String row : rows.split(String.valueOf(ROWS), -1)) {
                Dated d = Dated.parse(row);
                if (!touched.contains(d.event())) {
                    out.add(d);
                }
            }
        }
        for (Node e : touched) {
            if (dsg.find(Node.ANY, e, CONCERNS, body).hasNext()) {
                Dated d = dated(dsg, e);
                int at = java.util.Collections.binarySearch(out, d, ORDER);
                out.add(at < 0 ? -at - 1 : at, d);
            }
        }
        return out;
    }

    /**
     * The mandates of {@code body} in IRI order: those its stored pages list without the {@code touched} ones, and
     * those of them that are of it now.
     */
    private static List<Node> adjustedMandates(DatasetGraph dsg, Node body, Set<Node> touched, Map<Node, Object> before) {
        TreeMap<String, Node> out = new TreeMap<>();
        List<Node> pages = new ArrayList<>();
        dsg.find(G, Node.ANY, MANDATE_PAGE_OF, body).forEachRemaining(q -> pages.add(q.getSubject()));
        for (Node page : pages) {
            Set<Node> items = new HashSet<>();
            dsg.find(G, page, PAGE_ITEM, Node.ANY).forEachRemaining(i -> {
                items.add(i.getObject());
                out.put(i.getObject().toString(), i.getObject());
            });
            before.put(page, items);
        }
        for (Node m : touched) {
            out.remove(m.toString());
            if (dsg.find(Node.ANY, m, OF, body).hasNext()) {
                out.put(m.toString(), m);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The resources that events concern or mandates are of. */
    private static Set<Node> bodies(DatasetGraph dsg) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, CONCERNS, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        dsg.find(Node.ANY, Node.ANY, OF, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /**
     * An event with what it is sorted by: its least date (null when it has none: last) and type (null: first), then its
     * IRI. As a row of {@code unkg:pageKeys}: date, type and IRI separated by U+001F, a missing value as {@code -} and a
     * present one after a {@code =}.
     */
    private record Dated(String date, String type, Node event) {
        String row() {
            return field(date) + FIELD + field(type) + FIELD + event.getURI();
        }

        static Dated parse(String row) {
            String[] f = row.split(String.valueOf(FIELD), 3);
            return new Dated(value(f[0]), value(f[1]), NodeFactory.createURI(f[2]));
        }

        private static String field(String v) {
            return v == null ? "-" : "=" + v;
        }

        private static String value(String f) {
            return f.startsWith("=") ? f.substring(1) : null;
        }
    }

    /** The order of a body's events: by date (undated last), type, IRI. */
    private static final Comparator<Dated> ORDER = Comparator.comparing((Dated d) -> d.date() == null ? "\uffff" : d.date())
            .thenComparing(d -> d.type() == null ? "" : d.type())
            .thenComparing(d -> d.event().toString());

    /** The summary quads of {@code body}'s pages, computed from the letters. */
    static List<Quad> pages(DatasetGraph dsg, Node body) {
        List<Quad> out = new ArrayList<>();
        pagedEvents(body, events(dsg, body), out);
        List<Node> mandates = new ArrayList<>(subjects(dsg, OF, body));
        mandates.sort(Comparator.comparing(Node::toString));
        pagedMandates(body, mandates, out);
        return out;
    }

    /** The events that concern {@code body}, in page order, read from the letters. */
    private static List<Dated> events(DatasetGraph dsg, Node body) {
        List<Dated> events = new ArrayList<>();
        for (Node e : subjects(dsg, CONCERNS, body)) {
            events.add(dated(dsg, e));
        }
        events.sort(ORDER);
        return events;
    }

    private static Dated dated(DatasetGraph dsg, Node e) {
        return new Dated(least(dsg, e, EVENT_DATE, true), least(dsg, e, EVENT_TYPE, false), e);
    }

    /** The event pages of {@code body}, each with its items' sort keys (when every item is an IRI). */
    private static void pagedEvents(Node body, List<Dated> events, List<Quad> out) {
        paged(body, "events", EVENT_PAGE_OF, events.stream().map(Dated::event).toList(), out);
        if (!events.stream().allMatch(d -> d.event().isURI())) {
            return;
        }
        for (int i = 0; i < events.size(); i += PAGE) {
            StringBuilder rows = new StringBuilder();
            for (Dated d : events.subList(i, Math.min(events.size(), i + PAGE))) {
                rows.append(rows.length() == 0 ? "" : String.valueOf(ROWS)).append(d.row());
            }
            out.add(new Quad(G, page(body, "events", i / PAGE + 1), PAGE_KEYS, NodeFactory.createLiteralString(rows.toString())));
        }
    }

    /** The mandate pages of {@code body} (its mandates in IRI order) and their number. */
    private static void pagedMandates(Node body, List<Node> mandates, List<Quad> out) {
        paged(body, "mandates", MANDATE_PAGE_OF, mandates, out);
        if (!mandates.isEmpty()) {
            out.add(new Quad(G, body, MANDATE_COUNT,
                    NodeFactory.createLiteral(Integer.toString(mandates.size()), XSDDatatype.XSDinteger)));
        }
    }

    private static void paged(Node body, String kind, Node pageOf, List<Node> items, List<Quad> out) {
        for (int i = 0; i < items.size(); i += PAGE) {
            int number = i / PAGE + 1;
            Node page = page(body, kind, number);
            out.add(new Quad(G, page, pageOf, body));
            out.add(new Quad(G, page, PAGE_NUMBER, NodeFactory.createLiteral(Integer.toString(number), XSDDatatype.XSDinteger)));
            for (Node item : items.subList(i, Math.min(items.size(), i + PAGE))) {
                out.add(new Quad(G, page, PAGE_ITEM, item));
            }
        }
    }

    /** The IRI of page {@code number} of a body's events or mandates: the summary graph's, then the body's own path. */
    static Node page(Node body, String kind, int number) {
        String iri = body.isURI() ? body.getURI() : body.toString();
        String tail = iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length())
                : "iri/" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        return NodeFactory.createURI(Summaries.GRAPH + "/" + kind + "/" + tail + "/" + number);
    }

    /** The subjects of {@code ?s p o} over all graphs, once each. */
    private static Set<Node> subjects(DatasetGraph dsg, Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** What a sort key compares of a term: a literal's lexical form, else the term as a string. */
    private static String value(Node o) {
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
    }

    /** The least value of {@code s p ?o} (by lexical form or IRI; only literals when {@code literal}), or null. */
    private static String least(DatasetGraph dsg, Node s, Node p, boolean literal) {
        String best = null;
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            String v = value(o);
            if (literal && !o.isLiteral()) {
                continue;
            }
            if (best == null || v.compareTo(best) < 0) {
                best = v;
            }
        }
        return best;
    }
}
