package org.unkg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The UNBIS Thesaurus's preferred labels as a user's subject name is compared with them ({@link SubjectScope#fold}):
 * which concept each folded label names (the lowest IRI when several concepts share it) and the English labels, for
 * suggestions. Finding a concept by label used to read and fold every preferred label of the thesaurus graph (some
 * 47,000) at each request, inside the query timeout: a first request on a cold server under load ran past it (a
 * {@code 503} from a page, the timeline or the search filtered by a subject). The labels are now read once per
 * database state (TDB2 storage and data version, {@link DatabaseVersion}) through the graph's index, with no query and
 * no timeout, and kept while that state is the one read; a dataset without a version (in memory) is read each time.
 */
final class SubjectLabels {
    private static final Node PREF_LABEL = Vocab.skosPrefLabel.asNode();
    /** The labels read per TDB2 storage, with the data version they were read at. */
    private static final Map<Object, Kept> KEPT = new WeakHashMap<>();

    private record Kept(long dataVersion, SubjectLabels labels) {}

    private final Map<String, String> conceptByKey;
    /** The English labels: folded form, then the label as written. */
    private final List<String[]> english;

    private SubjectLabels(Map<String, String> conceptByKey, List<String[]> english) {
        this.conceptByKey = conceptByKey;
        this.english = english;
    }

    /** The labels of the thesaurus graph of {@code ds}; the caller holds a read transaction. */
    static SubjectLabels of(Dataset ds) {
        DatabaseVersion.Seen seen = DatabaseVersion.seen(ds);
        if (seen == null) {
            return read(ds);
        }
        synchronized (KEPT) {
            Kept kept = KEPT.get(seen.storage());
            if (kept != null && kept.dataVersion() == seen.dataVersion()) {
                return kept.labels();
            }
        }
        SubjectLabels labels = read(ds);
        synchronized (KEPT) {
            KEPT.put(seen.storage(), new Kept(seen.dataVersion(), labels));
        }
        return labels;
    }

    private static SubjectLabels read(Dataset ds) {
        Graph thesaurus = ds.asDatasetGraph().getGraph(NodeFactory.createURI(Vocab.THESAURUS_GRAPH));
        Map<String, String> byKey = new HashMap<>();
        List<String[]> english = new ArrayList<>();
        ExtendedIterator<Triple> it = thesaurus.find(Node.ANY, PREF_LABEL, Node.ANY);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (!t.getSubject().isURI() || !t.getObject().isLiteral()) {
                    continue;
                }
                String label = t.getObject().getLiteralLexicalForm();
                String key = SubjectScope.fold(label);
                // the lowest IRI wins when two concepts share a label in different languages
                byKey.merge(key, t.getSubject().getURI(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                if ("en".equals(t.getObject().getLiteralLanguage())) {
                    english.add(new String[] {key, label});
                }
            }
        } finally {
            it.close();
        }
        return new SubjectLabels(byKey, english);
    }

    /** The concept whose preferred label folds to {@code key}, or null. */
    String concept(String key) {
        return conceptByKey.get(key);
    }

    /** Up to {@code n} English labels, sorted, whose folded form contains {@code key} without being it. */
    List<String> near(String key, int n) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String[] l : english) {
            if (!l[0].equals(key) && l[0].contains(key)) {
                sorted.add(l[1]);
            }
        }
        return sorted.stream().limit(n).toList();
    }
}
