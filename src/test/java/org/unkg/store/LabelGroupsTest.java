package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.graph.Vocab;

/**
 * The label groups kept beside a database are used only while the shared graphs' preferred labels are the ones they
 * were recorded for: a label added, removed or moved to another resource changes the fingerprint, and a file recorded
 * for other labels (or damaged) is not read.
 */
class LabelGroupsTest {
    private static final Node LABEL = NodeFactory.createURI(Vocab.SKOS + "prefLabel");
    private static final List<Node> GRAPHS = List.of(NodeFactory.createURI(Vocab.THESAURUS_GRAPH),
            NodeFactory.createURI(Vocab.CATALOG_GRAPH));

    @TempDir
    Path dir;

    private static Model model(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix t: <http://metadata.un.org/thesaurus/> .
                """ + ttl), null, "TTL");
        return m;
    }

    private static String fingerprint(Dataset ds) {
        return Txn.calculateRead(ds, () -> LabelGroups.fingerprint(ds.asDatasetGraph(), GRAPHS, LABEL));
    }

    @Test
    void theRecordedGroupsAreReadOnlyForTheLabelsTheyWereRecordedFor() throws Exception {
        Dataset ds = SummaryStores.open(dir);
        try {
            Txn.executeWrite(ds, () -> ds.addNamedModel(Vocab.THESAURUS_GRAPH,
                    model("t:C skos:prefLabel \"ASIA\"@en, \"ASIE\"@fr . t:D skos:prefLabel \"Asie\"@fr .")));
            String first = fingerprint(ds);
            assertThat(first).isEqualTo(fingerprint(ds));
            Path db = Txn.calculateRead(ds, () -> LabelGroups.directory(ds.asDatasetGraph()));
            assertThat(db).isEqualTo(dir);
            Map<String, Node> groups = Map.of("asie", NodeFactory.createURI(Summaries.GRAPH + "/subject-group/C+D"),
                    "odd\tlabel\nwith\\ breaks", NodeFactory.createURI(Summaries.GRAPH + "/subject-group/E+F"));
            LabelGroups.write(db, first, groups);
            assertThat(LabelGroups.read(db, first)).isEqualTo(groups);

            // a label added to the catalog: another fingerprint, the record is not read
            Txn.executeWrite(ds, () -> ds.addNamedModel(Vocab.CATALOG_GRAPH, model("t:E skos:prefLabel \"Asie\"@fr .")));
            String second = fingerprint(ds);
            assertThat(second).isNotEqualTo(first);
            assertThat(LabelGroups.read(db, second)).isNull();

            // a label moved to another resource: another fingerprint again
            Txn.executeWrite(ds, () -> {
                ds.getNamedModel(Vocab.CATALOG_GRAPH).removeAll();
                ds.addNamedModel(Vocab.CATALOG_GRAPH, model("t:F skos:prefLabel \"Asie\"@fr ."));
            });
            assertThat(fingerprint(ds)).isNotEqualTo(second).isNotEqualTo(first);

            // a damaged record is not read
            Files.writeString(db.resolve(LabelGroups.FILE), "# unkg label groups " + first + "\nno tab here\n");
            assertThat(LabelGroups.read(db, first)).isNull();
        } finally {
            ds.close();
        }
    }

    @Test
    void aDatasetOutsideTdb2HasNoFingerprintAndNoRecord() {
        var dsg = DatasetGraphFactory.createTxnMem();
        assertThat(Txn.calculateRead(dsg, () -> LabelGroups.fingerprint(dsg, GRAPHS, LABEL))).isNull();
        assertThat(LabelGroups.directory(dsg)).isNull();
        assertThat(LabelGroups.read(null, null)).isNull();
    }
}
