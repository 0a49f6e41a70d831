package org.unkg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.unkg.graph.Vocab;

/**
 * SHACL validation of a built database piece by piece, with the same verdict as validating the union of all
 * its graphs: each letter graph is validated on its own together with the shared graphs (catalog, ontology,
 * summaries), letters in parallel, one in memory per thread; the resources described in more than one graph
 * (events, documents and memberships several letters state, catalog entries letters add to) are validated
 * against the union instead, so a constraint that only the union breaks (two letters giving one event two
 * dates) is still found, and one that only a single graph seems to break (a description split over graphs)
 * is not reported. Memory is bounded by the shared graphs, a letter graph per thread and the set of
 * resources described in several graphs.
 */
public final class TargetedValidator {
    private static final String LETTER_GRAPHS = Vocab.GRAPH + "letter/";
    /** Resources several graphs describe validated per task. */
    private static final int MULTI_BATCH = 256;

    private final Shapes shapes;
    private final int threads;

    /** A validator for {@code shapes} that validates letters on {@code threads} threads. */
    public TargetedValidator(Graph shapes, int threads) {
        this.shapes = Shapes.parse(shapes);
        this.threads = Math.max(1, threads);
    }

    /** What a validation found: the violations (each once) and how many graphs and shared resources were read. */
    public record Result(List<ReportEntry> entries, int letterGraphs, int sharedResources) {
        /** Whether the database conforms to the shapes. */
        public boolean conforms() {
            return entries.isEmpty();
        }

        /** The violations as a SHACL validation report. */
        public ValidationReport report() {
            ValidationReport.Builder b = ValidationReport.create();
            entries.forEach(b::addReportEntry);
            return b.build();
        }
    }

    /** Validates every graph of {@code ds}; {@code progress} hears how many letter graphs are done now and then. */
    public Result validate(Dataset ds, Consumer<Integer> progress) throws InterruptedException {
        DatasetGraph dsg = ds.asDatasetGraph();
        List<Node> letters = new ArrayList<>();
        Graph shared = GraphFactory.createDefaultGraph();
        Graph ontology = GraphFactory.createDefaultGraph();
        List<ReportEntry> entries = new ArrayList<>();
        int multiCount;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // the pass over the subject-first index runs beside the reading of the shared graphs and their validation
            Future<Set<Node>> several = pool.submit(() -> Txn.calculateRead(ds, () -> describedInSeveralGraphs(dsg)));
            Txn.executeRead(ds, () -> {
                // the shared graphs too are copied by node id (see GraphCopier): on the 20k database, reading them
                // through the node cache was a sixth of validate's CPU samples, on this thread alone
                GraphCopier copier = new GraphCopier(dsg);
                for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                    Node g = it.next();
                    if (g.isURI() && g.getURI().startsWith(LETTER_GRAPHS)) {
                        letters.add(g);
                    } else {
                        copier.copy(g, shared);
                        if (g.getURI().equals(Vocab.ONTOLOGY_GRAPH)) {
                            copier.copy(g, ontology);
                        }
                    }
                }
            });
            Future<ValidationReport> sharedReport = pool.submit(() -> ShaclValidator.get().validate(shapes, shared));
            Set<Node> multi = several.get();
            multiCount = multi.size();
            List<Future<List<ReportEntry>>> pending = new ArrayList<>();
            // resources several graphs describe: validated against the union of all graphs, a batch per task
            List<Node> severalList = new ArrayList<>(multi);
            for (int from = 0; from < severalList.size(); from += MULTI_BATCH) {
                List<Node> batch = severalList.subList(from, Math.min(severalList.size(), from + MULTI_BATCH));
                pending.add(pool.submit(() -> Txn.calculateRead(ds, () -> {
                    Graph union = dsg.getUnionGraph();
                    List<ReportEntry> found = new ArrayList<>();
                    for (Node n : batch) {
                        found.addAll(ShaclValidator.get().validate(shapes, union, n).getEntries());
                    }
                    return found;
                })));
            }
            int first = pending.size();
            // everything else: each letter with the shared graphs; the shared graphs' own resources once
            pending.add(pool.submit(() -> outside(sharedReport.get(), multi)));
            // each thread copies its letter graphs by node id, with a node memory of its own (see GraphCopier)
            ThreadLocal<GraphCopier> copiers = ThreadLocal.withInitial(() -> new GraphCopier(dsg));
            for (Node g : letters) {
                pending.add(pool.submit(() -> {
                    Graph letter = GraphFactory.createDefaultGraph();
                    Txn.executeRead(ds, () -> copiers.get().copy(g, letter));
                    return letterOnly(letter, ontology, shared, multi);
                }));
            }
            for (int i = 0; i < pending.size(); i++) {
                entries.addAll(pending.get(i).get());
                pending.set(i, null);
                if (i > first && (i - first) % 1000 == 0) {
                    progress.accept(i - first);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("validation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(dedupe(entries), letters.size(), multiCount);
    }

    /**
     * The violations of the resources a letter graph describes alone: its focus nodes (found in the letter graph
     * with the ontology's class hierarchy), each validated on the letter with the shared graphs, so the shared
     * graphs' own resources are not validated again with every letter.
     */
    private List<ReportEntry> letterOnly(Graph letter, Graph ontology, Graph shared, Set<Node> multi) {
        Graph targets = new Union(letter, ontology);
        Graph data = new Union(letter, shared);
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node n : VLib.focusNodes(targets, shape)) {
                if (!multi.contains(n) && letter.contains(n, Node.ANY, Node.ANY)) {
                    ValidationProc.execValidateShape(context, data, shape, n);
                }
            }
        }
        return new ArrayList<>(context.generateReport().getEntries());
    }

    /** The entries about resources only one graph describes (the others are judged on the union). */
    private static List<ReportEntry> outside(ValidationReport report, Set<Node> multi) {
        List<ReportEntry> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (!multi.contains(e.focusNode())) {
                out.add(e);
            }
        }
        return out;
    }

    /** A violation found through two letters' shared graphs is one violation. */
    private static List<ReportEntry> dedupe(List<ReportEntry> entries) {
        Set<String> seen = new HashSet<>();
        List<ReportEntry> out = new ArrayList<>();
        for (ReportEntry e : entries) {
            if (seen.add(e.toString())) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The subjects that have triples in two or more graphs, read from TDB2's subject-first quad index (one
     * pass over node ids, sorted by subject, nothing decoded but the answers); for another kind of dataset,
     * from its quads.
     */
    static Set<Node> describedInSeveralGraphs(DatasetGraph dsg) {
        Set<Node> out = new HashSet<>();
        DatasetGraphTDB tdb = null;
        try {
            tdb = TDBInternal.getDatasetGraphTDB(dsg);
        } catch (RuntimeException e) {
            tdb = null;
        }
        TupleIndex spog = null;
        if (tdb != null) {
            for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                if (index.getName().equalsIgnoreCase("SPOG")) {
                    spog = index;
                }
            }
        }
        if (spog == null) {
            java.util.Map<Node, Node> firstGraph = new java.util.HashMap<>();
            dsg.find().forEachRemaining(q -> {
                Node before = firstGraph.putIfAbsent(q.getSubject(), q.getGraph());
                if (before != null && !before.equals(q.getGraph())) {
                    out.add(q.getSubject());
                }
            });
            return out;
        }
        NodeId subject = null;
        NodeId graph = null;
        boolean several = false;
        for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            // tuples come in the table's own order (graph, subject, predicate, object), sorted by subject
            NodeId s = t.get(1);
            NodeId g = t.get(0);
            if (!s.equals(subject)) {
                if (several) {
                    out.add(tdb.getQuadTable().getNodeTupleTable().getNodeTable().getNodeForNodeId(subject));
                }
                subject = s;
                graph = g;
                several = false;
            } else if (!several && !g.equals(graph)) {
                several = true;
            }
        }
        if (several) {
            out.add(tdb.getQuadTable().getNodeTupleTable().getNodeTable().getNodeForNodeId(subject));
        }
        return out;
    }
}
