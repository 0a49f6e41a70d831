package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
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

    private Dataset corpus() {
        Dataset ds = SummaryStores.open(dir);
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
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                // a goes, b is replaced by a letter indexed otherwise and mentioning SDN, d is new
                SummaryStores.drop(ds, touched, "a");
                SummaryStores.put(ds, touched, "b", letter("b", List.of("org/UNX", "state/SDN"), "300", "500"));
                SummaryStores.put(ds, touched, "d", letter("d", List.of("state/SDN"), "500"));
            });
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
