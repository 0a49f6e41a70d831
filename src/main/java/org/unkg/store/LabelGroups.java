package org.unkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lower-case preferred labels of the shared graphs (thesaurus, catalog, ontology) that name several resources,
 * each with the group of resources it names ({@link SubjectYears}), kept in a file beside a TDB2 database
 * ({@value #FILE}) so {@code build --update} need not read and lower-case the shared graphs' ~44,000 labels to find
 * them. The file states a fingerprint of the shared graphs' preferred labels, taken from the database's node ids
 * (one pass over an index range, nothing decoded); it is used only while the database's labels have that
 * fingerprint, and is rewritten whenever they are read in full. A missing, stale or unreadable file only means the
 * labels are read from the store, as before.
 */
final class LabelGroups {
    /** The file, in the database directory. */
    static final String FILE = "unkg-label-groups.tsv";
    private static final String HEADER = "# unkg label groups ";
    private static final Logger LOG = LoggerFactory.getLogger(LabelGroups.class);

    private LabelGroups() {}

    /**
     * The directory of the TDB2 database {@code dsg} (where its build information is kept), or null for another
     * kind of dataset.
     */
    static Path directory(DatasetGraph dsg) {
        try {
            return OptimizerStatistics.location(CountedWrites.unwrapped(dsg)).getParent().getParent();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The fingerprint of the preferred labels (predicate {@code label}) in {@code graphs} of the TDB2 database
     * {@code dsg}: their count and a hash of their subjects' and labels' node ids in index order, read in the caller's
     * transaction. Null for another kind of dataset.
     */
    static String fingerprint(DatasetGraph dsg, List<Node> graphs, Node label) {
        DatasetGraphTDB tdb;
        try {
            tdb = TDBInternal.getDatasetGraphTDB(CountedWrites.unwrapped(dsg));
        } catch (RuntimeException e) {
            return null;
        }
        if (tdb == null) {
            return null;
        }
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeId p = quads.getNodeTable().getNodeIdForNode(label);
        long count = 0;
        long hash = 17;
        for (Node graph : graphs) {
            NodeId g = quads.getNodeTable().getNodeIdForNode(graph);
            hash = hash * 1_000_003 + (NodeId.isDoesNotExist(g) ? 0 : g.hashCode());
            if (NodeId.isDoesNotExist(g) || NodeId.isDoesNotExist(p)) {
                continue;
            }
            Iterator<Tuple<NodeId>> it = quads.find(TupleFactory.tuple(g, NodeId.NodeIdAny, p, NodeId.NodeIdAny));
            while (it.hasNext()) {
                Tuple<NodeId> q = it.next();
                count++;
                hash = (hash * 1_000_003 + q.get(1).hashCode()) * 1_000_003 + q.get(3).hashCode();
            }
        }
        return count + "-" + Long.toHexString(hash);
    }

    /** The groups recorded in {@code dir} for labels with {@code fingerprint}, or null when there are none such. */
    static Map<String, Node> read(Path dir, String fingerprint) {
        if (dir == null || fingerprint == null) {
            return null;
        }
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER + fingerprint)) {
                return null;
            }
            Map<String, Node> out = new HashMap<>();
            Map<String, Node> nodes = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.lastIndexOf('\t');
                if (tab < 0) {
                    return null;
                }
                out.put(unescape(line.substring(0, tab)),
                        nodes.computeIfAbsent(line.substring(tab + 1), NodeFactory::createURI));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            LOG.debug("label groups not read from {}: {}", file, e.toString());
            return null;
        }
    }

    /** Records {@code groups} (label to group) for labels with {@code fingerprint} in {@code dir}; best effort. */
    static void write(Path dir, String fingerprint, Map<String, Node> groups) {
        if (dir == null || fingerprint == null) {
            return;
        }
        Path tmp = dir.resolve(FILE + ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(HEADER + fingerprint + "\n");
                for (Map.Entry<String, Node> e : groups.entrySet()) {
                    w.write(escape(e.getKey()) + "\t" + e.getValue().getURI() + "\n");
                }
            }
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.debug("label groups not written to {}: {}", dir, e.toString());
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do: the file is only a shortcut
            }
        }
    }

    /** A label on one line: backslash, tab, line feed and carriage return escaped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The label {@link #escape} wrote. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
