package org.unkg.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.unkg.graph.SubjectScope;
import org.unkg.graph.Vocab;

/**
 * For each resource the letters mention, on how many of its letters the subject indexer ranks each concept among its
 * first {@link SubjectScope#INDEX_RANKS} (the "most indexed subjects" of a body's or state's page), part of the summary
 * graph: {@code R unkg:subjectCountOf resource ; unkg:subjectConcept concept ; unkg:subjectLetterCount n}, one row
 * {@code R} per resource and concept ({@code <summary graph>/subjects/org/UNRCCA/<concept notation>}). A page reads
 * a resource's rows instead of every concept of every letter that mentions it.
 *
 * <p>{@link #update} adjusts the counts by the letters an update removed and added (their index rows and mentions are
 * recorded as their quads pass, {@link Recorder}): counts add up, so no other letter is read.
 */
public final class MentionSubjects {
    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);
    private static final Node MENTIONS = uri(Vocab.UNKG + "mentions");
    private static final Node INDEXED_BY = uri(Vocab.UNKG + "indexedBy");
    private static final Node CONCEPT = uri(Vocab.UNKG + "concept");
    private static final Node RANK = uri(Vocab.UNKG + "rank");
    static final Node COUNT_OF = uri(Vocab.UNKG + "subjectCountOf");
    static final Node SUBJECT = uri(Vocab.UNKG + "subjectConcept");
    static final Node LETTERS = uri(Vocab.UNKG + "subjectLetterCount");

    private MentionSubjects() {}

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The letters' index rows and mentions seen in the quads of letter graphs an update drops or adds. */
    static final class Recorder {
        private final Side before = new Side();
        private final Side after = new Side();

        /** Notes a quad of a letter graph being dropped. */
        void removed(Quad q) {
            before.record(q);
        }

        /** Notes a quad of a letter graph being added. */
        void added(Quad q) {
            after.record(q);
        }
    }

    /** Mentions (letter to resources) and index rows (letter to rows, row to concept and rank) of some letter graphs. */
    private static final class Side {
        final Map<Node, Set<Node>> mentions = new HashMap<>();
        final Map<Node, Set<Node>> rows = new HashMap<>();
        final Map<Node, Node> concept = new HashMap<>();
        final Map<Node, Node> rank = new HashMap<>();

        void record(Quad q) {
            Node p = q.getPredicate();
            if (p.equals(MENTIONS)) {
                mentions.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getObject());
            } else if (p.equals(INDEXED_BY)) {
                rows.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getObject());
            } else if (p.equals(CONCEPT)) {
                concept.put(q.getSubject(), q.getObject());
            } else if (p.equals(RANK)) {
                rank.put(q.getSubject(), q.getObject());
            }
        }

        /** The concepts the letter's index ranks among the first ones, from the recorded quads. */
        Set<Node> concepts(Node letter) {
            Set<Node> out = new HashSet<>();
            for (Node row : rows.getOrDefault(letter, Set.of())) {
                Node c = concept.get(row);
                if (c != null && counts(rank.get(row))) {
                    out.add(c);
                }
            }
            return out;
        }

        /** (resource, concept) to +1 per letter here ({@code sign} +1) or -1 ({@code sign} -1). */
        void addTo(Map<Node, Map<Node, Integer>> delta, int sign) {
            mentions.forEach((letter, resources) -> {
                Set<Node> cs = concepts(letter);
                for (Node x : resources) {
                    for (Node c : cs) {
                        delta.computeIfAbsent(x, k -> new HashMap<>()).merge(c, sign, Integer::sum);
                    }
                }
            });
        }
    }

    /** Whether an index row of rank {@code rank} is among a letter's first ones (SPARQL's {@code ?rank <= 5}). */
    static boolean counts(Node rank) {
        if (rank == null || !rank.isLiteral()) {
            return false;
        }
        try {
            return Integer.parseInt(rank.getLiteralLexicalForm().trim()) <= SubjectScope.INDEX_RANKS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The counts being made from the letter graphs as a build loads them. */
    static final class Tally {
        private final Map<Node, Map<Node, Integer>> counts = new HashMap<>();

        /** Counts the mentions of a letter graph about to be loaded (a letter's mentions and index are in its graph). */
        void letter(org.apache.jena.graph.Graph g) {
            Side side = new Side();
            g.find().forEachRemaining(t -> side.record(Quad.create(Quad.defaultGraphIRI, t)));
            side.addTo(counts, 1);
        }

        /** Adds the rows counted to the summary graph (emptied by the caller). */
        void write(DatasetGraph dsg) {
            counts.forEach((x, m) -> m.forEach((c, n) -> {
                if (n > 0) {
                    put(dsg, x, c, n);
                }
            }));
        }
    }

    /** Adds the rows of every mentioned resource to the summary graph (emptied by the caller), in a write transaction. */
    static void write(DatasetGraph dsg) {
        Map<Node, Set<Node>> byLetter = new HashMap<>();
        Function<Node, Set<Node>> conceptsOf = l -> byLetter.computeIfAbsent(l, k -> concepts(dsg, k));
        Map<Node, Map<Node, Integer>> counts = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, MENTIONS, Node.ANY).forEachRemaining(q -> {
            Set<Node> cs = conceptsOf.apply(q.getSubject());
            if (!cs.isEmpty()) {
                // a letter graph states a mention once; the same letter in two graphs would count twice (there is none)
                Map<Node, Integer> m = counts.computeIfAbsent(q.getObject(), k -> new HashMap<>());
                cs.forEach(c -> m.merge(c, 1, Integer::sum));
            }
        });
        counts.forEach((x, m) -> m.forEach((c, n) -> put(dsg, x, c, n)));
    }

    /** Adjusts the counts by the letters {@code recorder} saw dropped and added, in the caller's write transaction. */
    static void update(DatasetGraph dsg, Recorder recorder) {
        Map<Node, Map<Node, Integer>> delta = new HashMap<>();
        recorder.before.addTo(delta, -1);
        recorder.after.addTo(delta, 1);
        delta.forEach((x, m) -> m.forEach((c, d) -> {
            if (d != 0) {
                // a row that stays changes only its count: its other two quads are left alone
                Node row = row(x, c);
                var it = dsg.find(G, row, LETTERS, Node.ANY);
                Node stored = it.hasNext() ? it.next().getObject() : null;
                int n = (stored == null ? 0 : Integer.parseInt(stored.getLiteralLexicalForm())) + d;
                if (stored == null || n <= 0) {
                    dsg.deleteAny(G, row, Node.ANY, Node.ANY);
                    if (n > 0) {
                        put(dsg, x, c, n);
                    }
                } else {
                    dsg.delete(G, row, LETTERS, stored);
                    dsg.add(G, row, LETTERS, NodeFactory.createLiteral(Integer.toString(n), XSDDatatype.XSDinteger));
                }
            }
        }));
    }

    private static void put(DatasetGraph dsg, Node x, Node c, int n) {
        Node row = row(x, c);
        dsg.add(G, row, COUNT_OF, x);
        dsg.add(G, row, SUBJECT, c);
        dsg.add(G, row, LETTERS, NodeFactory.createLiteral(Integer.toString(n), XSDDatatype.XSDinteger));
    }

    /** The row of resource {@code x} and concept {@code c}: named after both. */
    static Node row(Node x, Node c) {
        return NodeFactory.createURI(Summaries.GRAPH + "/subjects/" + tail(x) + "/" + tail(c));
    }

    /** A resource's IRI without the project's or the thesaurus's namespace, for the IRIs of its rows. */
    static String tail(Node n) {
        String iri = n.isURI() ? n.getURI() : n.toString();
        if (iri.startsWith(Vocab.ID)) {
            return iri.substring(Vocab.ID.length());
        }
        if (iri.startsWith(Vocab.UNBIS)) {
            return iri.substring(Vocab.UNBIS.length());
        }
        return "iri/" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** The concepts a stored letter's index ranks among the first ones. */
    private static Set<Node> concepts(DatasetGraph dsg, Node letter) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, letter, INDEXED_BY, Node.ANY).forEachRemaining(q -> {
            Node row = q.getObject();
            var ranks = dsg.find(Node.ANY, row, RANK, Node.ANY);
            if (ranks.hasNext() && counts(ranks.next().getObject())) {
                dsg.find(Node.ANY, row, CONCEPT, Node.ANY).forEachRemaining(c -> out.add(c.getObject()));
            }
        });
        return out;
    }
}
