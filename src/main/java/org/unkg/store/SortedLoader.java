package org.unkg.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
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

/**
 * A bulk loader for a new, empty TDB2 database that builds its indexes the way {@code tdb2.xloader} does instead of
 * inserting into B+trees: while the quads stream, each node gets its NodeId from the database's node table (in one
 * write transaction) and each quad becomes a tuple of NodeIds kept in sorted runs ({@link TupleRuns}: in memory up to
 * a bound, spilled to files beside the database beyond it); when the stream ends, each quad index (GSPO, GPOS, GOSP,
 * SPOG, POSG, OSPG; and the triple indexes if any triples went to the default graph) is packed bottom-up from its
 * sorted stream of tuples (Jena's {@link BPlusTreeRewriter}) in a transaction of its own, which leaves the B+tree's
 * state (root, block limits) committed, so the database opens and takes transactions as any other.
 *
 * <p>Only for an empty database: the packed indexes replace whatever the indexes held.
 */
final class SortedLoader implements DataLoader {
    /** Tuples kept in memory before they are spilled to sorted run files (32 bytes each for quads, twice over). */
    static final int DEFAULT_IN_MEMORY = 1 << 21;

    private final DatasetGraph dsg;
    private final DatasetGraphTDB storage;
    private final NodeTable nodes;
    private final MonitorOutput output;
    private final int maxInMemory;
    private final Path tempDir;
    private final TupleIndex[] quadIndexes;
    private final TupleIndex[] tripleIndexes;
    private TupleRuns quads;
    private TupleRuns triples;
    private boolean inTransaction;
    private long quadCount;
    private long tripleCount;
    private int spills;

    /** A loader into the (empty) TDB2 database {@code dsg}, reporting progress to {@code output}. */
    SortedLoader(DatasetGraph dsg, MonitorOutput output) {
        this(dsg, output, DEFAULT_IN_MEMORY);
    }

    /** A loader keeping at most {@code maxInMemory} tuples of each kind in memory. */
    SortedLoader(DatasetGraph dsg, MonitorOutput output, int maxInMemory) {
        this.dsg = dsg;
        this.storage = TDBInternal.getDatasetGraphTDB(dsg);
        this.nodes = storage.getQuadTable().getNodeTupleTable().getNodeTable();
        this.output = output;
        this.maxInMemory = maxInMemory;
        this.tempDir = Path.of(storage.getLocation().getDirectoryPath()).toAbsolutePath().getParent();
        this.quadIndexes = storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        this.tripleIndexes = storage.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes();
    }

    @Override
    public void startBulk() {
        quads = new TupleRuns(4, orders(quadIndexes, "GSPO"), maxInMemory, tempDir);
        triples = new TupleRuns(3, orders(tripleIndexes, "SPO"), maxInMemory, tempDir);
        dsg.begin(TxnType.WRITE);
        inTransaction = true;
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

    @Override
    public StreamRDF stream() {
        return new StreamRDF() {
            private final long[] tuple = new long[4];

            @Override
            public void start() {}

            @Override
            public void triple(Triple t) {
                addTriple(t.getSubject(), t.getPredicate(), t.getObject());
            }

            @Override
            public void quad(Quad q) {
                if (q.isTriple() || q.isDefaultGraph()) {
                    addTriple(q.getSubject(), q.getPredicate(), q.getObject());
                    return;
                }
                tuple[0] = id(q.getGraph());
                tuple[1] = id(q.getSubject());
                tuple[2] = id(q.getPredicate());
                tuple[3] = id(q.getObject());
                quads.add(tuple);
                quadCount++;
            }

            private void addTriple(Node s, Node p, Node o) {
                tuple[0] = id(s);
                tuple[1] = id(p);
                tuple[2] = id(o);
                triples.add(tuple);
                tripleCount++;
            }

            @Override
            public void base(String base) {}

            @Override
            public void prefix(String prefix, String iri) {
                dsg.prefixes().add(prefix, iri);
            }

            @Override
            public void version(String version) {}

            @Override
            public void finish() {}
        };
    }

    private final byte[] idBytes = new byte[NodeId.SIZE];

    /**
     * The NodeId of a node (allocated in the node table if new) as the long whose big-endian bytes are the NodeId's
     * bytes in an index record, with the sign bit flipped so that signed comparison of longs is the B+tree's unsigned
     * byte order.
     */
    private long id(Node n) {
        NodeIdFactory.set(nodes.getAllocateNodeId(n), idBytes, 0);
        return Bytes.getLong(idBytes, 0) ^ Long.MIN_VALUE;
    }

    @Override
    public void finishBulk() {
        long t0 = System.nanoTime();
        dsg.commit();
        dsg.end();
        inTransaction = false;
        long t1 = System.nanoTime();
        try {
            pack(quadIndexes, quads);
            pack(tripleIndexes, triples);
        } finally {
            closeRuns();
        }
        long t2 = System.nanoTime();
        output.print("sorted loader: %,d quads, %,d triples; node table commit %.1f s, indexes sorted and packed %.1f s (%d spills)",
                quadCount, tripleCount, (t1 - t0) / 1e9, (t2 - t1) / 1e9, spills);
    }

    private void pack(TupleIndex[] indexes, TupleRuns runs) {
        if (runs.added() == 0) {
            return;
        }
        spills = Math.max(spills, runs.spills());
        for (int i = 0; i < indexes.length; i++) {
            TupleIndex index = indexes[i];
            BPlusTree bpt = LoaderOps.idxBTree(index);
            RecordFactory factory = bpt.getRecordFactory();
            Iterator<long[]> sorted = runs.sorted(i);
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
            // a transaction on this index alone: its commit writes the packed tree's block limits into its state
            CoLib.executeWrite(index, () -> {
                if (!bpt.isEmpty()) {
                    throw new StoreException("the sorted loader needs an empty database; index " + index.getName() + " is not");
                }
                BPlusTreeRewriter.packIntoBPlusTree(records, bpt.getParams(), factory, bpt.getStateManager().getBufferChannel(),
                        bpt.getNodeManager().getBlockMgr(), bpt.getRecordsMgr().getBlockMgr());
            });
        }
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
            if (inTransaction) {
                dsg.abort();
                dsg.end();
                inTransaction = false;
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
