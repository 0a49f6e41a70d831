package org.unkg.store;

import java.util.ArrayList;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.XSD;
import org.unkg.graph.Vocab;

/**
 * The rows {@code queries/lifecycle.rq} lists for a body's events, part of the summary graph: per event and body whose
 * pages list it ({@link BodyPages}), one node {@code R unkg:lifecycleEvent event ; unkg:lifecycleBody body ;
 * unkg:lifecycleRows rows}, so the query reads one literal per event of a page and splits it instead of joining six
 * optional and graph patterns for every row. The rows are the event's, so an update recomputes those of the events
 * its letters touch ({@link Recorder}), whatever page they are on: not the pages that list them, whose other events
 * may have thousands of reports at 20,000 letters.
 *
 * <p>A row is what the query selected from the letters, per letter that reports the event (the pattern
 * {@code GRAPH ?g { ?event prov:wasDerivedFrom ?letter }}): the event's date and type and end date (over all graphs),
 * the letter's source file, date and the event's status there (in the letter's graph), the symbol of the letter's
 * document (its own, else one a document {@code unkg:sameDocumentAs} it states), the English name of the seat the
 * letter gives the body and the task count of the body's mandate there. A pattern that matches several ways gives a
 * row for each, as the query's joins do; an event without a date or type gives none. The rows are sorted (a build and
 * an update write the same literal) and written as fields separated by U+001F, rows by U+001E; the field list is
 * {@link Row}'s. An event without rows has no node.
 */
public final class LifecycleRows {
    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);
    static final Node LIFECYCLE_ROWS = NodeFactory.createURI(Vocab.UNKG + "lifecycleRows");
    static final Node LIFECYCLE_EVENT = NodeFactory.createURI(Vocab.UNKG + "lifecycleEvent");
    static final Node LIFECYCLE_BODY = NodeFactory.createURI(Vocab.UNKG + "lifecycleBody");
    private static final Node PAGE_ITEM = BodyPages.PAGE_ITEM;
    private static final Node EVENT_PAGE_OF = BodyPages.EVENT_PAGE_OF;
    private static final Node EVENT_TYPE = Vocab.eventType.asNode();
    private static final Node EVENT_DATE = Vocab.date.asNode();
    private static final Node END_DATE = Vocab.endDate.asNode();
    private static final Node STATUS = Vocab.status.asNode();
    private static final Node CONCERNS = Vocab.concerns.asNode();
    private static final Node DERIVED_FROM = Vocab.provWasDerivedFrom.asNode();
    private static final Node SOURCE_FILE = Vocab.sourceFile.asNode();
    private static final Node IS_VERSION_OF = Vocab.isVersionOf.asNode();
    private static final Node LETTER_DATE = Vocab.dctDate.asNode();
    private static final Node HAS_SITE = Vocab.orgHasSite.asNode();
    private static final Node PREF_LABEL = Vocab.skosPrefLabel.asNode();
    private static final Node OF = Vocab.of.asNode();
    private static final Node TASK_COUNT = Vocab.taskCount.asNode();
    private static final Node SYMBOL = Vocab.symbol.asNode();
    private static final Node SAME_DOCUMENT_AS = Vocab.sameDocumentAs.asNode();
    static final char FIELD = '\u001F';
    static final char ROWS = '\u001E';

    private LifecycleRows() {}

    /** Adds the rows of every event of every event page to the summary graph, in the caller's write transaction, after the pages. */
    static void write(DatasetGraph dsg) {
        List<Quad> items = new ArrayList<>();
        dsg.find(G, Node.ANY, PAGE_ITEM, Node.ANY).forEachRemaining(items::add);
        for (Quad item : items) {
            dsg.find(G, item.getSubject(), EVENT_PAGE_OF, Node.ANY).forEachRemaining(page ->
                    rows(dsg, page.getObject(), item.getObject()).forEach(dsg::add));
        }
    }

    /**
     * Brings the rows of the events {@code touched} names to what {@link #write} gives, in the caller's write
     * transaction after the letter graphs and the body pages are updated; returns the number of events recomputed.
     */
    static int update(DatasetGraph dsg, Recorder touched) {
        Set<Node> events = touched.events(dsg);
        for (Node event : events) {
            Set<Quad> want = new HashSet<>();
            dsg.find(G, Node.ANY, PAGE_ITEM, event).forEachRemaining(item ->
                    dsg.find(G, item.getSubject(), EVENT_PAGE_OF, Node.ANY).forEachRemaining(page ->
                            want.addAll(rows(dsg, page.getObject(), event))));
            List<Quad> have = new ArrayList<>();
            dsg.find(G, Node.ANY, LIFECYCLE_EVENT, event).forEachRemaining(q ->
                    dsg.find(G, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(have::add));
            for (Quad q : have) {
                if (!want.remove(q)) {
                    dsg.delete(q);
                }
            }
            want.forEach(dsg::add);
        }
        return events.size();
    }

    /** The quads of the rows of {@code event} as a page of {@code body} lists it: none when it has none. */
    static List<Quad> rows(DatasetGraph dsg, Node body, Node event) {
        List<String> rows = new ArrayList<>();
        eventRows(dsg, body, event, rows);
        if (rows.isEmpty()) {
            return List.of();
        }
        rows.sort(null);
        Node r = node(body, event);
        return List.of(new Quad(G, r, LIFECYCLE_EVENT, event), new Quad(G, r, LIFECYCLE_BODY, body),
                new Quad(G, r, LIFECYCLE_ROWS, NodeFactory.createLiteralString(String.join(String.valueOf(ROWS), rows))));
    }

    /** The IRI of the rows of {@code event} for {@code body}: the summary graph's, then both IRIs, each encoded. */
    static Node node(Node body, Node event) {
        return NodeFactory.createURI(Summaries.GRAPH + "/lifecycle/" + encode(body) + "/" + encode(event));
    }

    private static String encode(Node n) {
        String iri = n.isURI() ? n.getURI() : n.toString();
        return URLEncoder.encode(iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length()) : iri, StandardCharsets.UTF_8);
    }

    /**
     * What the letter graphs an update drops and adds touch in the rows: the events whose reports, concerns, dates,
     * type or status were dropped or added, the documents whose versions or symbols changed (a version's symbol shows
     * in the other versions' rows) and the places whose names changed (a seat's name). Fed every quad of those graphs.
     */
    static final class Recorder {
        private final Set<Node> events = new HashSet<>();
        private final Set<Node> documents = new HashSet<>();
        private final Set<Node> places = new HashSet<>();

        /** Notes what {@code q}, a quad of a letter graph dropped or added, touches. */
        void note(Quad q) {
            Node p = q.getPredicate();
            if (p.equals(DERIVED_FROM) || p.equals(CONCERNS) || p.equals(EVENT_DATE) || p.equals(EVENT_TYPE)
                    || p.equals(END_DATE) || p.equals(STATUS)) {
                events.add(q.getSubject());
            } else if (p.equals(IS_VERSION_OF)) {
                documents.add(q.getObject());
            } else if (p.equals(SAME_DOCUMENT_AS)) {
                documents.add(q.getObject());
                documents.add(q.getSubject());
            } else if (p.equals(SYMBOL)) {
                documents.add(q.getSubject());
            } else if (p.equals(PREF_LABEL)) {
                places.add(q.getSubject());
            }
        }

        /**
         * The events whose rows may differ, read after the change: those noted, those the letters of the documents
         * noted report (and of the documents those state themselves the same as, whose rows show their symbol), and those a letter giving a seat
         * whose names changed reports.
         */
        Set<Node> events(DatasetGraph dsg) {
            Set<Node> out = new HashSet<>(events);
            Set<Node> docs = new HashSet<>(documents);
            for (Node d : documents) {
                dsg.find(Node.ANY, d, SAME_DOCUMENT_AS, Node.ANY).forEachRemaining(q -> docs.add(q.getObject()));
            }
            for (Node d : docs) {
                dsg.find(Node.ANY, Node.ANY, IS_VERSION_OF, d).forEachRemaining(v ->
                        dsg.find(Node.ANY, Node.ANY, DERIVED_FROM, v.getSubject()).forEachRemaining(q -> out.add(q.getSubject())));
            }
            for (Node place : places) {
                dsg.find(Node.ANY, Node.ANY, HAS_SITE, place).forEachRemaining(site ->
                        dsg.find(site.getGraph(), Node.ANY, DERIVED_FROM, Node.ANY).forEachRemaining(q -> out.add(q.getSubject())));
            }
            return out;
        }
    }

    private static void eventRows(DatasetGraph dsg, Node body, Node event, List<String> out) {
        List<Node> types = distinct(objects(dsg, Node.ANY, event, EVENT_TYPE));
        List<Node> dates = distinct(objects(dsg, Node.ANY, event, EVENT_DATE));
        if (types.isEmpty() || dates.isEmpty()) {
            return;
        }
        List<Node> ends = optional(distinct(objects(dsg, Node.ANY, event, END_DATE)));
        List<Quad> reports = new ArrayList<>();
        dsg.find(Node.ANY, event, DERIVED_FROM, Node.ANY).forEachRemaining(reports::add);
        for (Quad report : reports) {
            Node g = report.getGraph();
            Node letter = report.getObject();
            List<Node> sources = objects(dsg, g, letter, SOURCE_FILE);
            List<Node> docs = objects(dsg, g, letter, IS_VERSION_OF);
            if (sources.isEmpty() || docs.isEmpty()) {
                continue;
            }
            List<Node> statuses = optional(objects(dsg, g, event, STATUS));
            List<Node> letterDates = optional(objects(dsg, g, letter, LETTER_DATE));
            List<Node> seats = optional(seats(dsg, g, body));
            List<Node> tasks = optional(tasks(dsg, g, body));
            for (Node doc : docs) {
                List<Node> symbols = symbols(dsg, doc);
                for (Node type : types) {
                    for (Node date : dates) {
                        for (Node end : ends) {
                            for (Node status : statuses) {
                                for (Node source : sources) {
                                    for (Node letterDate : letterDates) {
                                        for (Node symbol : symbols) {
                                            for (Node seat : seats) {
                                                for (Node task : tasks) {
                                                    out.add(new Row(date, type, end, status, source, letterDate, symbol,
                                                            seat, task).encode());
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** The English names of the seats graph {@code g} gives {@code body}, one per seat and name. */
    private static List<Node> seats(DatasetGraph dsg, Node g, Node body) {
        List<Node> out = new ArrayList<>();
        for (Node place : objects(dsg, g, body, HAS_SITE)) {
            for (Node label : distinct(objects(dsg, Node.ANY, place, PREF_LABEL))) {
                if (label.isLiteral() && isEnglish(label.getLiteralLanguage())) {
                    out.add(label);
                }
            }
        }
        return out;
    }

    /** {@code LANGMATCHES(tag, "en")}. */
    private static boolean isEnglish(String tag) {
        return tag.equalsIgnoreCase("en") || tag.regionMatches(true, 0, "en-", 0, 3);
    }

    /** The task counts of the mandates graph {@code g} states of {@code body}, one per mandate and count. */
    private static List<Node> tasks(DatasetGraph dsg, Node g, Node body) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, Node.ANY, OF, body).forEachRemaining(m -> out.addAll(objects(dsg, g, m.getSubject(), TASK_COUNT)));
        return out;
    }

    /**
     * The symbols a row of a letter of {@code doc} shows: the document's own (once per pair of an own symbol and a
     * document stating itself the same with its symbol, as the query's two optional patterns join), else another's.
     */
    private static List<Node> symbols(DatasetGraph dsg, Node doc) {
        List<Node> own = distinct(objects(dsg, Node.ANY, doc, SYMBOL));
        List<Node> others = new ArrayList<>();
        for (Node other : distinct(subjects(dsg, SAME_DOCUMENT_AS, doc))) {
            others.addAll(distinct(objects(dsg, Node.ANY, other, SYMBOL)));
        }
        List<Node> out = new ArrayList<>();
        for (Node o : optional(own)) {
            for (Node x : optional(others)) {
                out.add(o != null ? o : x);
            }
        }
        return out;
    }

    /** The values of {@code s p ?o} in graph {@code g} (any graph: one per graph stating it). */
    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static List<Node> subjects(DatasetGraph dsg, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** Once each: the union of all graphs holds a triple once however many graphs state it. */
    private static List<Node> distinct(Collection<Node> nodes) {
        return new ArrayList<>(new LinkedHashSet<>(nodes));
    }

    /** An optional pattern's values: none matched is one row without it. */
    private static List<Node> optional(List<Node> values) {
        if (values.isEmpty()) {
            List<Node> none = new ArrayList<>(1);
            none.add(null);
            return none;
        }
        return values;
    }

    /**
     * One row, as the query's variables: {@code ?date}'s lexical form, {@code ?type}, {@code ?endDate} (lexical form,
     * datatype IRI; both empty when none), {@code ?status}, {@code ?source}, {@code ?letterDate} (as the end date),
     * {@code ?symbol}, {@code ?seat} (lexical form, language tag), {@code ?tasks} (as the end date), then
     * {@code ?date}'s datatype IRI: the row begins and ends with a value that is never empty nor spaced, as Jena's
     * {@code apf:strSplit} trims each part it splits off (U+001E and U+001F are among the characters it trims). A string
     * value is its lexical form, empty when unbound (an empty status or symbol is not one the shapes allow).
     */
    record Row(Node date, Node type, Node endDate, Node status, Node source, Node letterDate, Node symbol, Node seat,
            Node tasks) {
        String encode() {
            StringBuilder b = new StringBuilder(160);
            b.append(date.getLiteralLexicalForm()).append(FIELD);
            text(b, type).append(FIELD);
            typed(b, endDate).append(FIELD);
            text(b, status).append(FIELD);
            text(b, source).append(FIELD);
            typed(b, letterDate).append(FIELD);
            text(b, symbol).append(FIELD);
            if (seat != null) {
                b.append(seat.getLiteralLexicalForm()).append(FIELD).append(seat.getLiteralLanguage());
            } else {
                b.append(FIELD);
            }
            b.append(FIELD);
            typed(b, tasks).append(FIELD);
            return b.append(datatype(date)).toString();
        }

        private static StringBuilder typed(StringBuilder b, Node n) {
            if (n == null || !n.isLiteral()) {
                return b.append(FIELD);
            }
            return b.append(n.getLiteralLexicalForm()).append(FIELD).append(datatype(n));
        }

        private static String datatype(Node n) {
            String dt = n.getLiteralDatatypeURI();
            return dt == null ? XSD.xstring.getURI() : dt;
        }

        private static StringBuilder text(StringBuilder b, Node n) {
            return n == null ? b : b.append(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        }
    }
}
