package org.unkg.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.unkg.graph.SubjectScope;
import org.unkg.graph.Vocab;

/**
 * The letters about a subject by year, part of the summary graph, so {@code queries/letters-by-subject.rq} reads a
 * handful of rows instead of walking a concept's narrower concepts and every letter about them. A letter is about a
 * concept when its {@code %%%} line names it ({@code dcterms:subject}) or the subject indexer ranks it among its first
 * {@link SubjectScope#INDEX_RANKS}; it counts for that concept and every broader one ({@code skos:broader*}), in the
 * year of each of its dates ({@code "undated"} when it states none).
 *
 * <p>For each such concept and year a row, one literal on the concept ({@code concept unkg:subjectYearRow
 * "year U+001F letters U+001F symbol U+001F symbol..."}): the year ({@code "undated"}, or empty when a date has no
 * year), the number of letters and their symbols (a letter's file name when it states none), distinct and sorted, as
 * the query's {@code COUNT(DISTINCT ?letter)} and {@code GROUP_CONCAT(DISTINCT ...)} gave them; the query splits it.
 * One quad per row. The query finds the concept by its preferred label in lower case ({@code unkg:subjectKeyLabel},
 * on each concept with rows). A label several resources of the shared graphs (the thesaurus, the catalog) share names
 * all of them in the query: its rows are those of a group of them ({@code <summary graph>/subject-group/TAIL+TAIL...},
 * holding every label that names exactly them) over the letters about any of them.
 *
 * <p>{@link #update} adjusts the rows of the concepts and years of the letters an update removed (from their quads,
 * recorded as they were dropped: {@link Recorder}) and added (read from the store): counts add up; a symbol leaves a
 * row only when no letter stored now with that symbol is in the row.
 */
public final class SubjectYears {
    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);
    /** The graphs whose labels name the concepts: the thesaurus, the catalog, the ontology. */
    private static final List<String> SHARED_GRAPHS = List.of(Vocab.THESAURUS_GRAPH, Vocab.CATALOG_GRAPH,
            Vocab.ONTOLOGY_GRAPH);
    private static final List<Node> SHARED_GRAPH_NODES = SHARED_GRAPHS.stream().map(SubjectYears::uri).toList();
    private static final Node LETTER = uri(Vocab.UNKG + "Letter");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBJECT = uri(Vocab.DCT + "subject");
    private static final Node INDEXED_BY = uri(Vocab.UNKG + "indexedBy");
    private static final Node CONCEPT = uri(Vocab.UNKG + "concept");
    private static final Node RANK = uri(Vocab.UNKG + "rank");
    private static final Node DATE = uri(Vocab.DCT + "date");
    private static final Node SYMBOL = uri(Vocab.UNKG + "symbol");
    private static final Node FILE = uri(Vocab.UNKG + "sourceFile");
    private static final Node BROADER = uri(Vocab.SKOS + "broader");
    private static final Node PREF_LABEL = uri(Vocab.SKOS + "prefLabel");
    static final Node ROW = uri(Vocab.UNKG + "subjectYearRow");
    static final Node KEY_LABEL = uri(Vocab.UNKG + "subjectKeyLabel");
    private static final Set<Node> READ = Set.of(TYPE, SUBJECT, INDEXED_BY, CONCEPT, RANK, DATE, SYMBOL, FILE);
    /** The year of a letter whose date has no year (a row without {@code unkg:subjectYear}, as the query's unbound one). */
    private static final Node NO_YEAR = NodeFactory.createBlankNode("no-year");
    private static final Node UNDATED = NodeFactory.createLiteralString("undated");
    /** Separates the symbols of a row (a file name may hold spaces; the query shows them separated by spaces). */
    static final char SEPARATOR = '\u001F';

    private SubjectYears() {}

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The quads of the letter graphs an update drops that a letter's rows depend on, kept to compare with after. */
    static final class Recorder {
        private final Graph removed = GraphFactory.createDefaultGraph();
        private final Set<Node> letters = new LinkedHashSet<>();

        /** Notes a quad of a letter graph being dropped. */
        void removed(Quad q) {
            if (READ.contains(q.getPredicate())) {
                removed.add(q.asTriple());
                if (q.getPredicate().equals(TYPE) && q.getObject().equals(LETTER)) {
                    letters.add(q.getSubject());
                }
            }
        }

        /** Notes a quad of a letter graph being added. */
        void added(Quad q) {
            if (q.getPredicate().equals(TYPE) && q.getObject().equals(LETTER)) {
                letters.add(q.getSubject());
            }
        }
    }

    /** A letter's place in the rows: the keys (concepts and label groups) and years it counts in, and its symbols. */
    private record Membership(Set<Node> keys, Set<Node> years, Set<Node> symbols) {
        static final Membership NONE = new Membership(Set.of(), Set.of(), Set.of());
    }

    /** A row's figures while they are computed. */
    private static final class Row {
        int letters;
        final TreeSet<String> symbols = new TreeSet<>();
    }

    /**
     * What the rows are computed with: the broader concepts and the labels. Read in full once per computation of all
     * rows ({@link #full}); for an update ({@link #forUpdate}), the labels that name several resources come from the
     * file {@link LabelGroups} keeps beside the database while the shared graphs' labels are those it was written
     * for, and a concept's own labels are read when it is met.
     */
    private static final class Context {
        final DatasetGraph dsg;
        final Map<Node, Set<Node>> closure = new HashMap<>();
        /** Each resource's lower-case preferred labels: all of them when {@link #complete}, else those read so far. */
        final Map<Node, Set<String>> labels = new HashMap<>();
        /** Whether {@link #labels} holds every resource's labels. */
        private final boolean complete;
        /** The group of each label that names several resources: one per set of resources, whatever the language. */
        final Map<String, Node> groups;
        /** The labels of each group. */
        final Map<Node, List<String>> groupLabels = new HashMap<>();

        private Context(DatasetGraph dsg, Map<String, Node> groups, boolean complete) {
            this.dsg = dsg;
            this.groups = groups;
            this.complete = complete;
        }

        /** Every label of the shared graphs read from {@code dsg}; their groups are recorded beside the database. */
        static Context full(DatasetGraph dsg) {
            Context ctx = new Context(dsg, new HashMap<>(), true);
            // each lower-case preferred label with the resources it names
            Map<String, Set<Node>> named = new HashMap<>();
            // the labels of the shared graphs (read graph by graph, not among the letters' labels): a letter's labels
            // name its persons, never a concept letters are about
            for (String graph : SHARED_GRAPHS) {
                dsg.find(uri(graph), Node.ANY, PREF_LABEL, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isLiteral()) {
                        String l = lower(q.getObject().getLiteralLexicalForm());
                        named.computeIfAbsent(l, k -> new HashSet<>()).add(q.getSubject());
                        ctx.labels.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(l);
                    }
                });
            }
            named.forEach((l, resources) -> {
                if (resources.size() > 1) {
                    ctx.groups.put(l, group(resources));
                }
            });
            ctx.indexGroups();
            LabelGroups.write(LabelGroups.directory(dsg), LabelGroups.fingerprint(dsg, SHARED_GRAPH_NODES, PREF_LABEL),
                    ctx.groups);
            return ctx;
        }

        /**
         * For an update: the groups recorded beside the database when the shared graphs' labels are still those they
         * were recorded for, the concepts' labels read as they are met; else every label read ({@link #full}).
         */
        static Context forUpdate(DatasetGraph dsg) {
            Map<String, Node> recorded = recordedGroups(dsg);
            if (recorded == null) {
                return full(dsg);
            }
            Context ctx = new Context(dsg, recorded, false);
            ctx.indexGroups();
            return ctx;
        }

        private void indexGroups() {
            groups.forEach((l, g) -> groupLabels.computeIfAbsent(g, k -> new ArrayList<>()).add(l));
        }

        /** The lower-case preferred labels the shared graphs give {@code r}. */
        Set<String> labelsOf(Node r) {
            if (complete) {
                return labels.getOrDefault(r, Set.of());
            }
            return labels.computeIfAbsent(r, x -> {
                Set<String> out = new HashSet<>();
                for (Node graph : SHARED_GRAPH_NODES) {
                    dsg.find(graph, x, PREF_LABEL, Node.ANY).forEachRemaining(q -> {
                        if (q.getObject().isLiteral()) {
                            out.add(lower(q.getObject().getLiteralLexicalForm()));
                        }
                    });
                }
                return out;
            });
        }

        /** The concept and every concept above it ({@code skos:broader*}). */
        Set<Node> upward(Node concept) {
            Set<Node> known = closure.get(concept);
            if (known != null) {
                return known;
            }
            Set<Node> out = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(concept));
            while (!todo.isEmpty()) {
                Node c = todo.pop();
                if (out.add(c)) {
                    dsg.find(Node.ANY, c, BROADER, Node.ANY).forEachRemaining(q -> todo.push(q.getObject()));
                }
            }
            closure.put(concept, out);
            return out;
        }

        /** The group a label names (the resources it names, when there are several), or null. */
        Node key(String label) {
            return groups.get(label);
        }

        /** The concepts with the groups of the labels they share, for a letter about {@code concepts}. */
        Set<Node> keys(Set<Node> concepts) {
            Set<Node> out = new LinkedHashSet<>();
            for (Node c : concepts) {
                for (Node k : upward(c)) {
                    out.add(k);
                    for (String l : labelsOf(k)) {
                        Node g = key(l);
                        if (g != null) {
                            out.add(g);
                        }
                    }
                }
            }
            return out;
        }

        /** The labels a key stands for in the summary: a group's label, a concept's labels no other resource has. */
        List<String> keyLabels(Node key) {
            List<String> out = new ArrayList<>(groupLabels.getOrDefault(key, List.of()));
            for (String l : labelsOf(key)) {
                if (key(l) == null) {
                    out.add(l);
                }
            }
            out.sort(null);
            return out;
        }
    }

    /** {@code LCASE}, as the query computes it. */
    private static String lower(String s) {
        return XSDFuncOp.strLowerCase(NodeValue.makeString(s)).getString();
    }

    /** The group of several resources a label names: named after them. */
    private static Node group(Set<Node> resources) {
        TreeSet<String> tails = new TreeSet<>();
        resources.forEach(r -> tails.add(URLEncoder.encode(MentionSubjects.tail(r), StandardCharsets.UTF_8)));
        return uri(Summaries.GRAPH + "/subject-group/" + String.join("+", tails));
    }

    /** What of a letter its rows count: the concepts it is about, the years of its dates, its symbols (or files). */
    record Facts(Set<Node> concepts, Set<Node> years, Set<Node> symbols) {}

    /**
     * The facts of a letter from its quads as {@code objects} gives them ({@code objects(s, p)}: the objects of
     * {@code s p ?o}): null when it is no letter or is about no concept.
     */
    static Facts facts(Node letter, BiFunction<Node, Node, List<Node>> objects) {
        if (!objects.apply(letter, TYPE).contains(LETTER)) {
            return null;
        }
        Set<Node> concepts = new LinkedHashSet<>(objects.apply(letter, SUBJECT));
        for (Node row : objects.apply(letter, INDEXED_BY)) {
            boolean counts = false;
            for (Node rank : objects.apply(row, RANK)) {
                counts |= MentionSubjects.counts(rank);
            }
            if (counts) {
                concepts.addAll(objects.apply(row, CONCEPT));
            }
        }
        if (concepts.isEmpty()) {
            return null;
        }
        Set<Node> years = new LinkedHashSet<>();
        for (Node d : objects.apply(letter, DATE)) {
            years.add(year(d));
        }
        if (years.isEmpty()) {
            years.add(UNDATED);
        }
        Set<Node> symbols = new LinkedHashSet<>();
        for (Node s : objects.apply(letter, SYMBOL)) {
            if (s.isLiteral()) {
                symbols.add(s);
            }
        }
        if (symbols.isEmpty()) {
            for (Node f : objects.apply(letter, FILE)) {
                if (f.isLiteral()) {
                    symbols.add(f);
                }
            }
        }
        return new Facts(concepts, years, symbols);
    }

    /** Where a letter counts: none when it is no letter or is about no concept. */
    private static Membership membership(Context ctx, Node letter, BiFunction<Node, Node, List<Node>> objects) {
        Facts f = facts(letter, objects);
        return f == null ? Membership.NONE : new Membership(ctx.keys(f.concepts()), f.years(), f.symbols());
    }

    /** {@code YEAR(?date)} as the query binds it; {@link #NO_YEAR} when that is an error (left unbound). */
    private static Node year(Node date) {
        try {
            return XSDFuncOp.getYear(NodeValue.makeNode(date)).asNode();
        } catch (ExprEvalException | ClassCastException e) {
            return NO_YEAR;
        }
    }

    /** The objects of {@code s p ?o} over every graph of {@code dsg}, once each. */
    static BiFunction<Node, Node, List<Node>> stored(DatasetGraph dsg) {
        return (s, p) -> {
            List<Node> out = new ArrayList<>();
            dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
                if (!out.contains(q.getObject())) {
                    out.add(q.getObject());
                }
            });
            return out;
        };
    }

    /** The objects of {@code s p ?o} in the graph {@code g}. */
    static BiFunction<Node, Node, List<Node>> recorded(Graph g) {
        return (s, p) -> {
            List<Node> out = new ArrayList<>();
            g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            return out;
        };
    }

    /**
     * The rows being counted: the letters by the concepts they are about and their years (letters about the same
     * concepts add up), turned into rows per concept and broader concept when written.
     */
    static final class Tally {
        private final Map<Set<Node>, Map<Node, Row>> byConcepts = new HashMap<>();
        /** The label groups {@link #write} computed, for {@link #recordGroups}; null before it ran. */
        private Map<String, Node> groups;

        /** Counts a letter with {@code facts} (none when null). */
        void add(Facts facts) {
            if (facts == null) {
                return;
            }
            Map<Node, Row> byYear = byConcepts.computeIfAbsent(facts.concepts(), x -> new HashMap<>());
            for (Node y : facts.years()) {
                Row r = byYear.computeIfAbsent(y, x -> new Row());
                r.letters++;
                facts.symbols().forEach(s -> r.symbols.add(text(s)));
            }
        }

        /** Counts the letters of a letter graph about to be loaded. */
        void letter(Graph g) {
            BiFunction<Node, Node, List<Node>> objects = recorded(g);
            g.find(Node.ANY, TYPE, LETTER).forEachRemaining(t -> add(facts(t.getSubject(), objects)));
        }

        /** Adds the rows counted to the summary graph (emptied by the caller), reading the thesaurus from {@code dsg}. */
        void write(DatasetGraph dsg) {
            Context ctx = Context.full(dsg);
            groups = ctx.groups;
            Map<Node, Map<Node, Row>> rows = new HashMap<>();
            byConcepts.forEach((concepts, byYear) -> {
                for (Node k : ctx.keys(concepts)) {
                    Map<Node, Row> into = rows.computeIfAbsent(k, x -> new HashMap<>());
                    byYear.forEach((y, r) -> {
                        Row sum = into.computeIfAbsent(y, x -> new Row());
                        sum.letters += r.letters;
                        sum.symbols.addAll(r.symbols);
                    });
                }
            });
            rows.forEach((k, byYear) -> {
                byYear.forEach((y, r) -> put(dsg, k, y, r));
                ctx.keyLabels(k).forEach(l -> dsg.add(G, k, KEY_LABEL, NodeFactory.createLiteralString(l)));
            });
        }

        /**
         * Records the label groups {@link #write} computed beside the TDB2 database {@code dsg} that now holds the same
         * shared graphs (a build computes the rows in memory before its load, where no fingerprint can be taken), so
         * that the next update reads them instead of every label; in the caller's transaction. Nothing before
         * {@link #write} or for another kind of dataset.
         */
        void recordGroups(DatasetGraph dsg) {
            if (groups != null) {
                LabelGroups.write(LabelGroups.directory(dsg), LabelGroups.fingerprint(dsg, SHARED_GRAPH_NODES, PREF_LABEL),
                        groups);
            }
        }
    }

    /**
     * The label groups recorded beside the TDB2 database {@code dsg} for the preferred labels its shared graphs hold
     * now, or null when none are (in the caller's transaction).
     */
    static Map<String, Node> recordedGroups(DatasetGraph dsg) {
        return LabelGroups.read(LabelGroups.directory(dsg), LabelGroups.fingerprint(dsg, SHARED_GRAPH_NODES, PREF_LABEL));
    }

    /** Adds the rows of every concept letters are about to the summary graph (emptied by the caller). */
    static void write(DatasetGraph dsg) {
        BiFunction<Node, Node, List<Node>> objects = stored(dsg);
        Tally tally = new Tally();
        Set<Node> letters = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, TYPE, LETTER).forEachRemaining(q -> letters.add(q.getSubject()));
        letters.forEach(l -> tally.add(facts(l, objects)));
        tally.write(dsg);
    }

    /**
     * Adjusts the rows by the letters {@code recorder} saw dropped and added, in the caller's write transaction after
     * the letter graphs have changed; the result is what {@link #write} gives. Returns how many rows it recomputed.
     */
    static int update(DatasetGraph dsg, Recorder recorder) {
        if (recorder.letters.isEmpty()) {
            return 0;
        }
        Context ctx = Context.forUpdate(dsg);
        BiFunction<Node, Node, List<Node>> now = stored(dsg);
        BiFunction<Node, Node, List<Node>> was = recorded(recorder.removed);
        // per key and year: the change in letters, the symbols of letters added, those of letters removed
        Map<Node, Map<Node, int[]>> delta = new HashMap<>();
        Map<Node, Map<Node, Set<Node>>> gained = new HashMap<>();
        Map<Node, Map<Node, Set<Node>>> lost = new HashMap<>();
        for (Node l : recorder.letters) {
            Membership before = membership(ctx, l, was);
            Membership after = membership(ctx, l, now);
            note(before, -1, delta, lost);
            note(after, 1, delta, gained);
        }
        Map<Node, Membership> memo = new HashMap<>();
        Set<Node> keys = new HashSet<>();
        int[] rows = {0};
        delta.forEach((k, byYear) -> {
            // a key's rows are read once (a broad concept's rows are long literals), not once per year changed
            Map<String, Quad> rowsOfKey = stored(dsg, k);
            byYear.forEach((y, d) -> {
                keys.add(k);
                rows[0]++;
                int letters = d[0];
                TreeSet<String> symbols = new TreeSet<>();
                Quad stored = rowsOfKey.get(yearText(y));
                if (stored != null) {
                    String[] parts = stored.getObject().getLiteralLexicalForm().split(String.valueOf(SEPARATOR), -1);
                    letters += Integer.parseInt(parts[1]);
                    for (int i = 2; i < parts.length; i++) {
                        if (!parts[i].isEmpty()) {
                            symbols.add(parts[i]);
                        }
                    }
                    dsg.delete(stored);
                }
                Set<Node> added = gained.getOrDefault(k, Map.of()).getOrDefault(y, Set.of());
                added.forEach(s -> symbols.add(text(s)));
                for (Node s : lost.getOrDefault(k, Map.of()).getOrDefault(y, Set.of())) {
                    if (!added.contains(s) && !listedByAnother(dsg, ctx, now, memo, s, k, y)) {
                        symbols.remove(text(s));
                    }
                }
                if (letters > 0) {
                    Row r = new Row();
                    r.letters = letters;
                    r.symbols.addAll(symbols);
                    put(dsg, k, y, r);
                }
            });
        });
        for (Node k : keys) {
            dsg.deleteAny(G, k, KEY_LABEL, Node.ANY);
            if (dsg.find(G, k, ROW, Node.ANY).hasNext()) {
                ctx.keyLabels(k).forEach(l -> dsg.add(G, k, KEY_LABEL, NodeFactory.createLiteralString(l)));
            }
        }
        return rows[0];
    }

    private static void note(Membership m, int sign, Map<Node, Map<Node, int[]>> delta,
            Map<Node, Map<Node, Set<Node>>> symbols) {
        for (Node k : m.keys()) {
            for (Node y : m.years()) {
                delta.computeIfAbsent(k, x -> new HashMap<>()).computeIfAbsent(y, x -> new int[1])[0] += sign;
                symbols.computeIfAbsent(k, x -> new HashMap<>()).computeIfAbsent(y, x -> new HashSet<>())
                        .addAll(m.symbols());
            }
        }
    }

    /** Whether a letter stored now lists {@code symbol} in the row of key {@code k} and year {@code y}. */
    private static boolean listedByAnother(DatasetGraph dsg, Context ctx, BiFunction<Node, Node, List<Node>> now,
            Map<Node, Membership> memo, Node symbol, Node k, Node y) {
        Set<Node> letters = new LinkedHashSet<>();
        for (Node p : List.of(SYMBOL, FILE)) {
            dsg.find(Node.ANY, Node.ANY, p, symbol).forEachRemaining(q -> letters.add(q.getSubject()));
        }
        for (Node l : letters) {
            Membership m = memo.computeIfAbsent(l, x -> membership(ctx, x, now));
            if (m.symbols().contains(symbol) && m.keys().contains(k) && m.years().contains(y)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the row of key {@code k} and year {@code y}: year, letters and symbols, separated by U+001F. */
    private static void put(DatasetGraph dsg, Node k, Node y, Row r) {
        StringBuilder row = new StringBuilder(yearText(y)).append(SEPARATOR).append(r.letters);
        for (String symbol : r.symbols) {
            row.append(SEPARATOR).append(symbol);
        }
        dsg.add(G, k, ROW, NodeFactory.createLiteralString(row.toString()));
    }

    /** The stored rows of key {@code k} by the year they state (as {@link #yearText} gives it). */
    private static Map<String, Quad> stored(DatasetGraph dsg, Node k) {
        Map<String, Quad> out = new HashMap<>();
        dsg.find(G, k, ROW, Node.ANY).forEachRemaining(q -> {
            String row = q.getObject().getLiteralLexicalForm();
            int end = row.indexOf(SEPARATOR);
            out.put(end < 0 ? row : row.substring(0, end), q);
        });
        return out;
    }

    /** A symbol as a row lists it (without the separator, which no symbol or file name should hold). */
    private static String text(Node symbol) {
        return symbol.getLiteralLexicalForm().replace(SEPARATOR, ' ');
    }

    /** A year as a row states it: empty when the date has none. */
    private static String yearText(Node y) {
        return y.equals(NO_YEAR) ? "" : y.getLiteralLexicalForm();
    }
}
