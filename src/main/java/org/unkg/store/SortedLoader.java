package org.unkg.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bulk loader for a new, empty TDB2 database that builds its indexes the way {@code tdb2.xloader} does instead of
 * inserting into B+trees: while the quads stream, each node gets its NodeId (from {@link FreshNodeTable}, which appends
 * new nodes to the objects file and packs the node table's B+tree at the end; from the database's node table if that
 * already held nodes), in one write transaction on the node table alone, on a thread of its own fed batches of quads, and each quad becomes a tuple of NodeIds kept in
 * sorted runs ({@link TupleRuns}: in memory up to a bound, spilled to files beside the database beyond it); when the
 * stream ends, each quad index (GSPO, GPOS, GOSP, SPOG, POSG, OSPG; and the triple indexes if any triples went to the
 * default graph) is packed bottom-up from its sorted stream of tuples (Jena's {@link BPlusTreeRewriter}), two at a
 * time, each in a transaction of its own on that index, which leaves the B+tree's state (root, block limits)
 * committed, so the database opens and takes transactions as any other.
 *
 * <p>Only for an empty database: the packed indexes replace whatever the indexes held.
 */
final class SortedLoader implements DataLoader {
    /** Tuples kept in memory before they are spilled to sorted run files (32 bytes each for quads, twice over). */
    static final int DEFAULT_IN_MEMORY = 1 << 21;
    private static final Logger LOG = LoggerFactory.getLogger(SortedLoader.class);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** Quads per batch handed to the node thread, and batches that may wait for it. */
    private static final int BATCH = 10_000;
    private static final int QUEUED_BATCHES = 10;
    private static final Batch END = new Batch(0);
    private static final Batch ABORT = new Batch(0);
    /** Indexes packed at once (each sorts on its own core). */
    private static final int PACKING_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final DatasetGraph dsg;
    private final DatasetGraphTDB storage;
    private final NodeTable nodes;
    /** The node table written past TDB2's caches and B+tree inserts (a new database), or null: through {@link #nodes}. */
    private final FreshNodeTable fresh;
    private final int maxInMemory;
    private final Path tempDir;
    private final TupleIndex[] quadIndexes;
    private final TupleIndex[] tripleIndexes;
    private final java.util.concurrent.BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private TupleRuns quads;
    private TupleRuns triples;
    private Thread worker;
    private volatile Throwable failure;
    private Batch batch;
    private long quadCount;
    private long tripleCount;
    private volatile long nodeThreadCpu;
    /** The node thread's: the ids of the predicates, and the graph of the last quad with its id (quads come by graph). */
    private final PredicateIds predicates = new PredicateIds();
    private Node lastGraph;
    private long lastGraphId;
    private final java.util.concurrent.atomic.AtomicLong packingCpu = new java.util.concurrent.atomic.AtomicLong();
    private volatile long cachePuts;
    private volatile long cacheCpu;

    /** A loader into the (empty) TDB2 database {@code dsg}; it logs what it did (not to {@code output}). */
    SortedLoader(DatasetGraph dsg, MonitorOutput output) {
        this(dsg, output, DEFAULT_IN_MEMORY);
    }

    /** A loader keeping at most {@code maxInMemory} tuples of each kind in memory. */
    SortedLoader(DatasetGraph dsg, MonitorOutput output, int maxInMemory) {
        this.dsg = dsg;
        this.storage = TDBInternal.getDatasetGraphTDB(dsg);
        this.nodes = storage.getQuadTable().getNodeTupleTable().getNodeTable();
        this.fresh = FreshNodeTable.of(nodes, storage.getStoreParams());
        this.maxInMemory = maxInMemory;
        this.tempDir = Path.of(storage.getLocation().getDirectoryPath()).toAbsolutePath().getParent();
        this.quadIndexes = storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        this.tripleIndexes = storage.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes();
    }

    @Override
    public void startBulk() {
        quads = new TupleRuns(4, orders(quadIndexes, "GSPO"), maxInMemory, tempDir);
        triples = new TupleRuns(3, orders(tripleIndexes, "SPO"), maxInMemory, tempDir);
        worker = new Thread(this::ingest, "sorted-loader-nodes");
        worker.setDaemon(true);
        worker.start();
    }

    /** For each index, the column of the primary order ({@code primary}, e.g. GSPO) at each of its positions. */
    private static List<int[]> orders(TupleIndex[] indexes, String primary) {
        List<int[]> out = new ArrayList<>();
        for (TupleIndex index : indexes) {
            String name = index.getName();
            int[] cols = new int[name.length()];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = primary.indexOf(name.charAt(i));
            }
            if (name.length() != primary.length()) {
                throw new StoreException("index " + name + " is not an order of " + primary);
            }
            out.add(cols);
        }
        return out;
    }

    /**
     * The node thread: in one write transaction on the database, gives each node of each quad its NodeId (the node
     * table) and adds the quad's tuple to the runs, batch after batch, until the end of the stream (commit) or an abort.
     */
    private void ingest() {
        long[] tuple = new long[4];
        byte[] idBytes = new byte[NodeId.SIZE];
        boolean committed = false;
        try {
            // a transaction on the node table's own components, as TDB2's loaders take: not the dataset's, whose
            // write transactions make the node cache buffer per thread (so a load would miss it and leave it cold)
            TransactionCoordinator coordinator = CoLib.newCoordinator();
            if (fresh != null) {
                coordinator.add(fresh.dataFile());
            } else {
                CoLib.add(coordinator, nodes);
            }
            CoLib.start(coordinator);
            Transaction txn = coordinator.begin(TxnType.WRITE);
            try {
                while (true) {
                    Batch b = queue.take();
                    if (b == ABORT) {
                        break;
                    }
                    if (b == END) {
                        txn.commit();
                        committed = true;
                        break;
                    }
                    for (int i = 0; i < b.size; i++) {
                        Quad q = b.quads[i];
                        if (q.isTriple() || q.isDefaultGraph()) {
                            tuple[0] = id(q.getSubject(), idBytes);
                            tuple[1] = predicates.id(q.getPredicate(), idBytes);
                            tuple[2] = id(q.getObject(), idBytes);
                            triples.add(tuple);
                            tripleCount++;
                        } else {
                            Node g = q.getGraph();
                            if (!g.equals(lastGraph)) {
                                lastGraphId = id(g, idBytes);
                                lastGraph = g;
                            }
                            tuple[0] = lastGraphId;
                            tuple[1] = id(q.getSubject(), idBytes);
                            tuple[2] = predicates.id(q.getPredicate(), idBytes);
                            tuple[3] = id(q.getObject(), idBytes);
                            quads.add(tuple);
                            quadCount++;
                        }
                    }
                }
            } finally {
                if (!committed) {
                    txn.abort();
                }
                txn.end();
            }
        } catch (Throwable t) {
            failure = t;
            queue.clear();
        } finally {
            nodeThreadCpu = THREADS.getCurrentThreadCpuTime();
        }
    }

    /**
     * The NodeId of a node (allocated in the node table if new) as the long whose big-endian bytes are the NodeId's
     * bytes in an index record, with the sign bit flipped so that signed comparison of longs is the B+tree's unsigned
     * byte order.
     */
    private long id(Node n, byte[] idBytes) {
        if (fresh != null) {
            return fresh.id(n) ^ Long.MIN_VALUE;
        }
        NodeIdFactory.set(nodes.getAllocateNodeId(n), idBytes, 0);
        return Bytes.getLong(idBytes, 0) ^ Long.MIN_VALUE;
    }

    /**
     * The ids of the predicates the node thread met (a few dozen: the vocabulary), kept by that thread so that the
     * predicate of each quad is not looked up in TDB2's shared node cache again; emptied if it ever grows past
     * {@value #MAX} (a source with a predicate per quad).
     */
    private final class PredicateIds {
        private static final int MAX = 10_000;
        private final Map<Node, Long> ids = new java.util.HashMap<>();

        long id(Node p, byte[] idBytes) {
            Long known = ids.get(p);
            if (known != null) {
                return known;
            }
            long id = SortedLoader.this.id(p, idBytes);
            if (ids.size() >= MAX) {
                ids.clear();
            }
            ids.put(p, id);
            return id;
        }
    }

    /** Quads handed to the node thread together. */
    private static final class Batch {
        final Quad[] quads;
        int size;

        Batch(int capacity) {
            this.quads = new Quad[capacity];
        }
    }

    /** Hands a batch to the node thread, failing if that thread failed. */
    private void send(Batch b) {
        try {
            while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                checkWorker();
                if (!worker.isAlive()) {
                    throw new StoreException("the sorted loader's node thread ended early");
                }
            }
            checkWorker();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while loading", e);
        }
    }

    private void checkWorker() {
        Throwable t = failure;
        if (t != null) {
            throw new StoreException("loading failed: " + t, t);
        }
    }

    @Override
    public StreamRDF stream() {
        return new StreamRDF() {
            @Override
            public void start() {}

            @Override
            public void triple(Triple t) {
                quad(Quad.create(Quad.defaultGraphIRI, t));
            }

            @Override
            public void quad(Quad q) {
                if (batch == null) {
                    batch = new Batch(BATCH);
                }
                batch.quads[batch.size++] = q;
                if (batch.size == BATCH) {
                    send(batch);
                    batch = null;
                }
            }

            @Override
            public void base(String base) {}

            @Override
            public void prefix(String prefix, String iri) {
                prefixes.put(prefix, iri);
            }

            @Override
            public void version(String version) {}

            @Override
            public void finish() {
                if (batch != null) {
                    send(batch);
                    batch = null;
                }
            }
        };
    }

    @Override
    public void finishBulk() {
        long t0 = System.nanoTime();
        if (batch != null) {
            send(batch);
            batch = null;
        }
        send(END);
        join();
        checkWorker();
        if (!prefixes.isEmpty()) {
            org.apache.jena.system.Txn.executeWrite(dsg, () -> prefixes.forEach((prefix, iri) -> dsg.prefixes().add(prefix, iri)));
        }
        long t1 = System.nanoTime();
        try {
            quads.seal();
            triples.seal();
            int spills = Math.max(quads.spills(), triples.spills());
            List<Callable<Void>> work = new ArrayList<>();
            if (fresh != null) {
                work.add(() -> {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    cachePuts = fresh.fillCache();
                    cacheCpu = THREADS.getCurrentThreadCpuTime() - c0;
                    return null;
                });
                work.add(() -> {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    fresh.packIndex();
                    packingCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
                    return null;
                });
            }
            addPacking(work, quadIndexes, quads);
            addPacking(work, tripleIndexes, triples);
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(PACKING_THREADS, work.size() == 0 ? 1 : work.size()),
                    r -> {
                        Thread t = new Thread(r, "sorted-loader-pack");
                        t.setDaemon(true);
                        return t;
                    });
            try {
                for (Future<Void> f : pool.invokeAll(work)) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while packing the indexes", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                throw c instanceof RuntimeException r ? r : new StoreException("packing an index failed: " + c, c);
            } finally {
                pool.shutdownNow();
            }
            LOG.info("sorted loader: {} quads, {} triples, {} new nodes; after the stream ended: the node table's backlog {} s, indexes sorted"
                            + " and packed {} s ({} spills of up to {} tuples); CPU: node thread {} s, packing {} s, node cache {} s ({} puts)",
                    quadCount, tripleCount, fresh != null ? fresh.nodesWritten() : "?", String.format("%.1f", (t1 - t0) / 1e9),
                    String.format("%.1f", (System.nanoTime() - t1) / 1e9), spills, maxInMemory,
                    String.format("%.1f", nodeThreadCpu / 1e9), String.format("%.1f", packingCpu.get() / 1e9),
                    String.format("%.1f", cacheCpu / 1e9), cachePuts);
        } finally {
            closeRuns();
        }
    }

    private void join() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while loading", e);
        }
    }

    /** Adds the packing of each index of {@code indexes} from {@code runs} to {@code work} (none when no tuples). */
    private void addPacking(List<Callable<Void>> work, TupleIndex[] indexes, TupleRuns runs) {
        if (runs.added() == 0) {
            return;
        }
        for (int i = 0; i < indexes.length; i++) {
            int order = i;
            TupleIndex index = indexes[i];
            work.add(() -> {
                long c0 = THREADS.getCurrentThreadCpuTime();
                pack(index, runs.sorted(order));
                packingCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
                return null;
            });
        }
    }

    /** Packs {@code index} (empty) bottom-up from its tuples in its order, in a transaction on that index alone. */
    private static void pack(TupleIndex index, Iterator<long[]> sorted) {
        BPlusTree bpt = LoaderOps.idxBTree(index);
        RecordFactory factory = bpt.getRecordFactory();
        Iterator<Record> records = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return sorted.hasNext();
            }

            @Override
            public Record next() {
                long[] t = sorted.next();
                byte[] key = new byte[factory.keyLength()];
                for (int k = 0; k < t.length; k++) {
                    Bytes.setLong(t[k] ^ Long.MIN_VALUE, key, k * NodeId.SIZE);
                }
                return factory.create(key);
            }
        };
        // its commit writes the packed tree's block limits into the index's state (.bpt)
        CoLib.executeWrite(index, () -> {
            if (!bpt.isEmpty()) {
                throw new StoreException("the sorted loader needs an empty database; index " + index.getName() + " is not");
            }
            BPlusTreeRewriter.packIntoBPlusTree(records, bpt.getParams(), factory, bpt.getStateManager().getBufferChannel(),
                    bpt.getNodeManager().getBlockMgr(), bpt.getRecordsMgr().getBlockMgr());
        });
    }

    private void closeRuns() {
        if (quads != null) {
            quads.close();
        }
        if (triples != null) {
            triples.close();
        }
    }

    @Override
    public void finishException(Exception ex) {
        try {
            if (worker != null && worker.isAlive()) {
                queue.clear();
                queue.offer(ABORT);
                join();
            }
        } finally {
            closeRuns();
        }
    }

    @Override
    public void load(List<String> filenames) {
        StreamRDF s = stream();
        for (String f : filenames) {
            org.apache.jena.riot.RDFParser.source(f).parse(s);
        }
    }

    @Override
    public void loadFromInputStream(String baseURI, InputStream input, Lang lang) {
        org.apache.jena.riot.RDFParser.source(input).base(baseURI).lang(lang).parse(stream());
    }

    @Override
    public long countTriples() {
        return tripleCount;
    }

    @Override
    public long countQuads() {
        return quadCount;
    }
}
