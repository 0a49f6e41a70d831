package org.unkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.catalog.Catalog;
import org.unkg.extract.ExtractionContext;
import org.unkg.extract.Extractor;
import org.unkg.extract.ExtractionPipeline;
import org.unkg.extract.Extractors;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.graph.KeyIndex;
import org.unkg.graph.LetterGraphWriter;
import org.unkg.graph.Ids;
import org.unkg.graph.InvalidIriException;
import org.unkg.graph.Vocab;
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
    private final String softwareVersion;
    private LetterLimits limits = LetterLimits.DEFAULT;

    public BuildRunner(Catalog catalog, Model ontology, String softwareVersion) {
        this(catalog, ontology, softwareVersion, Extractors.defaults());
    }

    /** A runner with its own extractor line-up. */
    public BuildRunner(Catalog catalog, Model ontology, String softwareVersion, List<Extractor> extractors) {
        this.catalog = catalog;
        this.reader = catalog.reader();
        this.ontology = ontology;
        this.pipeline = new ExtractionPipeline(extractors, new ExtractionContext(catalog));
        this.writer = new LetterGraphWriter(new KeyIndex(catalog.model()), softwareVersion);
        this.softwareVersion = softwareVersion;
    }

    /** Sets what one letter may cost (size, time); returns this runner. */
    public BuildRunner limits(LetterLimits l) {
        this.limits = l;
        return this;
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

    /** The letter files of a directory: regular, non-hidden files, sorted by name ({@link LetterFiles}). */
    public static List<Path> letterFiles(Path dir) throws IOException {
        return LetterFiles.scan(dir).files();
    }

    /**
     * Whether {@code db} already holds a complete build of exactly these letter files (same names and
     * contents) by this software version, so building again would change nothing.
     */
    public boolean upToDate(Path lettersDir, Path db) throws IOException {
        DatabaseSwap.recover(db.toAbsolutePath().normalize());
        if (!Files.isDirectory(db)) {
            return false;
        }
        Properties info = DatabaseSwap.buildInfo(db);
        return softwareVersion.equals(info.getProperty("software"))
                && LetterFingerprint.of(LetterFiles.scan(lettersDir).files()).equals(info.getProperty("lettersFingerprint"));
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

    /** Builds {@code db} from the letters in {@code lettersDir}, replacing the previous database only on success. */
    public BuildReport build(Path lettersDir, Path db) throws IOException {
        long t0 = System.currentTimeMillis();
        LetterFiles.Scan scan = LetterFiles.scan(lettersDir);
        List<Path> files = scan.files();
        scan.skipped().forEach(s -> LOG.warn("{}", s));
        DatabaseSwap swap = new DatabaseSwap(db);
        List<String> errors = new ArrayList<>();
        int letters = 0;
        long triples = 0;
        Dataset ds = Tdb.create(swap.staging());
        boolean done = false;
        try (LetterBudget budget = new LetterBudget(limits.budgetMillis())) {
            ds.begin(TxnType.WRITE);
            ds.addNamedModel(Vocab.CATALOG_GRAPH, catalog.model());
            ds.addNamedModel(Vocab.ONTOLOGY_GRAPH, ontology);
            long lastProgress = System.currentTimeMillis();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                try {
                    String tooLarge = limits.sizeProblem(file);
                    if (tooLarge != null) {
                        throw new LetterReadException(file, tooLarge);
                    }
                    LetterText text = budget.run(file, () -> reader.read(file));
                    Model graph = budget.run(file, () -> letterGraph(text));
                    ds.addNamedModel(Ids.letterGraph(text.stem()), graph);
                    letters++;
                    triples += graph.size();
                } catch (LetterReadException e) {
                    errors.add(e.getMessage());
                    LOG.warn("skipped {}", e.getMessage());
                } catch (InvalidIriException e) {
                    errors.add(e.getMessage());
                    LOG.warn("skipped {}", e.getMessage());
                } catch (RuntimeException e) {
                    String msg = file.getFileName() + ": could not be processed: " + e;
                    errors.add(msg);
                    LOG.warn("skipped {}", msg);
                    LOG.debug("failure", e);
                }
                long now = System.currentTimeMillis();
                if (now - lastProgress > PROGRESS_EVERY_MS) {
                    LOG.info("{} / {} letters, {} triples", i + 1, files.size(), triples);
                    lastProgress = now;
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
        Properties info = new Properties();
        info.setProperty("letters", Integer.toString(letters));
        info.setProperty("lettersFingerprint", LetterFingerprint.of(files));
        info.setProperty("software", softwareVersion);
        swap.commit(info);
        return new BuildReport(letters, triples, errors, System.currentTimeMillis() - t0, scan.skipped());
    }
}
