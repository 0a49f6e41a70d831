package org.unkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.catalog.Catalog;
import org.unkg.extract.Extractors;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.ExtractionPipeline;
import org.unkg.graph.Ids;
import org.unkg.graph.KeyIndex;
import org.unkg.graph.LetterGraphWriter;
import org.unkg.graph.Vocab;
import org.unkg.model.LetterFacts;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterReader;
import org.unkg.text.LetterText;

/**
 * Builds the graph: reads every letter in a directory, extracts its facts, writes one named graph per
 * letter plus the catalog and ontology graphs into a new TDB2 database, and swaps it in only when done.
 * A letter that cannot be read is reported with its file name and reason; the others still land.
 */
public final class BuildRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BuildRunner.class);
    private static final long PROGRESS_EVERY_MS = 2000;

    private final Catalog catalog;
    private final Model ontology;
    private final ExtractionPipeline pipeline;
    private final LetterGraphWriter writer;
    private final LetterReader reader;
    private final int threads;

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
        this.ontology = ontology;
        this.pipeline = pipeline;
        this.writer = new LetterGraphWriter(new KeyIndex(catalog.model()), softwareVersion);
        this.threads = Math.max(1, threads);
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

    /** The letter files of a directory: regular, non-hidden files, sorted by name. */
    public static List<Path> letterFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("letters directory not found: " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /** Extracts one letter into its graph (no store involved). */
    public Model letterGraph(LetterText text) {
        LetterFacts facts = pipeline.run(text);
        return writer.write(text, facts);
    }

    /** Reads a letter file; the exception names the file and the problem. */
    public LetterText read(Path file) throws LetterReadException {
        return reader.read(file);
    }

    /** A letter read and extracted into its graph, or why it could not be. */
    private record Outcome(LetterText text, Model graph, String error) {}

    /** Reads and extracts one letter file; a letter that cannot be read or processed gives its error. */
    private Outcome process(Path file) {
        try {
            LetterText text = reader.read(file);
            return new Outcome(text, letterGraph(text), null);
        } catch (LetterReadException e) {
            return new Outcome(null, null, e.getMessage());
        } catch (RuntimeException e) {
            LOG.debug("failure", e);
            return new Outcome(null, null, file.getFileName() + ": could not be processed: " + e);
        }
    }

    /** Builds {@code db} from the letters in {@code lettersDir}, replacing the previous database only on success. */
    public BuildReport build(Path lettersDir, Path db) throws IOException {
        long t0 = System.currentTimeMillis();
        List<Path> files = letterFiles(lettersDir);
        DatabaseSwap swap = new DatabaseSwap(db);
        List<String> errors = new ArrayList<>();
        int letters = 0;
        long triples = 0;
        Dataset ds = Tdb.create(swap.staging());
        boolean done = false;
        try {
            ds.begin(TxnType.WRITE);
            ds.addNamedModel(Vocab.CATALOG_GRAPH, catalog.model());
            ds.addNamedModel(Vocab.ONTOLOGY_GRAPH, ontology);
            long lastProgress = System.currentTimeMillis();
            // letters are read and extracted on several threads; their graphs are added in file order
            try (InOrder<Path, Outcome> work = new InOrder<>(files, this::process, threads)) {
                for (int i = 0; work.hasNext(); i++) {
                    Outcome o = work.next();
                    if (o.graph() != null) {
                        ds.addNamedModel(Ids.letterGraph(o.text().stem()), o.graph());
                        letters++;
                        triples += o.graph().size();
                    } else {
                        errors.add(o.error());
                        LOG.warn("skipped {}", o.error());
                    }
                    long now = System.currentTimeMillis();
                    if (now - lastProgress > PROGRESS_EVERY_MS) {
                        LOG.info("{} / {} letters, {} triples", i + 1, files.size(), triples);
                        lastProgress = now;
                    }
                }
            }
            ds.commit();
            done = true;
        } finally {
            if (!done) {
                ds.abort();
            }
            ds.end();
            TDBInternal.expel(ds.asDatasetGraph());
            if (!done) {
                swap.abandon();
            }
        }
        DatabaseConnection.internalExpel(Location.create(db.toAbsolutePath().toString()), false);
        swap.commit();
        return new BuildReport(letters, triples, errors, System.currentTimeMillis() - t0);
    }
}
