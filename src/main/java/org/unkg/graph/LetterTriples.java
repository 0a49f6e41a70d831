package org.unkg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * One letter's graph as the build streams it: its triples in the order they were first added, each once (a hash set
 * of the triples, term equality, as Jena's in-memory graph keeps them apart), without the three indexes of Jena's
 * in-memory graph. A letter's graph is written once and read a few times (the loader's stream, the text index, the
 * summaries), so a find with a predicate reads a by-predicate index made on the first such find, any other pattern
 * every triple. It holds the same triples as the {@link org.apache.jena.rdf.model.Model} {@link LetterGraphWriter#write}
 * gives, listed in another order; it has no prefixes and cannot be deleted from.
 */
public final class LetterTriples extends GraphBase {
    private final List<Triple> triples = new ArrayList<>(256);
    private final Set<Triple> seen = new HashSet<>(512);
    private Map<Node, List<Triple>> byPredicate;

    /** Adds {@code t} unless the graph holds it already (no listeners to tell: a letter's graph has none). */
    @Override
    public void add(Triple t) {
        if (seen.add(t)) {
            triples.add(t);
            byPredicate = null;
        }
    }

    @Override
    public void performAdd(Triple t) {
        add(t);
    }

    @Override
    public void performDelete(Triple t) {
        throw new UnsupportedOperationException("a letter's triples are not deleted from");
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return t.isConcrete() ? seen.contains(t) : super.graphBaseContains(t);
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }

    /** The triples in the order they were first added (a view: not to be changed). */
    public List<Triple> triples() {
        return java.util.Collections.unmodifiableList(triples);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node p = pattern.getPredicate();
        List<Triple> candidates = p.isConcrete() ? withPredicate(p) : triples;
        if (!pattern.getSubject().isConcrete() && !pattern.getObject().isConcrete()) {
            return WrappedIterator.create(java.util.Collections.unmodifiableList(candidates).iterator());
        }
        return WrappedIterator.create(candidates.iterator()).filterKeep(pattern::matches);
    }

    private List<Triple> withPredicate(Node p) {
        if (byPredicate == null) {
            byPredicate = new HashMap<>();
            for (Triple t : triples) {
                byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t);
            }
        }
        return byPredicate.getOrDefault(p, List.of());
    }
}
