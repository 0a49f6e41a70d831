package org.unkg.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.trans.data.TransBinaryDataFile;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.tdb2.lib.NodeLib;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.store.Hash;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node table of a new, empty TDB2 database, written as a load streams its nodes, past TDB2's node cache and without
 * inserting into the node table's B+tree one node at a time. A node TDB2 keeps inline in its NodeId (numbers, dates,
 * booleans) is that NodeId; any other node is looked up by its 128-bit hash (TDB2's own, {@link NodeLib#setHash}) in a
 * table of this class (open addressing over one array of longs: the hash's two halves and the NodeId); a node not there
 * yet has its RDF Thrift term appended to the objects file (as TDB2's node table writes it) and its NodeId is its offset
 * there, so every tuple's ids are known at once. When the stream ends, {@link #packIndex} writes the node table's
 * B+tree (hash to NodeId) bottom-up from that table sorted by hash, as {@code tdb2.xloader} does. TDB2's node cache is
 * left as TDB2's loaders leave it, holding the last new nodes, since the build reads the database right after the load;
 * but it is filled once at the end ({@link NodeCacheFill}), not node by node.
 *
 * <p>Memory: 24 bytes per slot, between 1.4 and 2.9 slots per distinct node (a 20,000-letter build has about 1.3
 * million: 45-90 MB), plus a bounded map of the last {@value #RECENT} nodes met, which spares hashing the nodes a letter
 * repeats (its resources, the catalog's). One thread uses it: the loader's node thread, then the one packing the index.
 */
final class FreshNodeTable {
    /** Nodes remembered by value before that map is emptied (nodes repeat within a letter and across its neighbours). */
    static final int RECENT = 1 << 16;
    private static final Logger LOG = LoggerFactory.getLogger(FreshNodeTable.class);
    private static final int INITIAL_SLOTS = 1 << 16;

    private final TransBinaryDataFile data;
    private final BPlusTree index;
    /** The database's node cache, filled with the last new nodes once they are all written, or null. */
    private final NodeCacheFill cache;
    /** The term of the node being appended, written through {@link #protocol} before it goes to the file at once. */
    private final TermBytes term = new TermBytes();
    private final TProtocol protocol;
    private final Hash hash = new Hash(16);
    private final Map<Node, Long> recent = new HashMap<>();
    /** Three longs per slot: the hash's first and second 8 bytes, and the NodeId's bytes plus one (0: empty slot). */
    private long[] slots = new long[3 * INITIAL_SLOTS];
    private int size;
    private long nodesWritten;

    private FreshNodeTable(TransBinaryDataFile data, BPlusTree index, NodeCacheFill cache) {
        this.data = data;
        this.index = index;
        this.cache = cache;
        this.protocol = TRDF.protocol(term);
    }

    /**
     * The writer of {@code nodes} (a TDB2 node table, with its caches of the sizes {@code params} give), or null when
     * that table already holds nodes or is not laid out as TDB2's (an objects file and a B+tree): then nodes must be
     * allocated through the table itself. Call outside any transaction on it.
     */
    static FreshNodeTable of(NodeTable nodes, StoreParams params) {
        TransBinaryDataFile data;
        BPlusTree index;
        try {
            data = LoaderOps.ntDataFile(nodes);
            index = LoaderOps.ntBPTree(nodes);
        } catch (RuntimeException notTdb2) {
            return null;
        }
        if (data == null || index == null) {
            return null;
        }
        boolean[] empty = {false};
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        coordinator.add(data);
        coordinator.add(index);
        CoLib.start(coordinator);
        Transaction txn = coordinator.begin(TxnType.READ);
        try {
            empty[0] = data.length() == 0 && index.isEmpty();
        } finally {
            txn.end();
        }
        return empty[0] ? new FreshNodeTable(data, index, NodeCacheFill.of(nodes, params)) : null;
    }

    /** The objects file: the node thread's write transaction is on it (the B+tree is written by {@link #packIndex}). */
    TransBinaryDataFile dataFile() {
        return data;
    }

    /** Distinct nodes written to the objects file so far. */
    long nodesWritten() {
        return nodesWritten;
    }

    /**
     * The NodeId of {@code n} as the long of its 8 bytes (big-endian), writing the node to the objects file if it is new.
     * Call inside a write transaction on {@link #dataFile()}.
     */
    long id(Node n) {
        Long known = recent.get(n);
        if (known != null) {
            return known;
        }
        NodeId inline = NodeId.inline(n);
        long id = inline != null ? bytesOf(inline) : stored(n);
        if (recent.size() >= RECENT) {
            recent.clear();
        }
        recent.put(n, id);
        return id;
    }

    private static long bytesOf(NodeId id) {
        byte[] b = new byte[NodeId.SIZE];
        NodeIdFactory.set(id, b, 0);
        return Bytes.getLong(b, 0);
    }

    /** The id of a node kept in the objects file: found by its hash, else appended. */
    private long stored(Node n) {
        NodeLib.setHash(hash, n);
        byte[] h = hash.getBytes();
        long hi = Bytes.getLong(h, 0);
        long lo = Bytes.getLong(h, 8);
        int mask = slots.length / 3 - 1;
        int i = (int) (lo ^ (lo >>> 32)) & mask;
        while (true) {
            int s = 3 * i;
            long v = slots[s + 2];
            if (v == 0) {
                long id = append(n);
                slots[s] = hi;
                slots[s + 1] = lo;
                slots[s + 2] = id + 1;
                if (++size > (mask + 1) * 7L / 10) {
                    grow();
                }
                return id;
            }
            if (slots[s] == hi && slots[s + 1] == lo) {
                return v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Appends the node's term to the objects file; its NodeId (a pointer to where it starts) as a long. */
    private long append(Node n) {
        term.reset();
        try {
            ThriftConvert.convert(n, true).write(protocol);
        } catch (TException e) {
            throw new StoreException("cannot write node " + n + " to the node table: " + e.getMessage(), e);
        }
        long at = data.write(term.bytes(), 0, term.length());
        nodesWritten++;
        if (cache != null) {
            cache.note(n, at);
        }
        return bytesOf(NodeIdFactory.createPtr(at));
    }

    /**
     * Fills TDB2's node cache with the last nodes written, as TDB2's loaders leave it (what the build reads right after
     * the load finds them there); returns the number of entries put. Call once the objects file's transaction has
     * committed; it may run beside {@link #packIndex}.
     */
    long fillCache() {
        return cache == null ? 0 : cache.fill();
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length / 3 - 1;
        for (int s = 0; s < old.length; s += 3) {
            if (old[s + 2] == 0) {
                continue;
            }
            long lo = old[s + 1];
            int i = (int) (lo ^ (lo >>> 32)) & mask;
            while (slots[3 * i + 2] != 0) {
                i = (i + 1) & mask;
            }
            System.arraycopy(old, s, slots, 3 * i, 3);
        }
    }

    /**
     * Writes the node table's B+tree (hash to NodeId) bottom-up from the nodes met, sorted by hash, in a write
     * transaction of its own on that B+tree (its commit records the tree's root and limits); after this the table is
     * empty of entries. Call once the objects file's transaction has committed.
     */
    void packIndex() {
        recent.clear();
        // the entries moved to the front, each hash with the sign bit of its halves flipped so that signed order of
        // longs is the B+tree's unsigned byte order; sorted by hash
        int n = 0;
        for (int s = 0; s < slots.length; s += 3) {
            if (slots[s + 2] != 0) {
                slots[3 * n] = slots[s] ^ Long.MIN_VALUE;
                slots[3 * n + 1] = slots[s + 1] ^ Long.MIN_VALUE;
                slots[3 * n + 2] = slots[s + 2] - 1;
                n++;
            }
        }
        TupleSort.sort(slots, 3, n);
        long[] sorted = slots;
        int count = n;
        RecordFactory factory = index.getRecordFactory();
        if (factory.keyLength() != 16 || factory.valueLength() != NodeId.SIZE) {
            throw new StoreException("the node table's index is not hash (16 bytes) to NodeId: " + factory);
        }
        Iterator<Record> records = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Record next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                byte[] key = new byte[16];
                byte[] value = new byte[NodeId.SIZE];
                Bytes.setLong(sorted[3 * next] ^ Long.MIN_VALUE, key, 0);
                Bytes.setLong(sorted[3 * next + 1] ^ Long.MIN_VALUE, key, 8);
                Bytes.setLong(sorted[3 * next + 2], value, 0);
                next++;
                return factory.create(key, value);
            }
        };
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        coordinator.add(index);
        CoLib.start(coordinator);
        Transaction txn = coordinator.begin(TxnType.WRITE);
        try {
            if (!index.isEmpty()) {
                throw new StoreException("the node table's index is not empty: the sorted loader needs a new database");
            }
            BPlusTreeRewriter.packIntoBPlusTree(records, index.getParams(), factory, index.getStateManager().getBufferChannel(),
                    index.getNodeManager().getBlockMgr(), index.getRecordsMgr().getBlockMgr());
            txn.commit();
        } catch (RuntimeException e) {
            txn.abort();
            throw e;
        } finally {
            txn.end();
        }
        slots = new long[0];
        size = 0;
    }
}
