package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.graph.Vocab;
import org.unkg.search.SearchIndex;

class TextIndexFeederTest {
    @TempDir
    Path db;

    private static Graph labels(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(NodeFactory.createURI("http://example.org/" + i), NodeFactory.createURI(Vocab.SKOS + "prefLabel"),
                    NodeFactory.createLiteralLang("label " + i, "en"));
        }
        return g;
    }

    @Test
    void everyEntryHandedOverIsWrittenAndCommittedOnTheFeedersThread() throws IOException {
        try (SearchIndex.Writer writer = SearchIndex.Writer.create(db); TextIndexFeeder feeder = new TextIndexFeeder(writer, 2)) {
            for (int i = 0; i < 10; i++) {
                feeder.add(labels(3));
            }
            feeder.finish();
            assertThat(feeder.await()).isEqualTo(30);
        }
        assertThat(SearchIndex.exists(db)).isTrue();
    }

    @Test
    void aFeederClosedWithoutFinishingLeavesNoCompleteIndex() throws IOException {
        try (SearchIndex.Writer writer = SearchIndex.Writer.create(db); TextIndexFeeder feeder = new TextIndexFeeder(writer, 2)) {
            feeder.add(labels(3));
        }
        assertThat(SearchIndex.exists(db)).isFalse();
    }
}
