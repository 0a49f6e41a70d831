package org.unkg.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.unkg.graph.Ids;
import org.unkg.graph.Vocab;

/**
 * Sends graphs into a stream of quads (the bulk loader's input): a letter's triples into its named graph, except the
 * triples of the evidence selectors it uses, which are values shared by all letters and go to the selectors graph
 * ({@link Vocab#SELECTORS_GRAPH}) once. Which selectors were already sent is remembered in a set of bounded size
 * (cleared when full), so a repeat is at worst sent again and the store keeps one copy: memory does not grow with
 * the corpus.
 */
final class GraphRouter {
    /** Selectors remembered at most (a few MB); beyond it the set starts again. */
    static final int MAX_REMEMBERED = 1 << 18;
    static final Node SELECTORS = NodeFactory.createURI(Vocab.SELECTORS_GRAPH);

    private final StreamRDF out;
    private final Set<Node> sentSelectors = new HashSet<>();
    private final OptimizerStatistics.Counter counter = new OptimizerStatistics.Counter();
    private boolean forgotten;
    private long quads;

    GraphRouter(StreamRDF out) {
        this.out = out;
    }

    /** Sends every triple of {@code graph} into the named graph {@code name}, as is. */
    void graph(String name, Graph graph) {
        Node g = NodeFactory.createURI(name);
        graph.find().forEachRemaining(t -> send(g, t));
    }

    /** Sends a letter's graph into {@code name}, its selectors into the selectors graph. */
    void letter(String name, Graph graph) {
        Node g = NodeFactory.createURI(name);
        Set<Node> selectors = new HashSet<>();
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            Triple t = it.next();
            Node s = t.getSubject();
            if (s.isURI() && Ids.isSelector(s.getURI())) {
                if (!sentSelectors.contains(s)) {
                    send(SELECTORS, t);
                    selectors.add(s);
                }
            } else {
                send(g, t);
            }
        }
        selectors.forEach(this::remember);
    }

    private void remember(Node selector) {
        if (sentSelectors.size() >= MAX_REMEMBERED) {
            sentSelectors.clear();
            forgotten = true;
        }
        sentSelectors.add(selector);
    }

    private void send(Node g, Triple t) {
        out.quad(org.apache.jena.sparql.core.Quad.create(g, t));
        counter.count(g, t.getSubject(), t.getPredicate(), t.getObject());
        quads++;
    }

    /**
     * The optimizer statistics of the quads sent, plus {@code extra} (quads added to the store after them), or empty when
     * a selector may have been sent twice (the set of sent selectors was cleared): then only the store knows the count.
     */
    java.util.Optional<org.apache.jena.tdb2.solver.stats.StatsResults> statistics(Iterator<org.apache.jena.sparql.core.Quad> extra) {
        if (forgotten) {
            return java.util.Optional.empty();
        }
        extra.forEachRemaining(q -> counter.count(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        return java.util.Optional.of(counter.results());
    }

    /** Quads sent so far (a selector repeated after the set was cleared counts again). */
    long quads() {
        return quads;
    }
}
