package org.unkg.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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
 * <p>Each page also carries its items' sort keys in order ({@code unkg:pageKeys}: an event page's "date U+001F type
 * U+001F IRI", a mandate page's IRIs; rows separated by U+001E). {@link #update} takes a body's events and mandates in
 * order from its pages' keys (one literal per page, not a hundred items read from the node table), places the ones the
 * update changed, and writes only the quads that differ, worked out from the keys: an event added early in a body's
 * history moves one event across each later page boundary, which deletes and adds one item and the keys of each later
 * page, without reading its items.
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
    /** The sort keys of a page's items, in order (an event's {@link Dated#row}, a mandate's IRI), separated by U+001E. */
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
            Stored eventPages = Stored.of(dsg, EVENT_PAGE_OF, body);
            Stored mandatePages = Stored.of(dsg, MANDATE_PAGE_OF, body);
            List<Dated> ordered = adjustedEvents(dsg, body, touchedEvents.getOrDefault(body, Set.of()), eventPages);
            if (ordered == null) {
                ordered = events(dsg, body);
            }
            List<Quad> want = new ArrayList<>();
            pagedEvents(body, ordered, want);
            List<Node> listed = adjustedMandates(dsg, body, mandates.getOrDefault(body, Set.of()), mandatePages);
            pagedMandates(body, listed, want);
            counts.put(body, ordered.size());
            Map<Node, List<Quad>> wanted = new LinkedHashMap<>();
            for (Quad q : want) {
                wanted.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
            }
            eventPages.bringTo(dsg, wanted, EVENT_PAGE_OF, row -> Dated.parse(row).event());
            mandatePages.bringTo(dsg, wanted, MANDATE_PAGE_OF, NodeFactory::createURI);
            replace(dsg, dsg.find(G, body, MANDATE_COUNT, Node.ANY), wanted.getOrDefault(body, List.of()));
        }
        return counts;
    }

    /**
     * A body's stored event or mandate pages, each with its sort keys ({@code unkg:pageKeys}) by page number: an update
     * reads a page's keys, not its items, and writes only the items of the pages whose keys changed. Pages without
     * keys (a database written before them, or an item that is no IRI) are {@link #unkeyed}: read in full and rewritten.
     */
    private static final class Stored {
        /** Each stored page with its keys' literal, or null when it has none. */
        final Map<Node, Node> keys = new LinkedHashMap<>();
        /** The keys' rows by page number. */
        final Map<Integer, String> byNumber = new HashMap<>();
        boolean unkeyed;

        static Stored of(DatasetGraph dsg, Node pageOf, Node body) {
            Stored out = new Stored();
            List<Node> pages = new ArrayList<>();
            dsg.find(G, Node.ANY, pageOf, body).forEachRemaining(q -> pages.add(q.getSubject()));
            for (Node page : pages) {
                var number = dsg.find(G, page, PAGE_NUMBER, Node.ANY);
                var rows = dsg.find(G, page, PAGE_KEYS, Node.ANY);
                if (!number.hasNext() || !rows.hasNext()) {
                    out.unkeyed = true;
                    out.keys.put(page, null);
                    continue;
                }
                Node listed = rows.next().getObject();
                out.keys.put(page, listed);
                out.byNumber.put(Integer.parseInt(number.next().getObject().getLiteralLexicalForm()),
                        listed.getLiteralLexicalForm());
            }
            if (!out.unkeyed && out.byNumber.size() != out.keys.size()) {
                out.unkeyed = true;
            }
            return out;
        }

        /** Each stored page's rows in page order, or null when a page has no keys or a number is missing. */
        List<String> rows() {
            if (unkeyed) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (int n = 1; n <= byNumber.size(); n++) {
                String rows = byNumber.get(n);
                if (rows == null) {
                    return null;
                }
                out.addAll(List.of(rows.split(String.valueOf(ROWS), -1)));
            }
            return out;
        }

        /**
         * Makes the stored pages of this kind ({@code pageOf}) the {@code wanted} ones (their quads by subject): a page
         * whose keys are unchanged is left alone; a page stored with keys and still wanted changes only the items and
         * keys that differ (its items, {@code item} of each row of its keys, are not read); any other page is read and
         * replaced.
         */
        void bringTo(DatasetGraph dsg, Map<Node, List<Quad>> wanted, Node pageOf, Function<String, Node> item) {
            Set<Node> pages = new LinkedHashSet<>(keys.keySet());
            wanted.forEach((page, quads) -> {
                if (quads.stream().anyMatch(q -> q.getPredicate().equals(pageOf))) {
                    pages.add(page);
                }
            });
            for (Node page : pages) {
                List<Quad> want = wanted.getOrDefault(page, List.of());
                Node was = keys.get(page);
                Node now = want.stream().filter(q -> q.getPredicate().equals(PAGE_KEYS)).map(Quad::getObject)
                        .findFirst().orElse(null);
                if (was != null && was.equals(now)) {
                    continue;
                }
                if (was == null || now == null) {
                    replace(dsg, dsg.find(G, page, Node.ANY, Node.ANY), want);
                    continue;
                }
                Set<Node> before = new LinkedHashSet<>();
                for (String row : was.getLiteralLexicalForm().split(String.valueOf(ROWS), -1)) {
                    before.add(item.apply(row));
                }
                Set<Node> after = new LinkedHashSet<>();
                want.stream().filter(q -> q.getPredicate().equals(PAGE_ITEM)).forEach(q -> after.add(q.getObject()));
                Summaries.changeObjects(dsg, page, PAGE_ITEM, before, after);
                dsg.delete(G, page, PAGE_KEYS, was);
                dsg.add(G, page, PAGE_KEYS, now);
            }
        }
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
     * The events of {@code body} in page order, from its stored pages' keys without the {@code touched} events and with
     * those of them that concern it now (read from the letters); null when its pages carry no keys (a database written
     * before them): then they are computed from the letters.
     */
    private static List<Dated> adjustedEvents(DatasetGraph dsg, Node body, Set<Node> touched, Stored pages) {
        List<String> rows = pages.rows();
        if (rows == null) {
            return null;
        }
        List<Dated> out = new ArrayList<>();
        for (String row : rows) {
            Dated d = Dated.parse(row);
            if (!touched.contains(d.event())) {
                out.add(d);
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
     * The mandates of {@code body} in IRI order: those its stored pages list (by their keys, else their items) without
     * the {@code touched} ones, and those of them that are of it now.
     */
    private static List<Node> adjustedMandates(DatasetGraph dsg, Node body, Set<Node> touched, Stored pages) {
        TreeMap<String, Node> out = new TreeMap<>();
        List<String> rows = pages.rows();
        if (rows != null) {
            rows.forEach(iri -> out.put(iri, NodeFactory.createURI(iri)));
        } else {
            for (Node page : pages.keys.keySet()) {
                dsg.find(G, page, PAGE_ITEM, Node.ANY).forEachRemaining(i -> out.put(i.getObject().toString(), i.getObject()));
            }
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
        if (events.stream().allMatch(d -> d.event().isURI())) {
            pageKeys(body, "events", events.stream().map(Dated::row).toList(), out);
        }
    }

    /** The mandate pages of {@code body} (its mandates in IRI order), their keys (the IRIs) and their number. */
    private static void pagedMandates(Node body, List<Node> mandates, List<Quad> out) {
        paged(body, "mandates", MANDATE_PAGE_OF, mandates, out);
        if (mandates.stream().allMatch(Node::isURI)) {
            pageKeys(body, "mandates", mandates.stream().map(Node::getURI).toList(), out);
        }
        if (!mandates.isEmpty()) {
            out.add(new Quad(G, body, MANDATE_COUNT,
                    NodeFactory.createLiteral(Integer.toString(mandates.size()), XSDDatatype.XSDinteger)));
        }
    }

    /** The {@code unkg:pageKeys} of each page of {@code rows} (one row per item, in page order). */
    private static void pageKeys(Node body, String kind, List<String> rows, List<Quad> out) {
        for (int i = 0; i < rows.size(); i += PAGE) {
            String keys = String.join(String.valueOf(ROWS), rows.subList(i, Math.min(rows.size(), i + PAGE)));
            out.add(new Quad(G, page(body, kind, i / PAGE + 1), PAGE_KEYS, NodeFactory.createLiteralString(keys)));
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
