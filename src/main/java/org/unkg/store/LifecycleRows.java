package org.unkg.store;

import java.util.ArrayList;
import java.util.Collection;
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
 * The rows {@code queries/lifecycle.rq} lists for a page of a body's events, part of the summary graph: per event page
 * ({@link BodyPages}), one literal {@code unkg:lifecycleRows} holding them, so the query reads one literal per page and
 * splits it instead of joining six optional and graph patterns for every row.
 *
 * <p>A row is what the query selected from the letters, per event of the page, per letter that reports it (the
 * pattern {@code GRAPH ?g { ?event prov:wasDerivedFrom ?letter }}): the event's date and type and end date (over all
 * graphs), the letter's source file, date and the event's status there (in the letter's graph), the symbol of the
 * letter's document (its own, else one a document {@code unkg:sameDocumentAs} it states), the English name of the seat
 * the letter gives the body and the task count of the body's mandate there. A pattern that matches several ways gives
 * a row for each, as the query's joins do; an event without a date or type gives none. The rows are sorted (a build
 * and an update write the same literal) and written as fields separated by U+001F, rows by U+001E; the field list is
 * {@link Row}'s. A page with no rows has no literal.
 */
public final class LifecycleRows {
    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);
    static final Node LIFECYCLE_ROWS = NodeFactory.createURI(Vocab.UNKG + "lifecycleRows");
    private static final Node PAGE_ITEM = BodyPages.PAGE_ITEM;
    private static final Node EVENT_PAGE_OF = BodyPages.EVENT_PAGE_OF;
    private static final Node EVENT_TYPE = Vocab.eventType.asNode();
    private static final Node EVENT_DATE = Vocab.date.asNode();
    private static final Node END_DATE = Vocab.endDate.asNode();
    private static final Node STATUS = Vocab.status.asNode();
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

    /** Adds the rows of every event page to the summary graph, in the caller's write transaction, after the pages. */
    static void write(DatasetGraph dsg) {
        List<Quad> pages = new ArrayList<>();
        dsg.find(G, Node.ANY, EVENT_PAGE_OF, Node.ANY).forEachRemaining(pages::add);
        for (Quad q : pages) {
            Node rows = rows(dsg, q.getSubject(), q.getObject());
            if (rows != null) {
                dsg.add(G, q.getSubject(), LIFECYCLE_ROWS, rows);
            }
        }
    }

    /**
     * Brings the rows of the event pages that an update may have changed to what {@link #write} gives, in the caller's
     * write transaction after the pages are updated: every page of {@code bodies} (whose pages were recomputed), and
     * the pages of other bodies that list one of {@code events}. (A page {@link BodyPages#update} drops or rewrites loses
     * its rows with its other quads.) Returns the number of pages whose rows were rewritten.
     */
    static int update(DatasetGraph dsg, Set<Node> bodies, Set<Node> events) {
        Set<Quad> pages = new LinkedHashSet<>();
        for (Node body : bodies) {
            dsg.find(G, Node.ANY, EVENT_PAGE_OF, body).forEachRemaining(pages::add);
        }
        for (Node e : events) {
            dsg.find(G, Node.ANY, PAGE_ITEM, e).forEachRemaining(item ->
                    dsg.find(G, item.getSubject(), EVENT_PAGE_OF, Node.ANY).forEachRemaining(pages::add));
        }
        int rewritten = 0;
        for (Quad q : pages) {
            Node want = rows(dsg, q.getSubject(), q.getObject());
            List<Quad> have = new ArrayList<>();
            dsg.find(G, q.getSubject(), LIFECYCLE_ROWS, Node.ANY).forEachRemaining(have::add);
            if (have.size() == 1 && want != null && have.get(0).getObject().equals(want)) {
                continue;
            }
            have.forEach(dsg::delete);
            if (want != null) {
                dsg.add(G, q.getSubject(), LIFECYCLE_ROWS, want);
            }
            rewritten++;
        }
        return rewritten;
    }

    /** The rows literal of the event page {@code page} of {@code body}, or null when it has none. */
    static Node rows(DatasetGraph dsg, Node page, Node body) {
        List<String> rows = new ArrayList<>();
        for (Node event : distinct(objects(dsg, Node.ANY, page, PAGE_ITEM))) {
            eventRows(dsg, body, event, rows);
        }
        if (rows.isEmpty()) {
            return null;
        }
        rows.sort(null);
        return NodeFactory.createLiteralString(String.join(String.valueOf(ROWS), rows));
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
