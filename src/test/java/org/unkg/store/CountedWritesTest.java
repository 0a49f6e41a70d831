package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The summaries' writes in an update, counted into stats.opt's figures only when they change the dataset. */
class CountedWritesTest {
    private static final Node G = NodeFactory.createURI("http://example.org/g");
    private static final Node S = NodeFactory.createURI("http://example.org/s");
    private static final Node P = NodeFactory.createURI("http://example.org/p");
    private static final Node Q = NodeFactory.createURI("http://example.org/q");

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    @Test
    void countsAQuadOnceWhenItIsAddedOrDeletedAndNotWhenNothingChanges() {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        store.add(G, S, P, lit("there"));
        OptimizerStatistics.Figures figures = new OptimizerStatistics.Figures();
        CountedWrites dsg = new CountedWrites(store, figures);

        dsg.add(G, S, P, lit("there"));
        assertThat(figures.count()).isZero();
        dsg.add(G, S, P, lit("new"));
        dsg.add(Quad.create(G, S, Q, lit("other")));
        assertThat(figures.count()).isEqualTo(2);
        dsg.delete(G, S, P, lit("never there"));
        assertThat(figures.count()).isEqualTo(2);
        dsg.delete(Quad.create(G, S, Q, lit("other")));
        assertThat(figures.count()).isEqualTo(1);
        dsg.deleteAny(G, S, P, Node.ANY);
        assertThat(figures.count()).isEqualTo(-1);
        assertThat(store.find().hasNext()).isFalse();
    }

    @Test
    void whatReadsTheStoreByNodeIdGetsTheWrappedDataset() {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        CountedWrites dsg = new CountedWrites(store, new OptimizerStatistics.Figures());
        assertThat(CountedWrites.unwrapped(dsg)).isSameAs(store);
        assertThat(CountedWrites.unwrapped(store)).isSameAs(store);
    }
}
