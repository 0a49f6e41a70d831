package org.unkg.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
     * Brings the pages of {@code bodies} (those whose events or mandates changed) to what {@link #write} gives for
     * them, in the caller's write transaction, after the letter graphs have changed.
     */
    static void update(DatasetGraph dsg, Set<Node> bodies) {
        for (Node body : bodies) {
            Set<Quad> want = new HashSet<>(pages(dsg, body));
            Set<Quad> have = stored(dsg, body);
            for (Quad q : have) {
                if (!want.contains(q)) {
                    dsg.delete(q);
                }
            }
            for (Quad q : want) {
                if (!have.contains(q)) {
                    dsg.add(q);
                }
            }
        }
    }

    /** The resources that events concern or mandates are of. */
    private static Set<Node> bodies(DatasetGraph dsg) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, CONCERNS, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        dsg.find(Node.ANY, Node.ANY, OF, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** The summary quads of {@code body}'s pages as stored now. */
    private static Set<Quad> stored(DatasetGraph dsg, Node body) {
        Set<Quad> out = new HashSet<>();
        for (Node p : List.of(EVENT_PAGE_OF, MANDATE_PAGE_OF)) {
            dsg.find(G, Node.ANY, p, body).forEachRemaining(q ->
                    dsg.find(G, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(out::add));
        }
        dsg.find(G, body, MANDATE_COUNT, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** An event with what it is sorted by. */
    private record Dated(String date, String type, Node event) {}

    /** The summary quads of {@code body}'s pages, computed from the letters. */
    static List<Quad> pages(DatasetGraph dsg, Node body) {
        List<Quad> out = new ArrayList<>();
        List<Dated> events = new ArrayList<>();
        for (Node e : subjects(dsg, CONCERNS, body)) {
            events.add(new Dated(least(dsg, e, EVENT_DATE, true), least(dsg, e, EVENT_TYPE, false), e));
        }
        events.sort(Comparator.comparing((Dated d) -> d.date() == null ? "\uffff" : d.date())
                .thenComparing(d -> d.type() == null ? "" : d.type())
                .thenComparing(d -> d.event().toString()));
        paged(body, "events", EVENT_PAGE_OF, events.stream().map(Dated::event).toList(), out);
        List<Node> mandates = new ArrayList<>(subjects(dsg, OF, body));
        mandates.sort(Comparator.comparing(Node::toString));
        paged(body, "mandates", MANDATE_PAGE_OF, mandates, out);
        if (!mandates.isEmpty()) {
            out.add(new Quad(G, body, MANDATE_COUNT,
                    NodeFactory.createLiteral(Integer.toString(mandates.size()), XSDDatatype.XSDinteger)));
        }
        return out;
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

    /** The least value of {@code s p ?o} (by lexical form or IRI; only literals when {@code literal}), or null. */
    private static String least(DatasetGraph dsg, Node s, Node p, boolean literal) {
        String best = null;
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            String v = o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
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
