package org.unkg.validate;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Copies named graphs of a database into memory, one after another on one thread. On a TDB2 database it reads the
 * graph's quads as node ids from the graph-first index and decodes each node with a memory of its own, bypassing
 * TDB2's node cache: reading 20,000 letter graphs once each, almost every node is new to that cache, and inserting
 * and evicting them there cost more than reading them (a fifth of {@code validate}'s CPU). The nodes letters share
 * (predicates, classes, catalog entries) are decoded once per copier. Another kind of dataset is read as a graph.
 * Called in the caller's read transaction; one copier per thread.
 */
final class GraphCopier {
    /** Nodes remembered before the memory starts over (the shared ones come back at once). */
    private static final int MEMORY = 200_000;

    private final DatasetGraph dsg;
    private final NodeTupleTable quads;
    private final NodeTable nodes;
    private final Map<NodeId, Node> decoded = new HashMap<>();

    GraphCopier(DatasetGraph dsg) {
        this.dsg = dsg;
        DatasetGraphTDB tdb;
        try {
            tdb = TDBInternal.getDatasetGraphTDB(dsg);
        } catch (RuntimeException e) {
            tdb = null;
        }
        this.quads = tdb == null ? null : tdb.getQuadTable().getNodeTupleTable();
        this.nodes = quads == null ? null : quads.getNodeTable().baseNodeTable();
    }

    /** Adds the triples of graph {@code g} to {@code into}, in the caller's read transaction. */
    void copy(Node g, Graph into) {
        if (quads == null) {
            dsg.getGraph(g).find().forEachRemaining(into::add);
            return;
        }
        NodeId gid = quads.getNodeTable().getNodeIdForNode(g);
        if (NodeId.isDoesNotExist(gid)) {
            return;
        }
        if (decoded.size() > MEMORY) {
            decoded.clear();
        }
        Iterator<Tuple<NodeId>> it = quads.find(TupleFactory.tuple(gid, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny));
        while (it.hasNext()) {
            Tuple<NodeId> q = it.next();
            into.add(Triple.create(node(q.get(1)), node(q.get(2)), node(q.get(3))));
        }
    }

    private Node node(NodeId id) {
        // as TDB2's own NodeTableInline: a value kept in the node id, else the node table's entry
        Node n = NodeId.extract(id);
        if (n != null) {
            return n;
        }
        n = decoded.get(id);
        if (n == null) {
            n = nodes.getNodeForNodeId(id);
            decoded.put(id, n);
        }
        return n;
    }
}
