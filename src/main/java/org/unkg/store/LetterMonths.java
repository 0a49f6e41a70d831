package org.unkg.store;

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
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.unkg.graph.Vocab;

/**
 * The letters by the month of their date, in the summary graph, so the latest letters are found without sorting
 * every letter: each month ({@code <id/month/YYYY-MM>}, and {@code <id/month/undated>} for the letters that state no
 * date) lists its letters ({@code unkg:monthLetter}), how many letter-date rows it holds ({@code unkg:monthRows}) and
 * how many the later months hold ({@code unkg:lettersAfter}; the undated month comes after every dated one, as an
 * unbound date sorts last in {@code ORDER BY DESC(?date)}). The months holding the {@code N} latest letters are those
 * with {@code unkg:lettersAfter < N}: {@code queries/letters.rq} sorts only their letters.
 */
public final class LetterMonths {
    /** The key of the month of the letters that state no date. */
    static final String UNDATED = "undated";

    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);
    private static final Node LETTER = NodeFactory.createURI(Vocab.UNKG + "Letter");
    private static final Node DATE = NodeFactory.createURI(Vocab.DCT + "date");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node MONTH_LETTER = NodeFactory.createURI(Vocab.UNKG + "monthLetter");
    private static final Node MONTH_ROWS = NodeFactory.createURI(Vocab.UNKG + "monthRows");
    private static final Node LETTERS_AFTER = NodeFactory.createURI(Vocab.UNKG + "lettersAfter");
    private static final String MONTH = Vocab.ID + "month/";

    /** Latest month first, the undated month last. */
    private static final Comparator<String> ORDER = Comparator.<String, Boolean>comparing(UNDATED::equals)
            .thenComparing(Comparator.<String>reverseOrder());

    private LetterMonths() {}

    /**
     * The letters whose type or dates an update drops or adds quads of, with those quads by triple and graph, so their
     * months before the update are known without reading the letters the months list ({@link #update}).
     */
    static final class Recorder {
        private final Set<Node> letters = new LinkedHashSet<>();
        private final Map<Triple, Set<Node>> removed = new HashMap<>();
        private final Map<Triple, Set<Node>> added = new HashMap<>();

        /** Notes a quad of a letter graph being dropped. */
        void removed(Quad q) {
            note(q, removed);
        }

        /** Notes a quad of a letter graph being added. */
        void added(Quad q) {
            note(q, added);
        }

        private void note(Quad q, Map<Triple, Set<Node>> into) {
            Node p = q.getPredicate();
            if (p.equals(DATE) || p.equals(TYPE) && q.getObject().equals(LETTER)) {
                letters.add(q.getSubject());
                into.computeIfAbsent(q.asTriple(), t -> new HashSet<>()).add(q.getGraph());
            }
        }

        /** How many letters the update changed the type or dates of. */
        int size() {
            return letters.size();
        }

        /**
         * Whether the store held {@code t} before the update: in a graph the update did not add it to, or in
         * one it dropped it from.
         */
        private boolean before(Triple t, Set<Node> graphsNow) {
            Set<Node> graphs = new HashSet<>(graphsNow);
            graphs.removeAll(added.getOrDefault(t, Set.of()));
            graphs.addAll(removed.getOrDefault(t, Set.of()));
            return !graphs.isEmpty();
        }
    }

    /** The months being made from the letter graphs as a build loads them. */
    static final class Tally {
        private final Map<String, List<Node>> letters = new HashMap<>();
        private final Map<String, Integer> rows = new HashMap<>();

        /** Lists the letters of a letter graph about to be loaded (a letter's type and dates are in its graph). */
        void letter(org.apache.jena.graph.Graph g) {
            g.find(Node.ANY, RDF.type.asNode(), LETTER).forEachRemaining(t -> {
                Node l = t.getSubject();
                Set<Node> dates = new HashSet<>();
                g.find(l, DATE, Node.ANY).forEachRemaining(d -> dates.add(d.getObject()));
                months(dates).forEach((m, n) -> {
                    letters.computeIfAbsent(m, k -> new ArrayList<>()).add(l);
                    rows.merge(m, n, Integer::sum);
                });
            });
        }

        /** Adds the months listed to the summary graph (emptied by the caller). */
        void write(DatasetGraph dsg) {
            letters.forEach((m, ls) -> ls.forEach(l -> dsg.add(G, month(m), MONTH_LETTER, l)));
            rows.forEach((m, n) -> dsg.add(G, month(m), MONTH_ROWS, integer(n)));
            after(dsg, rows, Map.of());
        }
    }

    /** Adds the months of every letter of {@code dsg} to its summary graph (in the caller's write transaction). */
    static void write(DatasetGraph dsg) {
        Map<String, Integer> rows = new HashMap<>();
        Set<Node> letters = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), LETTER).forEachRemaining(q -> letters.add(q.getSubject()));
        for (Node l : letters) {
            months(dsg, l).forEach((m, n) -> {
                dsg.add(G, month(m), MONTH_LETTER, l);
                rows.merge(m, n, Integer::sum);
            });
        }
        rows.forEach((m, n) -> dsg.add(G, month(m), MONTH_ROWS, integer(n)));
        after(dsg, rows, Map.of());
    }

    /**
     * Brings the months of the summary graph up to date after an update changed the type or dates of the letters
     * {@code recorder} noted, in the caller's write transaction: they leave the months they were listed in and join
     * those of their dates now; each month touched adds to its rows what its letters' dates now hold there and takes
     * off what they held before (read from the store and the quads recorded, not from the month's other letters), and
     * every month whose {@code unkg:lettersAfter} changed gets the new figure. The result is what {@link #write} gives.
     */
    static void update(DatasetGraph dsg, Recorder recorder) {
        if (recorder.letters.isEmpty()) {
            return;
        }
        Map<Node, Integer> delta = new HashMap<>();
        for (Node l : recorder.letters) {
            Map<Triple, Set<Node>> now = new HashMap<>();
            dsg.find(Node.ANY, l, TYPE, LETTER).forEachRemaining(q ->
                    now.computeIfAbsent(q.asTriple(), t -> new HashSet<>()).add(q.getGraph()));
            dsg.find(Node.ANY, l, DATE, Node.ANY).forEachRemaining(q ->
                    now.computeIfAbsent(q.asTriple(), t -> new HashSet<>()).add(q.getGraph()));
            Set<Triple> was = new HashSet<>();
            Set<Triple> triples = new HashSet<>(now.keySet());
            recorder.removed.keySet().forEach(t -> {
                if (t.getSubject().equals(l)) {
                    triples.add(t);
                }
            });
            for (Triple t : triples) {
                if (recorder.before(t, now.getOrDefault(t, Set.of()))) {
                    was.add(t);
                }
            }
            Map<String, Integer> before = months(l, was);
            Map<String, Integer> after = months(l, now.keySet());
            before.forEach((m, n) -> delta.merge(month(m), -n, Integer::sum));
            after.forEach((m, n) -> delta.merge(month(m), n, Integer::sum));
            List<Quad> listed = new ArrayList<>();
            dsg.find(G, Node.ANY, MONTH_LETTER, l).forEachRemaining(listed::add);
            for (Quad q : listed) {
                delta.merge(q.getSubject(), 0, Integer::sum);
                if (!after.containsKey(key(q.getSubject()))) {
                    dsg.delete(q);
                }
            }
            after.keySet().forEach(m -> {
                if (listed.stream().noneMatch(q -> q.getSubject().equals(month(m)))) {
                    dsg.add(G, month(m), MONTH_LETTER, l);
                }
            });
        }
        delta.forEach((m, d) -> {
            var stored = dsg.find(G, m, MONTH_ROWS, Node.ANY);
            Node old = stored.hasNext() ? stored.next().getObject() : null;
            int n = (old == null ? 0 : Integer.parseInt(old.getLiteralLexicalForm())) + d;
            if (d == 0 && old != null) {
                return;
            }
            if (old != null) {
                dsg.delete(G, m, MONTH_ROWS, old);
            }
            if (n > 0) {
                dsg.add(G, m, MONTH_ROWS, integer(n));
            } else {
                dsg.deleteAny(G, m, LETTERS_AFTER, Node.ANY);
            }
        });
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        dsg.find(G, Node.ANY, MONTH_ROWS, Node.ANY).forEachRemaining(q -> rows.put(key(q.getSubject()),
                Integer.parseInt(q.getObject().getLiteralLexicalForm())));
        dsg.find(G, Node.ANY, LETTERS_AFTER, Node.ANY).forEachRemaining(q -> before.put(key(q.getSubject()),
                Integer.parseInt(q.getObject().getLiteralLexicalForm())));
        after(dsg, rows, before);
    }

    /** Writes each month's {@code unkg:lettersAfter} from the rows of the months, where it differs from {@code before}. */
    private static void after(DatasetGraph dsg, Map<String, Integer> rows, Map<String, Integer> before) {
        TreeMap<String, Integer> ordered = new TreeMap<>(ORDER);
        ordered.putAll(rows);
        int later = 0;
        for (Map.Entry<String, Integer> e : ordered.entrySet()) {
            Integer old = before.get(e.getKey());
            if (old == null || old != later) {
                Node m = month(e.getKey());
                dsg.deleteAny(G, m, LETTERS_AFTER, Node.ANY);
                dsg.add(G, m, LETTERS_AFTER, integer(later));
            }
            later += e.getValue();
        }
    }

    /**
     * The months a letter is listed in, with how many of its dates fall in each: none when {@code l} is no letter, the
     * undated month when it states no date.
     */
    private static Map<String, Integer> months(DatasetGraph dsg, Node l) {
        if (!dsg.find(Node.ANY, l, TYPE, LETTER).hasNext()) {
            return new HashMap<>();
        }
        Set<Node> dates = new HashSet<>();
        dsg.find(Node.ANY, l, DATE, Node.ANY).forEachRemaining(q -> dates.add(q.getObject()));
        return months(dates);
    }

    /**
     * The months a letter is listed in by its type and date triples {@code triples}, with how many of its dates fall in
     * each: none when they do not type {@code l} a letter, the undated month when they state no date.
     */
    private static Map<String, Integer> months(Node l, Set<Triple> triples) {
        if (!triples.contains(Triple.create(l, TYPE, LETTER))) {
            return new HashMap<>();
        }
        Set<Node> dates = new HashSet<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(DATE)) {
                dates.add(t.getObject());
            }
        }
        return months(dates);
    }

    /** The months of a letter's dates {@code dates}, with how many fall in each; the undated month when there are none. */
    private static Map<String, Integer> months(Set<Node> dates) {
        Map<String, Integer> out = new HashMap<>();
        for (Node d : dates) {
            String lex = d.isLiteral() ? d.getLiteralLexicalForm() : d.toString();
            out.merge(lex.length() >= 7 ? lex.substring(0, 7) : lex, 1, Integer::sum);
        }
        if (out.isEmpty()) {
            out.put(UNDATED, 1);
        }
        return out;
    }

    private static Node month(String key) {
        return NodeFactory.createURI(MONTH + key);
    }

    private static String key(Node month) {
        return month.getURI().substring(MONTH.length());
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteral(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
