package org.unkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.unkg.graph.Vocab;

/**
 * The facts that differ between the language versions of a document, in the summary graph, so
 * {@code queries/parallel-differences.rq} reads rows instead of comparing every version of every document. For each
 * fact (date, sender, recipient, signatory, organizations mentioned, events) that some versions of a document with
 * two or more versions state and others do not: a row {@code <id/difference/HASH>} with {@code unkg:differenceOf}
 * the document, {@code unkg:differenceField}, {@code unkg:differenceValue} and {@code unkg:statedIn} (the source
 * files of the versions that state it, sorted, separated by spaces); each such document gets
 * {@code unkg:differenceCount}. The rows are those of the query the documented one replaced
 * ({@code differences.rq}, run here), which reads the version summaries ({@code unkg:version}): they are computed
 * after them.
 */
public final class DocumentDifferences {
    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);
    private static final Node OF = uri("differenceOf");
    private static final Node FIELD = uri("differenceField");
    private static final Node VALUE = uri("differenceValue");
    private static final Node IN = uri("statedIn");
    private static final Node COUNT = uri("differenceCount");
    private static final Node VERSION = uri("version");
    private static final Node SIGNATORY = uri("signatory");
    private static final Node PREF_LABEL = NodeFactory.createURI(Vocab.SKOS + "prefLabel");
    private static final Node NAME = NodeFactory.createURI(Vocab.FOAF + "name");
    private static final String ROW = Vocab.ID + "difference/";
    private static final String TEXT = text();
    private static final Query QUERY = QueryFactory.create(TEXT);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentDifferences.class);

    private DocumentDifferences() {}

    private static Node uri(String local) {
        return NodeFactory.createURI(Vocab.UNKG + local);
    }

    private static String text() {
        try (InputStream in = DocumentDifferences.class.getResourceAsStream("differences.rq")) {
            if (in == null) {
                throw new IllegalStateException("differences.rq missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Notes in {@code names} (by triple, the graphs stating it) {@code q}, a quad of a letter graph an update drops or
     * adds, when it names a resource ({@code skos:prefLabel}, {@code foaf:name}): a signatory's name is compared
     * across versions, and a person minted from a name may be named in other letters too.
     */
    static void note(Quad q, Map<Triple, Set<Node>> names) {
        Node p = q.getPredicate();
        if (p.equals(PREF_LABEL) || p.equals(NAME)) {
            names.computeIfAbsent(q.asTriple(), t -> new HashSet<>()).add(q.getGraph());
        }
    }

    /**
     * The resources whose names the union graph holds changed: a naming triple an update dropped that no graph states
     * any more, or one it added that no graph stated before (the same name stated in other letters changes nothing).
     */
    private static Set<Node> renamed(DatasetGraph dsg, Map<Triple, Set<Node>> before, Map<Triple, Set<Node>> after) {
        Set<Node> out = new HashSet<>();
        Set<Triple> triples = new HashSet<>(before.keySet());
        triples.addAll(after.keySet());
        for (Triple t : triples) {
            Set<Node> now = new HashSet<>();
            dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()).forEachRemaining(q -> now.add(q.getGraph()));
            Set<Node> was = new HashSet<>(now);
            was.removeAll(after.getOrDefault(t, Set.of()));
            was.addAll(before.getOrDefault(t, Set.of()));
            if (now.isEmpty() != was.isEmpty()) {
                out.add(t.getSubject());
            }
        }
        return out;
    }

    /** Adds the differences of every document with two or more versions (in the caller's write transaction). */
    static void write(DatasetGraph dsg) {
        add(dsg, QUERY);
    }

    /**
     * Recomputes, in the caller's write transaction, the differences of {@code documents} (the documents whose
     * versions an update recomputed) and of the documents whose versions have a signatory the update named anew
     * ({@code namesBefore}, {@code namesAfter}: what {@link #note} collected from the quads dropped and added); the
     * result is what {@link #write} gives.
     */
    static void update(DatasetGraph dsg, Set<Node> documents, Map<Triple, Set<Node>> namesBefore,
            Map<Triple, Set<Node>> namesAfter) {
        Set<Node> todo = new HashSet<>(documents);
        for (Node n : renamed(dsg, namesBefore, namesAfter)) {
            dsg.find(Node.ANY, Node.ANY, SIGNATORY, n).forEachRemaining(s ->
                    dsg.find(G, Node.ANY, VERSION, s.getSubject()).forEachRemaining(v -> todo.add(v.getSubject())));
        }
        long t0 = System.nanoTime();
        for (Node d : todo) {
            List<Node> rows = new ArrayList<>();
            dsg.find(G, Node.ANY, OF, d).forEachRemaining(q -> rows.add(q.getSubject()));
            rows.forEach(r -> dsg.deleteAny(G, r, Node.ANY, Node.ANY));
            dsg.deleteAny(G, d, COUNT, Node.ANY);
        }
        if (!todo.isEmpty()) {
            // one query for all of them: its cost is mostly the same for one document or many
            StringBuilder values = new StringBuilder("WHERE {\n  VALUES ?document {");
            todo.forEach(d -> values.append(' ').append(org.apache.jena.sparql.util.FmtUtils.stringForNode(d)));
            add(dsg, QueryFactory.create(TEXT.replaceFirst("WHERE \\{", java.util.regex.Matcher.quoteReplacement(values + " }"))));
        }
        LOG.info("differences of {} documents recomputed in {} ms", todo.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Runs the differences query {@code query} and writes its rows. */
    private static void add(DatasetGraph dsg, Query query) {
        Dataset ds = DatasetFactory.wrap(dsg);
        var b = QueryExecution.dataset(ds).query(query).set(TDB2.symUnionDefaultGraph, true);
        List<Quad> out = new ArrayList<>();
        Map<Node, Integer> counts = new HashMap<>();
        try (QueryExecution qe = b.build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Node d = s.getResource("document").asNode();
                String field = s.getLiteral("field").getLexicalForm();
                String value = s.getLiteral("value").getLexicalForm();
                String[] in = s.getLiteral("in").getLexicalForm().split("\u001F");
                Arrays.sort(in);
                Node row = NodeFactory.createURI(ROW + hash(d.getURI() + "\n" + field + "\n" + value));
                out.add(Quad.create(G, row, OF, d));
                out.add(Quad.create(G, row, FIELD, NodeFactory.createLiteral(field)));
                out.add(Quad.create(G, row, VALUE, NodeFactory.createLiteral(value)));
                out.add(Quad.create(G, row, IN, NodeFactory.createLiteral(String.join(" ", in))));
                counts.merge(d, 1, Integer::sum);
            }
        }
        // written once the query has finished reading
        out.forEach(dsg::add);
        counts.forEach((d, n) -> dsg.add(G, d, COUNT, NodeFactory.createLiteral(Integer.toString(n), XSDDatatype.XSDinteger)));
    }

    /** The first 128 bits of the SHA-256 of {@code s}, in hex: a row's name from its document, field and value. */
    private static String hash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
