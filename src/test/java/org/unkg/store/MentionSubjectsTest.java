package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.graph.SubjectScope;
import org.unkg.graph.Vocab;

/**
 * The summary graph counts, per mentioned resource, the letters whose subject index ranks a concept among its first
 * {@link SubjectScope#INDEX_RANKS}; an update adjusts the counts to those of a full computation.
 */
class MentionSubjectsTest {
    private static final String ID = Vocab.ID;
    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);

    @TempDir
    Path dir;

    /** A letter mentioning {@code mentions}, indexed with {@code concepts[i]} at rank i + 1. */
    private static Model letter(String stem, List<String> mentions, String... concepts) {
        StringBuilder ttl = new StringBuilder("@prefix unkg: <https://w3id.org/unkg/ontology#> .\n");
        String l = "<" + ID + "letter/" + stem + ">";
        ttl.append(l).append(" a unkg:Letter .\n");
        for (String m : mentions) {
            ttl.append(l).append(" unkg:mentions <").append(ID).append(m).append("> .\n");
        }
        for (int i = 0; i < concepts.length; i++) {
            String row = "<" + ID + "letter/" + stem + "/index/" + (i + 1) + ">";
            ttl.append(l).append(" unkg:indexedBy ").append(row).append(" .\n").append(row)
                    .append(" unkg:concept <").append(Vocab.UNBIS).append(concepts[i]).append("> ; unkg:rank ")
                    .append(i + 1).append(" ; unkg:score 0.5 .\n");
        }
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(ttl.toString()), null, "TTL");
        return m;
    }

    /** The counts of {@code x} by concept notation. */
    private static Map<String, Integer> counts(Dataset ds, String x) {
        Map<String, Integer> out = new TreeMap<>();
        ds.asDatasetGraph().find(G, Node.ANY, MentionSubjects.COUNT_OF, NodeFactory.createURI(ID + x)).forEachRemaining(q -> {
            Node row = q.getSubject();
            String c = ds.asDatasetGraph().find(G, row, MentionSubjects.SUBJECT, Node.ANY).next().getObject().getURI();
            int n = Integer.parseInt(ds.asDatasetGraph().find(G, row, MentionSubjects.LETTERS, Node.ANY).next()
                    .getObject().getLiteralLexicalForm());
            out.put(c.substring(Vocab.UNBIS.length()), n);
        });
        return out;
    }

    private static List<String> summary(Dataset ds) {
        List<String> out = new ArrayList<>();
        ds.asDatasetGraph().find(G, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.toString()));
        out.sort(null);
        return out;
    }

    private Dataset corpus() {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel(Vocab.GRAPH + "letter/a", letter("a", List.of("org/UNX", "state/SDN"), "100", "200"));
            ds.addNamedModel(Vocab.GRAPH + "letter/b", letter("b", List.of("org/UNX"), "100", "300"));
            // 400 at rank 6: beyond the ranks that count
            ds.addNamedModel(Vocab.GRAPH + "letter/c", letter("c", List.of("org/UNX"), "200", "1", "2", "3", "4", "400"));
            Summaries.write(ds);
        });
        return ds;
    }

    @Test
    void countsTheLettersOfEachMentionedResourceByTheConceptsTheirIndexRanksFirst() {
        Dataset ds = corpus();
        try {
            Txn.executeRead(ds, () -> {
                assertThat(counts(ds, "org/UNX")).containsEntry("100", 2).containsEntry("200", 2).containsEntry("300", 1)
                        .doesNotContainKey("400");
                assertThat(counts(ds, "state/SDN")).containsExactlyEntriesOf(new TreeMap<>(Map.of("100", 1, "200", 1)));
            });
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateAdjustsTheCountsToThoseOfAFullComputation() {
        Dataset ds = corpus();
        try {
            List<String> before = Txn.calculateRead(ds, () -> summary(ds));
            Summaries.Touched touched = new Summaries.Touched();
            Txn.executeWrite(ds, () -> {
                // a goes, b is replaced by a letter indexed otherwise and mentioning SDN, d is new
                for (String stem : List.of("a", "b")) {
                    Node g = NodeFactory.createURI(Vocab.GRAPH + "letter/" + stem);
                    ds.asDatasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(touched::removed);
                    ds.asDatasetGraph().deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                }
                Map<String, Model> added = Map.of("b", letter("b", List.of("org/UNX", "state/SDN"), "300", "500"),
                        "d", letter("d", List.of("state/SDN"), "500"));
                added.forEach((stem, m) -> {
                    Node g = NodeFactory.createURI(Vocab.GRAPH + "letter/" + stem);
                    m.getGraph().find().forEachRemaining(t -> {
                        Quad q = Quad.create(g, t);
                        ds.asDatasetGraph().add(q);
                        touched.added(q);
                    });
                });
                Summaries.update(ds.asDatasetGraph(), touched);
            });
            List<String> updated = Txn.calculateRead(ds, () -> summary(ds));
            Txn.executeWrite(ds, () -> Summaries.write(ds));
            assertThat(updated).isEqualTo(Txn.calculateRead(ds, () -> summary(ds))).isNotEqualTo(before);
            Txn.executeRead(ds, () -> {
                assertThat(counts(ds, "org/UNX")).containsEntry("200", 1).containsEntry("300", 1).containsEntry("500", 1)
                        .doesNotContainKey("100");
                assertThat(counts(ds, "state/SDN")).containsExactlyEntriesOf(new TreeMap<>(Map.of("300", 1, "500", 2)));
            });
        } finally {
            ds.close();
        }
    }
}
