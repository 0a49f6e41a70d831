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

    /**
     * Counts every quad of the database at {@code db} again and rewrites its {@code stats.opt} (after a change made
     * without counting, such as {@code build --summaries}); returns the quad count.
     */
    public static long recount(Path db) throws IOException {
        org.apache.jena.query.Dataset ds = Tdb.open(db);
        try {
            return write(ds.asDatasetGraph(), scan(ds.asDatasetGraph()));
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
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

    /**
     * The figures of {@code stats.opt} as an update adjusts them: the quads counted in all, per predicate and per
     * {@code rdf:type} class. An update subtracts the quads it drops and adds those it adds, so the file stays what
     * counting the whole database gives without reading it back.
     */
    static final class Figures {
        private static final Node TYPE = org.apache.jena.vocabulary.RDF.type.asNode();
        private final java.util.Map<Node, Long> predicates = new java.util.HashMap<>();
        private final java.util.Map<Node, Long> types = new java.util.HashMap<>();
        private long count;

        /** The figures of {@code results}. */
        static Figures of(StatsResults results) {
            Figures f = new Figures();
            f.predicates.putAll(results.getPredicates());
            f.types.putAll(results.getTypes());
            f.count = results.getCount();
            return f;
        }

        /** The figures of the {@code stats.opt} at {@code file}, or null when it is missing or not one. */
        static Figures read(Path file) {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try {
                Figures f = new Figures();
                org.apache.jena.sparql.sse.Item stats = org.apache.jena.sparql.sse.SSE.parse(Files.readString(file));
                if (!stats.isTagged("stats")) {
                    return null;
                }
                for (org.apache.jena.sparql.sse.Item entry : stats.getList().cdr()) {
                    org.apache.jena.sparql.sse.ItemList list = entry.getList();
                    org.apache.jena.sparql.sse.Item head = list.get(0);
                    if (head.isTagged("meta") || entry.isTagged("meta")) {
                        for (org.apache.jena.sparql.sse.Item m : list.cdr()) {
                            if (m.isTagged("count")) {
                                f.count = m.getList().get(1).getLong();
                            }
                        }
                    } else if (head.isList() && head.getList().size() == 3 && head.getList().get(2).isNode()) {
                        f.types.put(head.getList().get(2).getNode(), list.get(1).getLong());
                    } else if (head.isNode()) {
                        f.predicates.put(head.getNode(), list.get(1).getLong());
                    }
                }
                return f;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** Counts one quad more ({@code sign} 1) or less ({@code sign} -1). */
        void count(Node p, Node o, int sign) {
            count += sign;
            merge(predicates, p, sign);
            if (TYPE.equals(p)) {
                merge(types, o, sign);
            }
        }

        private static void merge(java.util.Map<Node, Long> map, Node key, long delta) {
            long n = map.getOrDefault(key, 0L) + delta;
            if (n == 0) {
                map.remove(key);
            } else {
                map.put(key, n);
            }
        }

        /** The quads counted in all. */
        long count() {
            return count;
        }

        /** These figures as TDB2's statistics results, for {@link Stats#write}. */
        StatsResults results() {
            try {
                // StatsResults has no public constructor: TDB2 builds it from its collectors only
                var make = StatsResults.class.getDeclaredConstructor(java.util.Map.class, java.util.Map.class, long.class);
                make.setAccessible(true);
                return make.newInstance(new java.util.HashMap<>(predicates), new java.util.HashMap<>(types), count);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make TDB2 statistics results", e);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Figures f && f.count == count && f.predicates.equals(predicates) && f.types.equals(types);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(predicates, types, count);
        }

        @Override
        public String toString() {
            return "count " + count + ", predicates " + predicates + ", types " + types;
        }
    }

    /** Where the statistics of the TDB2 database opened as {@code dsg} live. */
    public static Path location(DatasetGraph dsg) {
        return Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getDirectoryPath()).resolve(Names.optStats);
    }
}
