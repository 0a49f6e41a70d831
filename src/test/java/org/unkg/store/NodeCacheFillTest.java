package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.NodeTableInline;
import org.junit.jupiter.api.Test;

/**
 * The node cache a bulk load leaves: filled once at the end with the last nodes written, as many as each of TDB2's two
 * caches holds, each node under the id (its offset in the objects file) it was written at.
 */
class NodeCacheFillTest {
    private static final int NODE_TO_ID = 3;
    private static final int ID_TO_NODE = 5;

    private static NodeTableCache cache() {
        StoreParams params = StoreParams.builder().node2NodeIdCacheSize(NODE_TO_ID).nodeId2NodeCacheSize(ID_TO_NODE)
                .nodeMissCacheSize(10).build();
        // no table under the cache: the assertions read the caches alone
        return (NodeTableCache) NodeTableCache.create(null, params);
    }

    private static StoreParams params() {
        return StoreParams.builder().node2NodeIdCacheSize(NODE_TO_ID).nodeId2NodeCacheSize(ID_TO_NODE).build();
    }

    private static List<Node> nodes(int n) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(NodeFactory.createURI("urn:x:node" + i));
        }
        return out;
    }

    @Test
    void theCachesHoldTheLastNodesWrittenEachUpToItsSize() {
        NodeTableCache cache = cache();
        NodeCacheFill fill = NodeCacheFill.of(cache, params());
        List<Node> written = nodes(12);
        for (int i = 0; i < written.size(); i++) {
            fill.note(written.get(i), 100L * i);
        }
        assertThat(cache.isCachedNode(written.get(11))).as("nothing is cached before the fill").isFalse();

        assertThat(fill.fill()).isEqualTo(NODE_TO_ID + ID_TO_NODE);

        for (int i = 0; i < written.size(); i++) {
            NodeId id = NodeIdFactory.createPtr(100L * i);
            assertThat(cache.getNodeForNodeIdCache(id)).as("id to node, node %d", i)
                    .isEqualTo(i >= 12 - ID_TO_NODE ? written.get(i) : null);
            assertThat(cache.getNodeIdForNodeCache(written.get(i))).as("node to id, node %d", i)
                    .isEqualTo(i >= 12 - NODE_TO_ID ? id : null);
        }
    }

    @Test
    void fewerNodesThanTheCachesHoldAreAllCached() {
        NodeTableCache cache = cache();
        NodeCacheFill fill = NodeCacheFill.of(cache, params());
        List<Node> written = nodes(2);
        fill.note(written.get(0), 0);
        fill.note(written.get(1), 40);

        assertThat(fill.fill()).isEqualTo(4);

        assertThat(cache.getNodeIdForNodeCache(written.get(0))).isEqualTo(NodeIdFactory.createPtr(0));
        assertThat(cache.getNodeForNodeIdCache(NodeIdFactory.createPtr(40))).isEqualTo(written.get(1));
    }

    @Test
    void aTableWithoutCacheHasNothingToFill() {
        NodeTable inline = NodeTableInline.create(null);
        assertThat(NodeCacheFill.of(inline, params())).isNull();
    }
}
