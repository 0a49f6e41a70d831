package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.extract.Pipelines;

/**
 * The sorted loader ({@code build --loader sorted}) against TDB2's phased loader on real letters and real TDB2
 * databases: the same dataset, quad for quad, every index holding every quad, and a database that takes
 * {@code build --update} and SPARQL updates afterwards (transactions on the packed B+trees).
 */
class SortedLoaderTest {
    private static final Path GENRE = Path.of("src", "test", "resources", "genre", "letters");

    @TempDir
    static Path shared;

    private static Path phased;

    @TempDir
    Path tmp;

    private static BuildRunner runner(BulkLoader loader) {
        return new BuildRunner(Pipelines.project(), ModelFactory.createDefaultModel(), "test").loader(loader);
    }

    @BeforeAll
    static void buildWithThePhasedLoader() throws IOException {
        phased = shared.resolve("phased");
        runner(BulkLoader.PHASED).build(GENRE, phased, false);
    }

    /** Every quad as N-Quads lines, sorted (the graph has no blank nodes, so equal lists = isomorphic datasets). */
    private static List<String> quads(Path db) {
        Dataset ds = Tdb.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                List<String> out = new ArrayList<>();
                ds.asDatasetGraph().find().forEachRemaining(q -> {
                    assertThat(q.getSubject().isBlank() || q.getObject().isBlank()).isFalse();
                    out.add(q.toString());
                });
                out.sort(null);
                return out;
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** The tuples of every quad and triple index of {@code db}, each as the set of its tuples in primary order. */
    private static List<Set<Tuple<NodeId>>> indexes(Path db) {
        Dataset ds = Tdb.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph());
                List<Set<Tuple<NodeId>>> out = new ArrayList<>();
                for (TupleIndex[] kind : List.of(storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(),
                        storage.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes())) {
                    for (TupleIndex index : kind) {
                        Set<Tuple<NodeId>> tuples = new HashSet<>();
                        long n = 0;
                        for (var it = index.all(); it.hasNext(); n++) {
                            tuples.add(it.next());
                        }
                        assertThat(n).as("entries of index %s", index.getName()).isEqualTo(tuples.size());
                        out.add(tuples);
                    }
                }
                return out;
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    private static void assertEveryIndexHoldsEveryQuad(Path db) {
        List<Set<Tuple<NodeId>>> all = indexes(db);
        assertThat(all).hasSize(9);
        for (int i = 1; i < 6; i++) {
            assertThat(all.get(i)).as("quad index %d", i).isEqualTo(all.get(0));
        }
        for (int i = 7; i < 9; i++) {
            assertThat(all.get(i)).as("triple index %d", i).isEqualTo(all.get(6));
        }
    }

    @Test
    void sortedLoaderBuildsTheDatasetThePhasedLoaderBuilds() throws IOException {
        Path sorted = tmp.resolve("sorted");
        BuildReport report = runner(BulkLoader.SORTED).build(GENRE, sorted, false);

        assertThat(report.letters()).isEqualTo(runner(BulkLoader.PHASED).letterSources(GENRE, false).size() - report.errors().size());
        List<String> expected = quads(phased);
        assertThat(expected).hasSizeGreaterThan(1000);
        assertThat(quads(sorted)).isEqualTo(expected);
        assertEveryIndexHoldsEveryQuad(sorted);
        // stats.opt counted while streaming is the same file
        assertThat(statistics(sorted)).isEqualTo(statistics(phased));
    }

    /** The lines of a database's stats.opt but when it was written. */
    private static List<String> statistics(Path db) throws IOException {
        return Files.readAllLines(statsOf(db)).stream().filter(l -> !l.contains("timestamp") && !l.contains("run@")).toList();
    }

    private static Path statsOf(Path db) throws IOException {
        try (Stream<Path> s = Files.walk(db.toRealPath())) {
            return s.filter(p -> p.getFileName().toString().equals("stats.opt")).findFirst().orElseThrow();
        }
    }

    @Test
    void aSortedDatabaseTakesAnUpdateAndSparqlUpdates() throws IOException {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        for (String f : List.of("events-en-1.txt", "events-en-2.txt", "events-en-3.txt", "events-ar-1.txt")) {
            Files.copy(GENRE.resolve(f), letters.resolve(f));
        }
        Path db = tmp.resolve("db");
        runner(BulkLoader.SORTED).build(letters, db, false);

        Files.copy(GENRE.resolve("events-en-4.txt"), letters.resolve("events-en-2.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(GENRE.resolve("events-en-5.txt"), letters.resolve("events-en-5.txt"));
        Files.delete(letters.resolve("events-en-3.txt"));
        UpdateReport report = runner(BulkLoader.SORTED).update(letters, db, false);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.replaced()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(1);

        Path rebuilt = tmp.resolve("rebuilt");
        runner(BulkLoader.PHASED).build(letters, rebuilt, false);
        assertThat(quads(db)).isEqualTo(quads(rebuilt));
        assertEveryIndexHoldsEveryQuad(db);

        // a SPARQL update: one quad in, one letter graph's quads out, committed and seen after reopening
        Dataset ds = Tdb.open(db);
        String letterGraph;
        try {
            letterGraph = Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(
                        "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), 'events-en-1')) } LIMIT 1").build()) {
                    return qe.execSelect().next().getResource("g").getURI();
                }
            });
            Txn.executeWrite(ds, () -> UpdateAction.parseExecute(
                    "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 'added after a sorted build' } } ;"
                            + " DROP GRAPH <" + letterGraph + ">", ds));
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
        List<String> after = quads(db);
        assertThat(after).anyMatch(q -> q.contains("added after a sorted build"));
        assertThat(after).noneMatch(q -> q.contains(letterGraph));
        assertThat(after).hasSize(quads(rebuilt).size() + 1
                - (int) quads(rebuilt).stream().filter(q -> q.contains(letterGraph)).count());
        assertEveryIndexHoldsEveryQuad(db);
    }

    @Test
    void aSortedBuildStoresEachNodeOnceAndFindsItByValue() throws IOException {
        Path sorted = tmp.resolve("nodes");
        runner(BulkLoader.SORTED).build(GENRE, sorted, false);
        Dataset ds = Tdb.open(sorted);
        try {
            Txn.executeRead(ds, () -> {
                org.apache.jena.tdb2.store.nodetable.NodeTable table = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph())
                        .getQuadTable().getNodeTupleTable().getNodeTable();
                List<org.apache.jena.atlas.lib.Pair<NodeId, org.apache.jena.graph.Node>> stored = new ArrayList<>();
                table.all().forEachRemaining(stored::add);
                assertThat(stored).hasSizeGreaterThan(1000);
                assertThat(stored.stream().map(org.apache.jena.atlas.lib.Pair::getRight).toList())
                        .as("nodes stored more than once").doesNotHaveDuplicates();
                // the node table's B+tree (packed from the loader's own table) maps each node's hash to its id
                for (var p : stored) {
                    assertThat(table.getNodeIdForNode(p.getRight())).as("id of %s", p.getRight()).isEqualTo(p.getLeft());
                    assertThat(table.getNodeForNodeId(p.getLeft())).isEqualTo(p.getRight());
                }
                assertThat(table.getNodeIdForNode(org.apache.jena.graph.NodeFactory.createURI("urn:x:never-loaded")))
                        .isEqualTo(NodeId.NodeDoesNotExist);
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void spilledRunsLoadTheSameQuadsAsRunsInMemory() {
        Dataset source = Tdb.open(phased);
        Path target = tmp.resolve("spilled");
        Dataset ds = Tdb.create(target);
        DatasetGraph dsg = ds.asDatasetGraph();
        try {
            // 1,000 tuples in memory: the genre's quads are spilled to dozens of runs per index and merged
            DataLoader loader = new SortedLoader(dsg, (fmt, args) -> {}, 1000);
            loader.startBulk();
            StreamRDF out = loader.stream();
            Txn.executeRead(source, () -> source.asDatasetGraph().find().forEachRemaining(out::quad));
            // and one triple in the default graph: the triple indexes are packed too
            out.triple(org.apache.jena.graph.Triple.create(org.apache.jena.graph.NodeFactory.createURI("urn:x:s"),
                    org.apache.jena.graph.NodeFactory.createURI("urn:x:p"), org.apache.jena.graph.NodeFactory.createURI("urn:x:o")));
            loader.finishBulk();
            assertThat(loader.countQuads()).isGreaterThan(2000);
            assertThat(loader.countTriples()).isEqualTo(1);
        } finally {
            TDBInternal.expel(source.asDatasetGraph());
            TDBInternal.expel(dsg);
        }
        try (Stream<Path> left = Files.walk(target)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("tuple-runs-"))).as("run files left").isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> expected = quads(phased);
        List<String> loaded = quads(target);
        assertThat(loaded).hasSize(expected.size() + 1);
        Set<String> loadedSet = new java.util.HashSet<>(loaded);
        assertThat(expected.stream().filter(q -> !loadedSet.contains(q)).toList()).as("quads not loaded").isEmpty();
        List<Set<Tuple<NodeId>>> all = indexes(target);
        assertThat(all.get(6)).hasSize(1);
        assertEveryIndexHoldsEveryQuad(target);
    }
}
