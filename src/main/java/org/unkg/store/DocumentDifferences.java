package org.unkg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.unkg.graph.Vocab;

/**
 * The facts that differ between the language versions of a document, in the summary graph, so
 * {@code queries/parallel-differences.rq} reads rows instead of comparing every version of every document. For each
 * fact (date, sender, recipient, signatory, organizations mentioned, events) that some versions of a document with
 * two or more versions state and others do not, a row: the field, the value and the source files of the versions that
 * state it (sorted, separated by spaces). A document's rows are stored together, in one literal on the document
 * ({@code unkg:differenceRows}: each row {@code field U+001F value U+001F files}, rows separated by U+001E, sorted by
 * field and value), with their number ({@code unkg:differenceCount}): two quads per document instead of four per
 * row; the query splits the rows ({@code apf:strSplit}) of the 100 documents it lists. The rows are those of the
 * query the documented one replaced ({@code differences.rq}), read from the store's indexes ({@link DifferenceRows}),
 * which reads the version summaries ({@code unkg:version}): they are computed after them.
 */
public final class DocumentDifferences {
    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);
    static final Node ROWS = uri("differenceRows");
    /** Separates the field, value and files of a row. */
    static final char UNIT = '\u001F';
    /** Separates the rows of a document. */
    static final char RECORD = '\u001E';
    private static final Node COUNT = uri("differenceCount");
    private static final Node VERSION = uri("version");
    private static final Node SIGNATORY = uri("signatory");
    private static final Node PREF_LABEL = NodeFactory.createURI(Vocab.SKOS + "prefLabel");
    private static final Node NAME = NodeFactory.createURI(Vocab.FOAF + "name");

    private DocumentDifferences() {}

    private static Node uri(String local) {
        return NodeFactory.createURI(Vocab.UNKG + local);
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
        write(dsg, rows(dsg));
    }

    /**
     * Recomputes, in the caller's write transaction, the differences of {@code documents} (the documents whose
     * versions an update recomputed) and of the documents whose versions have a signatory the update named anew
     * ({@code namesBefore}, {@code namesAfter}: what {@link #note} collected from the quads dropped and added); the
     * result is what {@link #write} gives. Returns how many documents were recomputed.
     */
    static int update(DatasetGraph dsg, Set<Node> documents, Map<Triple, Set<Node>> namesBefore,
            Map<Triple, Set<Node>> namesAfter) {
        Set<Node> todo = new HashSet<>(documents);
        for (Node n : renamed(dsg, namesBefore, namesAfter)) {
            dsg.find(Node.ANY, Node.ANY, SIGNATORY, n).forEachRemaining(s ->
                    dsg.find(G, Node.ANY, VERSION, s.getSubject()).forEachRemaining(v -> todo.add(v.getSubject())));
        }
        Map<Node, TreeSet<String>> rows = todo.isEmpty() ? Map.of() : DifferenceRows.of(dsg, todo);
        for (Node d : todo) {
            // a document whose rows are what they were keeps its two quads
            TreeSet<String> r = rows.get(d);
            var stored = dsg.find(G, d, ROWS, Node.ANY);
            Node was = stored.hasNext() ? stored.next().getObject() : null;
            if (r != null && was != null && was.getLiteralLexicalForm().equals(String.join(String.valueOf(RECORD), r))) {
                continue;
            }
            dsg.deleteAny(G, d, ROWS, Node.ANY);
            dsg.deleteAny(G, d, COUNT, Node.ANY);
            if (r != null) {
                write(dsg, Map.of(d, r));
            }
        }
        return todo.size();
    }

    /**
     * The rows of every document with two or more versions, by document, as {@link #write(DatasetGraph)} would write
     * them: read only (in the caller's transaction, which may be a read transaction on another thread than the
     * writer's), from the letter graphs and the version summaries ({@code unkg:version}, {@code unkg:versionCount}),
     * which must be there already; then {@link #write(DatasetGraph, Map)}.
     */
    static Map<Node, TreeSet<String>> rows(DatasetGraph dsg) {
        return DifferenceRows.all(dsg);
    }

    /** Writes the rows {@link #rows(DatasetGraph)} computed (in the caller's write transaction). */
    static void write(DatasetGraph dsg, Map<Node, TreeSet<String>> rows) {
        rows.forEach((d, r) -> {
            dsg.add(G, d, ROWS, NodeFactory.createLiteralString(String.join(String.valueOf(RECORD), r)));
            dsg.add(G, d, COUNT, NodeFactory.createLiteral(Integer.toString(r.size()), XSDDatatype.XSDinteger));
        });
    }

    /** One row: the field, the value and the files of the versions stating it (sorted, separated by spaces). */
    static String row(String field, String value, String[] files) {
        String[] in = files.clone();
        Arrays.sort(in);
        return clean(field) + UNIT + clean(value) + UNIT + clean(String.join(" ", in));
    }

    /** A part of a row without the separators (control characters no letter's facts hold), so the rows split back. */
    private static String clean(String part) {
        return part.replace(UNIT, ' ').replace(RECORD, ' ');
    }

    /** The rows of a document's {@code unkg:differenceRows} literal, each as field, value and files. */
    static List<String[]> rows(String literal) {
        List<String[]> out = new ArrayList<>();
        for (String row : literal.split(String.valueOf(RECORD))) {
            out.add(row.split(String.valueOf(UNIT), 3));
        }
        return out;
    }
}
