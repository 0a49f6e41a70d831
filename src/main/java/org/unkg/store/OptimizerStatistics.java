package org.unkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes TDB2's optimizer statistics ({@code stats.opt}, what {@code tdb2.tdbstats} prints) into a database's storage
 * directory, so the query engine orders the patterns of a query by how many triples each predicate has. unkg's
 * queries run over the union of the named graphs, so every quad counts (as {@code tdb2.tdbstats --graph
 * urn:x-arq:UnionGraph} would count them); TDB2 reads the file when the database is opened. {@code build} counts the
 * quads as they stream into the loader ({@link Counter}) instead of reading the database back.
 */
public final class OptimizerStatistics {
    private OptimizerStatistics() {}

    /**
     * Writes {@code results} (counted as the quads were loaded, see {@link Counter}) as the {@code stats.opt} of
     * {@code dsg}; returns the quad count.
     */
    static long write(DatasetGraph dsg, StatsResults results) throws IOException {
        Path dir = Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getDirectoryPath());
        Path tmp = dir.resolve(Names.optStats + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Stats.write(out, results);
        }
        Files.move(tmp, dir.resolve(Names.optStats), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return results.getCount();
    }

    /** The statistics of every quad of {@code dsg} (a TDB2 database), read through its GSPO index. */
    static StatsResults scan(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return Txn.calculateRead(dsg, () -> {
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            StatsCollectorNodeId collector = new StatsCollectorNodeId(quads.getNodeTable());
            Iterator<Tuple<NodeId>> it = quads.findAll();
            while (it.hasNext()) {
                Tuple<NodeId> q = it.next();
                collector.record(q.get(0), q.get(1), q.get(2), q.get(3));
            }
            return collector.results();
        });
    }

    /**
     * Counts quads per predicate and type as they are loaded, so the build need not read the whole database back:
     * exact when every quad is counted once, which the caller guarantees (distinct graphs, each a set).
     */
    static final class Counter {
        private final StatsCollector collector = new StatsCollector();

        /** Counts one quad. */
        void count(Node g, Node s, Node p, Node o) {
            collector.record(g, s, p, o);
        }

        /** What was counted. */
        StatsResults results() {
            return collector.results();
        }
    }

    /** Where the statistics of the TDB2 database opened as {@code dsg} live. */
    public static Path location(DatasetGraph dsg) {
        return Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getDirectoryPath()).resolve(Names.optStats);
    }
}
