package org.unkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graph copied by node id, past TDB2's node cache, is the graph TDB2's own view gives: IRIs, blank nodes, strings
 * with and without a language, and the literals TDB2 keeps inline in the node id (integers, decimals, dates, times,
 * booleans); nodes two graphs share come out equal from both; a graph the database lacks is empty.
 */
class GraphCopierTest {
    @TempDir
    Path dir;

    private static final String A = """
            @prefix ex: <http://example.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ex:letter a ex:Letter ; ex:count 42 ; ex:ratio 0.75 ;
                ex:date "2011-03-01"^^xsd:date ; ex:at "2011-03-01T10:00:00Z"^^xsd:dateTime ; ex:ok true ;
                ex:title "Letter dated 1 March"@en , "Lettre"@fr , "plain" ; ex:about [ ex:label "a blank node" ] .
            """;
    private static final String B = """
            @prefix ex: <http://example.org/> .
            ex:other a ex:Letter ; ex:count 42 ; ex:title "plain" ; ex:cites ex:letter .
            """;

    private static void load(Dataset ds, String graph, String ttl) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(ttl), null, "TTL");
        Txn.executeWrite(ds, () -> ds.addNamedModel(graph, m));
    }

    private static Graph copy(GraphCopier copier, Dataset ds, String graph) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> copier.copy(NodeFactory.createURI(graph), g));
        return g;
    }

    @Test
    void aCopyByNodeIdIsTheGraphTdb2Gives() {
        Dataset loaded = TDB2Factory.connectDataset(dir.toString());
        load(loaded, "http://example.org/g/a", A);
        load(loaded, "http://example.org/g/b", B);
        // opened again, so nothing comes from the node cache the writes filled
        TDBInternal.expel(loaded.asDatasetGraph());
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        try {
            GraphCopier copier = new GraphCopier(ds.asDatasetGraph());
            for (String g : new String[] {"http://example.org/g/a", "http://example.org/g/b"}) {
                Graph copied = copy(copier, ds, g);
                Graph viewed = GraphFactory.createDefaultGraph();
                Txn.executeRead(ds, () -> ds.asDatasetGraph().getGraph(NodeFactory.createURI(g)).find()
                        .forEachRemaining(viewed::add));
                assertThat(copied.size()).isEqualTo(viewed.size()).isGreaterThan(3);
                assertThat(copied.isIsomorphicWith(viewed)).isTrue();
            }
            assertThat(copy(copier, ds, "http://example.org/g/none").isEmpty()).isTrue();
        } finally {
            ds.close();
        }
    }

    @Test
    void anotherKindOfDatasetIsReadAsAGraph() {
        Dataset ds = DatasetFactory.createTxnMem();
        load(ds, "http://example.org/g/b", B);
        assertThat(copy(new GraphCopier(ds.asDatasetGraph()), ds, "http://example.org/g/b").size()).isEqualTo(4);
    }
}
