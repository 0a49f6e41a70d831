package org.unkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Sends graphs into a stream of quads (the bulk loader's input): each graph's triples into its named graph. A letter's
 * evidence is all in its own graph (its spans are fragment IRIs of the letter, {@link org.unkg.graph.SpanTarget}):
 * nothing is shared between letters, so nothing is remembered across them.
 */
final class GraphRouter {
    private final StreamRDF out;
    private long quads;

    GraphRouter(StreamRDF out) {
        this.out = out;
    }

    /** Sends every triple of {@code graph} into the named graph {@code name}, as is. */
    void graph(String name, Graph graph) {
        Node g = NodeFactory.createURI(name);
        graph.find().forEachRemaining(t -> send(g, t));
    }

    /** Sends a letter's graph into its named graph {@code name}. */
    void letter(String name, Graph graph) {
        graph(name, graph);
    }

    private void send(Node g, Triple t) {
        out.quad(org.apache.jena.sparql.core.Quad.create(g, t));
        quads++;
    }

    /** Quads sent so far. */
    long quads() {
        return quads;
    }
}
