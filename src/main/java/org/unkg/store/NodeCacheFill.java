package org.unkg.store;

import java.lang.reflect.Field;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TDB2's node cache (node to NodeId, NodeId to node) filled once, when a bulk load has written its nodes, with the
 * nodes it would have kept had each new node gone into it as it was written: the last ones, as many as each of its
 * two caches holds. What a build does after the load (the summaries) reads the nodes just loaded, and a cold cache
 * reads each from the objects file; but a 20,000-letter build writes about 1.3 million new nodes into caches of
 * 200,000 and 1,000,000 entries, so putting every one as it comes costs a put and, past the caches' sizes, an eviction
 * each, for entries nothing reads before they are evicted. This keeps the last nodes in a ring (as many as the larger
 * cache holds: the nodes the cache would have held anyway) and puts each cache's share at the end, newest last.
 *
 * <p>One thread notes nodes ({@link #note}); {@link #fill} runs after the last note, on any thread.
 */
final class NodeCacheFill {
    private static final Logger LOG = LoggerFactory.getLogger(NodeCacheFill.class);

    private final Cache<Node, NodeId> node2id;
    private final Cache<NodeId, Node> id2node;
    private final Cache<Node, Object> notPresent;
    private final int node2idSize;
    private final int id2nodeSize;
    private Node[] nodes;
    /** The objects file offset (the NodeId's pointer) of each node in {@link #nodes}. */
    private long[] offsets;
    private long noted;

    private NodeCacheFill(Cache<Node, NodeId> node2id, Cache<NodeId, Node> id2node, Cache<Node, Object> notPresent,
            int node2idSize, int id2nodeSize) {
        this.node2id = node2id;
        this.id2node = id2node;
        this.notPresent = notPresent;
        this.node2idSize = node2id == null ? 0 : node2idSize;
        this.id2nodeSize = id2node == null ? 0 : id2nodeSize;
        int ring = Math.max(node2idSize, id2nodeSize);
        this.nodes = new Node[ring];
        this.offsets = new long[ring];
    }

    /**
     * The filler of the node cache among {@code table}'s wrappers, sized by {@code params}, or null when there is no
     * such cache or it cannot be reached (the cache then fills as the database is read).
     */
    static NodeCacheFill of(NodeTable table, StoreParams params) {
        for (NodeTable t = table; t != null; t = t.wrapped()) {
            if (t instanceof NodeTableCache cache) {
                try {
                    NodeCacheFill fill = new NodeCacheFill(field(cache, "node2id_Cache"), field(cache, "id2node_Cache"),
                            field(cache, "notPresent"), Math.max(0, params.getNode2NodeIdCacheSize()),
                            Math.max(0, params.getNodeId2NodeCacheSize()));
                    return fill.nodes.length == 0 ? null : fill;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    LOG.debug("the node cache cannot be filled by the loader (it fills as the database is read)", e);
                    return null;
                }
            }
            if (t.wrapped() == t) {
                break;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Cache<K, V> field(NodeTableCache cache, String name) throws ReflectiveOperationException {
        Field f = NodeTableCache.class.getDeclaredField(name);
        f.setAccessible(true);
        return (Cache<K, V>) f.get(cache);
    }

    /** Notes a new node written at {@code offset} of the objects file (its NodeId is a pointer there). */
    void note(Node n, long offset) {
        int at = (int) (noted % nodes.length);
        nodes[at] = n;
        offsets[at] = offset;
        noted++;
    }

    /**
     * Puts the last nodes noted in the caches, as many as each holds, oldest first, and empties the cache of nodes
     * known to be missing; then forgets the nodes. Returns the number of puts.
     */
    long fill() {
        // a node looked up before it was loaded is no longer missing (TDB2's own update forgets it too)
        if (notPresent != null) {
            notPresent.clear();
        }
        long puts = put(id2nodeSize, (n, id) -> id2node.put(id, n)) + put(node2idSize, node2id::put);
        nodes = new Node[1];
        offsets = new long[1];
        noted = 0;
        return puts;
    }

    private long put(int size, java.util.function.BiConsumer<Node, NodeId> cache) {
        long count = Math.min(noted, size);
        for (long i = noted - count; i < noted; i++) {
            int at = (int) (i % nodes.length);
            cache.accept(nodes[at], NodeIdFactory.createPtr(offsets[at]));
        }
        return count;
    }
}
