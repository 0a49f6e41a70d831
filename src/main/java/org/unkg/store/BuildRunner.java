package org.unkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.catalog.Catalog;
import org.unkg.extract.Extractors;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.ExtractionPipeline;
import org.unkg.graph.Ids;
import org.unkg.graph.InvalidIriException;
import org.unkg.graph.KeyIndex;
import org.unkg.graph.LetterGraphWriter;
import org.unkg.graph.Vocab;
import org.unkg.ingest.LetterFiles;
import org.unkg.ingest.LetterFormats;
import org.unkg.ingest.LetterIngest;
import org.unkg.ingest.LetterSource;
import org.unkg.ingest.LettersFolder;
import org.unkg.model.LetterFacts;
import org.unkg.search.SearchIndex;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterReader;
import org.unkg.text.LetterText;

/**
 * Builds the graph: reads every letter in a directory (text, PDF, Word: see {@link LetterFormats}),
 * extracts its facts, writes one named graph per
 * letter plus the catalog and ontology graphs into a new TDB2 database, and swaps it in only when done.
 * A letter that cannot be read is reported with its file name and reason; the others still land.
 */
public final class BuildRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BuildRunner.class);
    private static final long PROGRESS_EVERY_MS = 2000;
    /**
     * Graphs that may wait for the text index's thread: enough for the index to fall behind while extraction keeps
     * both cores busy and catch up while the load finishes, without stopping the loading thread.
     */
    private static final int TEXT_INDEX_QUEUE = 512;

    private final Catalog catalog;
    private final Model ontology;
    private final ExtractionPipeline pipeline;
    private final LetterGraphWriter writer;
    private final LetterReader reader;
    private final LetterIngest ingest;
    private final String softwareVersion;
    private final int threads;
    private volatile LetterLimits limits = LetterLimits.DEFAULT;
    private volatile BulkLoader loader = BulkLoader.SORTED;

    /** A runner with the production pipeline over {@code context}. */
    public BuildRunner(ExtractionContext context, Model ontology, String softwareVersion) {
        this(Extractors.pipeline(context), ontology, softwareVersion);
    }

    /** A runner with its own pipeline (its context gives the catalog and the reader), on all processors. */
    public BuildRunner(ExtractionPipeline pipeline, Model ontology, String softwareVersion) {
        this(pipeline, ontology, softwareVersion, Runtime.getRuntime().availableProcessors());
    }

    /** A runner with its own pipeline that reads and extracts letters on {@code threads} threads. */
    public BuildRunner(ExtractionPipeline pipeline, Model ontology, String softwareVersion, int threads) {
        this.catalog = pipeline.context().catalog();
        this.reader = pipeline.context().reader();
        this.ingest = new LetterIngest(LetterFormats.defaults(), reader);
        this.ontology = ontology;
        this.pipeline = pipeline;
        this.writer = new LetterGraphWriter(new KeyIndex(catalog.model()), softwareVersion);
        this.softwareVersion = softwareVersion;
        this.threads = Math.max(1, threads);
    }

    /** Sets what one letter may cost (size, time); returns this runner. */
    public BuildRunner limits(LetterLimits l) {
        this.limits = l;
        return this;
    }

    /** Sets which of TDB2's bulk loaders writes the database; returns this runner. */
    public BuildRunner loader(BulkLoader l) {
        this.loader = l;
        return this;
    }

    /** The number of threads letters are read and extracted on. */
    public int threads() {
        return threads;
    }

    /** Reads the ontology files (*.ttl) of a directory. */
    public static Model loadOntology(Path dir) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                RDFDataMgr.read(m, p.toUri().toString());
            }
        }
        return m;
    }


    /**
     * Whether {@code db} already holds a complete build of exactly these letter files (same names and
     * contents) by this software version, so building again would change nothing.
     */
    public boolean upToDate(Path lettersDir, Path db, boolean recursive) throws IOException {
        DatabaseSwap.recover(db.toAbsolutePath().normalize());
        if (!Files.isDirectory(db)) {
            return false;
        }
        Properties info = DatabaseSwap.buildInfo(db);
        if (!softwareVersion.equals(info.getProperty("software"))) {
            return false;
        }
        FileStamps stamps = FileStamps.read(db);
        FileStamps next = FileStamps.empty();
        try {
            return LetterFingerprint.of(scan(lettersDir, recursive).paths(), p -> {
                try {
                    return stamps.digest(p, next);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).equals(info.getProperty("lettersFingerprint"));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The letter files of a directory (not its sub-folders), sorted by name ({@link LetterFiles}). */
    public static List<Path> letterFiles(Path dir) throws IOException {
        return LetterFiles.scan(dir, false, LetterFormats.defaults()).paths();
    }

    /** The letter files of a directory, and of its sub-folders when {@code recursive}, sorted by relative name. */
    public List<LetterSource> letterSources(Path dir, boolean recursive) throws IOException {
        return scan(dir, recursive).files();
    }

    /** The letter files of a directory (and sub-folders when {@code recursive}) and the entries passed over. */
    public LetterFiles.Scan scan(Path dir, boolean recursive) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("letters directory not found: " + dir);
        }
        return LetterFiles.scan(dir, recursive, ingest.formats());
    }

    /** The reader of letter files this runner uses (its timings are the benchmark's). */
    public LetterIngest ingest() {
        return ingest;
    }

    /** Extracts one letter into its graph (no store involved). */
    public Model letterGraph(LetterText text) {
        return writer.write(text, pipeline.run(text));
    }

    /**
     * Extracts one letter into the triples a build streams into its named graph (no store involved): the triples of
     * {@link #letterGraph}, in the order they were written ({@link org.unkg.graph.LetterTriples}).
     */
    public Graph letterTriples(LetterText text) {
        return writer.triples(text, pipeline.run(text));
    }

    /**
     * The warnings a letter's facts leave to the user's attention, one line each naming the letter: each {@code %%%}
     * term that names no UNBIS Thesaurus concept (it stays a string, never guessed). None without a thesaurus.
     */
    public List<String> warnings(LetterText text, LetterFacts facts) {
        if (pipeline.context().concepts().isEmpty() || facts.subjects().size() == facts.subjectConcepts().size()) {
            return List.of();
        }
        Set<String> linked = new HashSet<>();
        facts.subjectConcepts().forEach(s -> linked.add(s.term()));
        List<String> out = new ArrayList<>();
        for (org.unkg.model.Subject s : facts.subjects()) {
            if (!linked.contains(s.term())) {
                out.add(text.source() + ": subject term '" + s.term() + "' is not in the UNBIS Thesaurus (kept as written)");
            }
        }
        return out;
    }

    /** Reads a letter file of any known format; the exception names the file and the problem. */
    public LetterText read(Path file) throws LetterReadException {
        String name = file.getFileName().toString();
        return ingest.read(new LetterSource(file, name, ingest.formats().formatOf(name)));
    }

    /** Reads a letter file found in a letters folder; the exception names it and the problem. */
    public LetterText read(LetterSource source) throws LetterReadException {
        return ingest.read(source);
    }

    /** A letter read and extracted into its graph, or why it could not be. */
    private record Outcome(String name, LetterText text, Graph graph, String error, List<String> warnings) {
        Outcome(String name, LetterText text, Graph graph, String error) {
            this(name, text, graph, error, List.of());
        }
    }

    /**
     * Reads and extracts one letter file (after checking its size); a letter that cannot be read or processed
     * gives its error, one line naming the file.
     */
    private Outcome process(LetterSource file) {
        try {
            String tooLarge = limits.sizeProblem(file.file());
            if (tooLarge != null) {
                return new Outcome(file.name(), null, null, file.name() + ": " + tooLarge);
            }
            LetterText text = ingest.read(file);
            LetterFacts facts = pipeline.run(text);
            return new Outcome(file.name(), text, writer.triples(text, facts), null, warnings(text, facts));
        } catch (LetterReadException | InvalidIriException e) {
            return new Outcome(file.name(), null, null, e.getMessage());
        } catch (IOException e) {
            return new Outcome(file.name(), null, null, file.name() + ": cannot be read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Outcome(file.name(), null, null, file.name() + ": ran out of memory while being read and extracted, skipped");
        } catch (RuntimeException e) {
            LOG.debug("failure", e);
            return new Outcome(file.name(), null, null, file.name() + ": could not be processed: " + e);
        }
    }

    /** The outcome of a letter that overran its time budget. */
    private Outcome overran(LetterSource file) {
        return new Outcome(file.name(), null, null, file.name() + ": took longer than " + limits.budgetMillis() / 1000
                + " s to read and extract, skipped (pass --letter-timeout to allow more)");
    }

    /** Builds {@code db} from the letters in {@code lettersDir}, replacing the previous database only on success. */
    public BuildReport build(Path lettersDir, Path db) throws IOException {
        return build(lettersDir, db, false);
    }

    /**
     * Builds {@code db} from the letters in {@code lettersDir} (and its sub-folders when {@code recursive}),
     * replacing the previous database only on success.
     *
     * <p>The letters are read and extracted on several threads ({@link InOrder}) and their graphs streamed, in file
     * order, straight into TDB2's bulk loader ({@link #loader}) writing a new database beside the old one; the text
     * index is written from the same graphs as they pass, on its own thread ({@link TextIndexFeeder}), and TDB2's
     * optimizer statistics from the quads counted as they pass.
     * Nothing of the corpus is held in memory but the letters in flight. The new database is switched in whole
     * ({@link DatabaseSwap}); a letter that cannot be read is reported and the others land.
     */
    public BuildReport build(Path lettersDir, Path db, boolean recursive) throws IOException {
        long t0 = System.currentTimeMillis();
        BuildPhases phases = new BuildPhases();
        // the thesaurus's RDF (parsed only when a build stores it) is read while the folder is listed and the
        // database created; its graph is loaded after the catalog's
        startReadingThesaurus();
        LetterFiles.Scan scan = scan(lettersDir, recursive);
        List<LetterSource> files = scan.files();
        scan.skipped().forEach(s -> LOG.warn("{}", s));
        Map<String, String> stems = new HashMap<>();
        FileStamps stamps = FileStamps.empty();
        Map<Path, String> digests = new HashMap<>();
        Map<String, String> storedLetters = new HashMap<>();
        DatabaseSwap swap = new DatabaseSwap(db);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int letters = 0;
        long quads;
        Dataset ds = Tdb.create(swap.staging());
        DatasetGraph dsg = ds.asDatasetGraph();
        boolean done = false;
        phases.end("scan and open");
        try (SearchIndex.Writer index = SearchIndex.Writer.create(swap.staging());
                TextIndexFeeder text = new TextIndexFeeder(index, TEXT_INDEX_QUEUE)) {
            DataLoader bulk = loader.create(dsg, (fmt, args) -> LOG.debug("loader: {}", String.format(fmt, args)));
            bulk.startBulk();
            GraphRouter router;
            // the summaries that add up per letter are taken from the letter graphs as they pass, not read back
            Summaries.Feed feed = new Summaries.Feed();
            try {
                StreamRDF out = bulk.stream();
                out.start();
                router = new GraphRouter(out);
                // the graphs other than the letters', by name: the summaries read the labels of concepts from them
                Map<String, java.util.function.Supplier<Graph>> shared =
                        new LinkedHashMap<>();
                shared.put(Vocab.CATALOG_GRAPH, () -> catalog.model().getGraph());
                shared.put(Vocab.ONTOLOGY_GRAPH, ontology::getGraph);
                shared.put(Vocab.BUILD_GRAPH, () -> writer.buildGraph().getGraph());
                if (pipeline.context().thesaurus().size() > 0) {
                    shared.put(Vocab.THESAURUS_GRAPH, () -> org.unkg.graph.StoredTriples.thesaurus(
                            pipeline.context().thesaurus().model().getGraph()));
                }
                Map<String, Graph> sharedGraphs = new LinkedHashMap<>();
                shared.forEach((name, graphOf) -> {
                    Graph graph = graphOf.get();
                    sharedGraphs.put(name, graph);
                    router.graph(name, graph);
                    text.add(graph);
                    feed.shared(graph);
                });
                phases.end("shared graphs");
                long waitNanos = 0;
                long loadNanos = 0;
                long indexNanos = 0;
                long feedNanos = 0;
                long lastProgress = System.currentTimeMillis();
                // letters are read and extracted on several threads, each within its time budget; their graphs are
                // loaded in file order, so the database does not depend on the thread count
                try (InOrder<LetterSource, Outcome> work = new InOrder<>(files, this::process, threads, limits.budgetMillis(),
                        this::overran)) {
                    for (int i = 0; work.hasNext(); i++) {
                        long w0 = System.nanoTime();
                        Outcome o = work.next();
                        waitNanos += System.nanoTime() - w0;
                        String taken = o.graph() == null ? null : stems.putIfAbsent(o.text().stem(), o.name());
                        String error = o.graph() == null ? o.error()
                                : taken == null ? null
                                : o.name() + ": same name as " + taken
                                        + " but for the extension (a letter's id is its name without extension): rename one";
                        if (error == null) {
                            long l0 = System.nanoTime();
                            router.letter(Ids.letterGraph(o.text().stem()), o.graph());
                            long l1 = System.nanoTime();
                            loadNanos += l1 - l0;
                            feed.letter(o.graph());
                            long f1 = System.nanoTime();
                            feedNanos += f1 - l1;
                            text.add(o.graph());
                            indexNanos += System.nanoTime() - f1;
                            letters++;
                            Path file = files.get(i).file();
                            o.text().origin().ifPresent(origin -> {
                                digests.put(file, origin.sha256());
                                storedLetters.put(Ids.letterGraph(o.text().stem()), origin.sha256());
                            });
                            if (digests.containsKey(file)) {
                                stamps.put(file, digests.get(file));
                            }
                            warnings.addAll(o.warnings());
                        } else {
                            errors.add(error);
                            LOG.warn("skipped {}", error);
                        }
                        long now = System.currentTimeMillis();
                        if (now - lastProgress > PROGRESS_EVERY_MS) {
                            LOG.info("{} / {} letters, {} quads", i + 1, files.size(), router.quads());
                            lastProgress = now;
                        }
                    }
                }
                // the text index is committed on its own thread while the load finishes and the summaries are written
                text.finish();
                phases.end("letters");
                phases.add("  of which waiting for extraction", waitNanos / 1_000_000);
                phases.add("  feeding the loader", loadNanos / 1_000_000);
                phases.add("  handing entries to the text index", indexNanos / 1_000_000);
                phases.add("  noting the summaries", feedNanos / 1_000_000);
                // the summaries that add up per letter go into the load with the letters (while the loader's node thread
                // catches up), not inserted one by one into the packed indexes; they are counted for stats.opt with the
                // rest of the summary graph once it is complete
                Node summaryGraph = NodeFactory.createURI(Summaries.GRAPH);
                Summaries.beforeLoad(feed, sharedGraphs).find().forEachRemaining(t ->
                        out.quad(Quad.create(summaryGraph, t)));
                phases.end("summaries from the letters streamed");
                out.finish();
                bulk.finishBulk();
                phases.end("finishing the load");
            } catch (RuntimeException e) {
                bulk.finishException(e);
                throw e;
            }
            Summaries.recordLabelGroups(feed, ds);
            phases.end("recording the label groups");
            // stats.opt counts every quad: those loaded (counted as they passed) and the summaries just written
            var counted = Txn.calculateRead(ds, () -> router.statistics(
                    dsg.find(NodeFactory.createURI(Summaries.GRAPH), Node.ANY, Node.ANY, Node.ANY)));
            quads = OptimizerStatistics.write(dsg, counted);
            phases.end("stats.opt");
            text.await();
            phases.end("waiting for the text index");
            LettersFolder.record(swap.staging(), lettersDir);
            stamps.write(swap.staging());
            StoredLetters.write(swap.staging(), storedLetters);
            done = true;
        } finally {
            TDBInternal.expel(dsg);
            if (!done) {
                swap.abandon();
            }
        }
        phases.end("closing");
        DatabaseConnection.internalExpel(Location.create(db.toAbsolutePath().toString()), false);
        Properties info = new Properties();
        info.setProperty("letters", Integer.toString(letters));
        info.setProperty("lettersFingerprint", LetterFingerprint.of(scan.paths(), p -> digests.computeIfAbsent(p, f -> {
            try {
                return LetterIngest.sha256(f);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })));
        info.setProperty("software", softwareVersion);
        phases.end("fingerprint");
        swap.commit(info);
        phases.end("switch");
        LOG.info("build phases: {}", phases);
        return new BuildReport(letters, quads, errors, System.currentTimeMillis() - t0, scan.skipped(), warnings);
    }

    /**
     * Starts reading the thesaurus's RDF on a thread of its own (when there is a thesaurus): the build asks for it
     * after the catalog's graph ({@link org.unkg.catalog.Thesaurus#model} reads it once, whoever asks first; a failure
     * here is met again, and reported, when the build asks).
     */
    private void startReadingThesaurus() {
        if (pipeline.context().thesaurus().size() == 0) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                pipeline.context().thesaurus().model();
            } catch (RuntimeException e) {
                LOG.debug("reading the thesaurus ahead failed (the build reads it again)", e);
            }
        }, "unkg-thesaurus-rdf");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Brings the database at {@code db} (not served: see {@link #update(Path, boolean, Dataset, TextIndexLucene)} for a
     * served one) up to date with the letters in {@code lettersDir}: adds new letters, replaces those whose file
     * content changed, removes those whose file is gone, in one write transaction, then updates the text index and
     * the build information. The result is the database a full build of the folder would give.
     */
    public UpdateReport update(Path lettersDir, Path db, boolean recursive) throws IOException {
        return update(db, prepareUpdate(lettersDir, db, recursive));
    }

    /**
     * What an update of the (not served) database at {@code db} reads before it needs the extraction pipeline: it opens
     * the database and its text index, lists the letters folder, reads the record of the stored letters and the file
     * checksums (see {@link Prepared}); it changes nothing. It needs no runner, so {@code build --update} does it while the catalog, rules
     * and thesaurus load; {@link #update(Path, Prepared)} goes on from there and closes the database.
     */
    public static Prepared prepareUpdate(Path lettersDir, Path db, boolean recursive) throws IOException {
        return prepareUpdate(listLetters(lettersDir, db, recursive), db);
    }

    /**
     * The first steps of an update, which need neither the database nor Jena (so {@code build --update} takes them
     * while Jena starts): the letters folder listed and every file's checksum read, hashed only when its stamp (beside
     * the database {@code db}) does not match. Touches no Jena class: Jena is initialised on one thread at a time.
     */
    public static Listing listLetters(Path lettersDir, Path db, boolean recursive) throws IOException {
        Listing l = new Listing();
        if (!Files.isDirectory(lettersDir)) {
            throw new StoreException("letters directory not found: " + lettersDir);
        }
        l.scan = LetterFiles.scan(lettersDir, recursive, LetterFormats.defaults());
        l.phases.end("scanning the folder");
        // every file's checksum, to find the changed letters and for the folder's fingerprint: hashed (once, on all
        // processors) only when its size or modification time differs from the stamp the last build or update left
        // (read through the database's link; a database recovered on opening only means more files are hashed)
        FileStamps oldStamps = FileStamps.read(db.toAbsolutePath());
        Map<Path, String> digests = l.digests;
        try {
            l.scan.paths().parallelStream().forEach(f -> {
                try {
                    digests.put(f, oldStamps.digest(f, l.stamps));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        l.phases.end("file stamps and checksums");
        return l;
    }

    /** The letters folder as an update found it: its files, their checksums and stamps ({@link #listLetters}). */
    public static final class Listing {
        private final long t0 = System.currentTimeMillis();
        private final BuildPhases phases = new BuildPhases();
        private LetterFiles.Scan scan;
        private final FileStamps stamps = FileStamps.empty();
        private final Map<Path, String> digests = new ConcurrentHashMap<>();

        private Listing() {
        }
    }

    /**
     * The update of the (not served) database at {@code db} to the letters {@code listing} found: opens the database
     * and its text index and reads the record of the stored letters (see {@link Prepared}); changes nothing.
     */
    public static Prepared prepareUpdate(Listing listing, Path db) throws IOException {
        long t0 = System.nanoTime();
        Dataset ds = Tdb.open(db);
        TextIndexLucene index = null;
        try {
            index = SearchIndex.open(db);
            LOG.info("database and text index opened in {} ms", (System.nanoTime() - t0) / 1_000_000);
            listing.phases.end("opening the database");
            return prepare(listing, ds, index);
        } catch (IOException | RuntimeException | Error e) {
            close(ds, index);
            throw e;
        }
    }

    /** Goes on with an update {@link #prepareUpdate} prepared on {@code db}, then closes the database and its index. */
    public UpdateReport update(Path db, Prepared prepared) throws IOException {
        return update(db, prepared, false);
    }

    /**
     * Goes on with an update {@link #prepareUpdate} prepared on {@code db}, then closes its text index and, unless
     * {@code jvmEnds}, the database. A command whose JVM ends right after leaves the database to the exit: its changes
     * are committed (durable) by then, and closing it (TDB2's {@code StoreConnection.internalExpel}) ends with a full
     * collection of the heap ({@code Runtime.gc()}), 0.2 s of an idle update at 20,000 letters and seconds under load.
     */
    public UpdateReport update(Path db, Prepared prepared, boolean jvmEnds) throws IOException {
        return update(db, prepared, softwareVersion, this, jvmEnds);
    }

    /**
     * Goes on with a prepared update in which no letter file is new or changed ({@link Prepared#changedLetters} is 0:
     * letters may only be gone), then closes the database (unless {@code jvmEnds}, as {@link #update(Path, Prepared,
     * boolean)}) and its index: nothing to extract, so no extraction context (catalog, rules, thesaurus) is needed;
     * {@code softwareVersion} is this software's.
     *
     * @throws IllegalStateException when a letter is new or changed
     */
    public static UpdateReport updateWithoutExtraction(Path db, Prepared prepared, String softwareVersion, boolean jvmEnds)
            throws IOException {
        if (prepared.changedLetters() > 0) {
            abandon(prepared);
            throw new IllegalStateException(prepared.changedLetters() + " letters to extract: the update needs a runner");
        }
        return update(db, prepared, softwareVersion, null, jvmEnds);
    }

    private static UpdateReport update(Path db, Prepared prepared, String softwareVersion, BuildRunner extractor,
            boolean jvmEnds) throws IOException {
        try {
            UpdateReport report = update(prepared, softwareVersion, extractor);
            record(db, report);
            return report;
        } finally {
            if (jvmEnds) {
                if (prepared.index != null) {
                    prepared.index.close();
                }
            } else {
                close(prepared.ds, prepared.index);
            }
        }
    }

    /** Closes a database {@link #prepareUpdate} opened, with its text index, when an update will not go on. */
    public static void abandon(Prepared prepared) {
        close(prepared.ds, prepared.index);
    }

    private static void close(Dataset ds, TextIndexLucene index) {
        long c0 = System.nanoTime();
        if (index != null) {
            index.close();
        }
        TDBInternal.expel(ds.asDatasetGraph());
        LOG.info("database and text index closed in {} ms", (System.nanoTime() - c0) / 1_000_000);
    }

    /** Rewrites the build information of {@code db} after {@code update} (the letters it now holds). */
    public void recordUpdate(Path db, UpdateReport update) throws IOException {
        record(db, update);
    }

    private static void record(Path db, UpdateReport update) throws IOException {
        Properties info = DatabaseSwap.buildInfo(db);
        info.setProperty("lettersFingerprint", update.lettersFingerprint());
        DatabaseSwap.rewriteMarker(db, info);
    }

    /**
     * Updates an open database (and its open text index) to the letters in {@code lettersDir}, in one write
     * transaction: readers see the database before or after, never between. Letter graphs are compared by the
     * checksum of their file ({@code unkg:sha256}); a database built by another software version is refused (its
     * letters would not be the ones this version writes: rebuild it). Facts shared across letters (events, documents,
     * bodies) are merged by IRI in the union graph, so replacing a letter's graph re-derives them; a letter's evidence
     * is all in its own graph, so it goes with it.
     */
    public UpdateReport update(Path lettersDir, boolean recursive, Dataset ds, TextIndexLucene index) throws IOException {
        return update(prepare(lettersDir, recursive, ds, index), softwareVersion, this);
    }

    /**
     * The first steps of an update, which need no extraction pipeline: the letters folder listed, the stored letters and every file's checksum read (only the files whose stamps changed are hashed); the
     * software version that built the database is checked when the update goes on.
     */
    public static final class Prepared {
        private final Listing listing;
        private final long t0;
        private final BuildPhases phases;
        private final Dataset ds;
        private final TextIndexLucene index;
        private final LetterFiles.Scan scan;
        private Path dbDir;
        private boolean unrecorded;
        private Map<String, String> recorded;
        private final FileStamps stamps;
        private final Map<Path, String> digests;

        private Prepared(Listing listing, Dataset ds, TextIndexLucene index) {
            this.listing = listing;
            this.t0 = listing.t0;
            this.phases = listing.phases;
            this.scan = listing.scan;
            this.stamps = listing.stamps;
            this.digests = listing.digests;
            this.ds = ds;
            this.index = index;
        }

        /**
         * How many letter files are new or changed (their checksum is not the stored one): what the update will read
         * and extract, known before the extraction pipeline is ready.
         */
        public int changedLetters() {
            int n = 0;
            for (LetterSource f : scan.files()) {
                String sha = recorded.get(Ids.letterGraph(stemOf(f.name())));
                if (sha == null || !sha.equals(digests.get(f.file()))) {
                    n++;
                }
            }
            return n;
        }
    }

    private static Prepared prepare(Path lettersDir, boolean recursive, Dataset ds, TextIndexLucene index) throws IOException {
        Path dbDir = OptimizerStatistics.location(ds.asDatasetGraph()).getParent().getParent();
        return prepare(listLetters(lettersDir, dbDir, recursive), ds, index);
    }

    private static Prepared prepare(Listing listing, Dataset ds, TextIndexLucene index) throws IOException {
        Prepared p = new Prepared(listing, ds, index);
        BuildPhases phases = p.phases;
        listing.scan.skipped().forEach(s -> LOG.warn("{}", s));
        DatasetGraph dsg = ds.asDatasetGraph();
        Path dbDir = OptimizerStatistics.location(dsg).getParent().getParent();
        p.dbDir = dbDir;
        // the letter graphs and their checksums: from the record beside the database, else read out of it
        Map<String, String> recorded = StoredLetters.read(dbDir);
        p.unrecorded = recorded == null;
        if (p.unrecorded) {
            LOG.info("no record of the stored letters beside the database: reading them from it");
            recorded = Txn.calculateRead(ds, () -> storedLetters(dsg));
        }
        p.recorded = recorded;
        phases.end("reading the stored letters' checksums");
        return p;
    }

    /**
     * Goes on with a prepared update: finds the changed letters and changes the database in one write transaction; the
     * letters to read are read and extracted by {@code extractor} (none needed when there are none).
     */
    private static UpdateReport update(Prepared prepared, String softwareVersion, BuildRunner extractor) throws IOException {
        long t0 = prepared.t0;
        BuildPhases phases = prepared.phases;
        LetterFiles.Scan scan = prepared.scan;
        Dataset ds = prepared.ds;
        TextIndexLucene index = prepared.index;
        DatasetGraph dsg = ds.asDatasetGraph();
        Path dbDir = prepared.dbDir;
        String builtBy = Txn.calculateRead(ds, () -> builtBy(dsg));
        if (builtBy != null && !builtBy.equals(softwareVersion)) {
            throw new StoreException("the database was built by unkg " + builtBy + ", this is " + softwareVersion
                    + ": run a full build (without --update)");
        }
        Map<String, String> recorded = prepared.recorded;
        boolean unrecorded = prepared.unrecorded;
        Map<String, String> stored = new HashMap<>(recorded);
        Map<String, String> next = new HashMap<>(recorded);
        FileStamps stamps = prepared.stamps;
        Map<Path, String> digests = prepared.digests;
        List<LetterSource> work = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        List<String> errors = new ArrayList<>();
        int added = 0;
        int unchanged = 0;
        Set<String> replacedGraphs = new HashSet<>();
        for (LetterSource f : scan.files()) {
            String stem = stemOf(f.name());
            if (!stems.add(stem)) {
                errors.add(f.name() + ": same name as another letter but for the extension (a letter's id is its name"
                        + " without extension): rename one");
                continue;
            }
            String graph = Ids.letterGraph(stem);
            String sha = stored.remove(graph);
            if (sha == null) {
                work.add(f);
                added++;
            } else if (!sha.equals(digests.get(f.file()))) {
                work.add(f);
                replacedGraphs.add(graph);
            } else {
                unchanged++;
            }
        }
        List<String> removedGraphs = new ArrayList<>(stored.keySet());
        phases.end("finding the changed letters");
        Set<Node> reindex = new HashSet<>();
        Summaries.Touched touched = new Summaries.Touched();
        // stats.opt follows the quads dropped and added (and the summaries' writes, {@link CountedWrites}), so it stays
        // what counting the whole database gives; without one, the database is counted after the commit
        Path statsFile = OptimizerStatistics.location(dsg);
        OptimizerStatistics.Figures figures = OptimizerStatistics.Figures.read(statsFile);
        java.util.function.BiConsumer<Quad, Integer> count = figures == null ? (q, sign) -> { }
                : (q, sign) -> figures.count(q.getPredicate(), q.getObject(), sign);
        // nothing to add or drop: no write transaction (a served database is not even paused)
        boolean changes = !work.isEmpty() || !removedGraphs.isEmpty();
        if (changes) {
            ds.begin(TxnType.WRITE);
            try {
                List<String> dropped = new ArrayList<>(removedGraphs);
                dropped.addAll(replacedGraphs);
                for (String g : dropped) {
                    next.remove(g);
                    Node gn = NodeFactory.createURI(g);
                    dsg.find(gn, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        touched.removed(q);
                        count.accept(q, -1);
                        if (SearchIndex.indexed(q.getPredicate())) {
                            reindex.add(q.getSubject());
                        }
                    });
                    dsg.deleteAny(gn, Node.ANY, Node.ANY, Node.ANY);
                }
                phases.end("dropping " + dropped.size() + " letter graphs");
                long[] loadNanos = {0};
                StreamRDF into = new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        long l0 = System.nanoTime();
                        dsg.add(q);
                        loadNanos[0] += System.nanoTime() - l0;
                        touched.added(q);
                        count.accept(q, 1);
                        if (SearchIndex.indexed(q.getPredicate())) {
                            reindex.add(q.getSubject());
                        }
                    }
                };
                GraphRouter router = new GraphRouter(into);
                try (InOrder<LetterSource, Outcome> results = work.isEmpty() ? null : new InOrder<>(work, extractor::process,
                        extractor.threads, extractor.limits.budgetMillis(), extractor::overran)) {
                    while (results != null && results.hasNext()) {
                        Outcome o = results.next();
                        if (o.graph() == null) {
                            errors.add(o.error());
                            LOG.warn("skipped {}", o.error());
                            continue;
                        }
                        router.letter(Ids.letterGraph(o.text().stem()), o.graph());
                        o.text().origin().ifPresent(origin -> next.put(Ids.letterGraph(o.text().stem()), origin.sha256()));
                    }
                }
                phases.end("reading, extracting and adding " + work.size() + " letters");
                phases.add("  of which adding their quads", loadNanos[0] / 1_000_000);
                // the summaries of what the changed letters touch, recomputed in the same transaction; their writes are
                // counted into stats.opt's figures as they are made
                Summaries.update(figures != null ? new CountedWrites(dsg, figures) : dsg, touched);
                phases.end("summaries");
                StoredLetters.prepare(dbDir, next);
                ds.commit();
                StoredLetters.commit(dbDir);
                phases.end("commit");
            } catch (RuntimeException | Error | IOException e) {
                if (ds.isInTransaction()) {
                    ds.abort();
                    StoredLetters.abandon(dbDir);
                }
                throw e;
            } finally {
                ds.end();
            }
        }
        stamps.write(dbDir);
        if (!changes && unrecorded) {
            // read out of the database just now, which nothing changed: the record of what it holds
            StoredLetters.abandon(dbDir);
            StoredLetters.write(dbDir, next);
        }
        if (changes || figures == null) {
            OptimizerStatistics.write(dsg, figures != null ? figures.results() : OptimizerStatistics.scan(dsg));
        }
        phases.end("writing the file stamps and stats.opt");
        Txn.executeRead(ds, () -> {
            try {
                SearchIndex.reindex(index, dsg, reindex);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        phases.end("text index (" + reindex.size() + " resources)");
        String fingerprint = LetterFingerprint.of(scan.paths(), digests::get);
        phases.end("fingerprint");
        LOG.info("update phases: {}", phases);
        return new UpdateReport(added, replacedGraphs.size(), removedGraphs.size(), unchanged, errors,
                System.currentTimeMillis() - t0, fingerprint);
    }

    /** The software version that built the database, or null. */
    private static String builtBy(DatasetGraph dsg) {
        Node version = NodeFactory.createURI(Vocab.UNKG + "softwareVersion");
        var it = dsg.find(NodeFactory.createURI(Vocab.BUILD_GRAPH), Node.ANY, version, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** The letter graphs of the database with their file checksums, read out of it. */
    static Map<String, String> storedLetters(DatasetGraph dsg) {
        Map<String, String> out = new HashMap<>();
        Node sha = NodeFactory.createURI(Vocab.UNKG + "sha256");
        dsg.find(Node.ANY, Node.ANY, sha, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(Vocab.GRAPH + "letter/")) {
                out.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }

    /** A letter file's name (or path under the letters folder) without its extension, as {@link LetterText#stem}. */
    private static String stemOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') + 1 ? name.substring(0, dot) : name;
    }
}
