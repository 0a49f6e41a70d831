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
import org.unkg.ingest.LetterFiles;
import org.unkg.ingest.LetterFormats;
import org.unkg.ingest.LetterIngest;
import org.unkg.ingest.LetterSource;
import org.unkg.ingest.LettersFolder;
import org.unkg.model.LetterFacts;
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

    private final Catalog catalog;
    private final Model ontology;
    private final ExtractionPipeline pipeline;
    private final LetterGraphWriter writer;
    private final LetterReader reader;
    private final LetterIngest ingest;
    private final List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());

    /** A runner with the production pipeline over {@code context}. */
    public BuildRunner(ExtractionContext context, Model ontology, String softwareVersion) {
        this(Extractors.pipeline(context), ontology, softwareVersion);
    }

    /** A runner with its own pipeline (its context gives the catalog and the reader). */
    public BuildRunner(ExtractionPipeline pipeline, Model ontology, String softwareVersion) {
        this.catalog = pipeline.context().catalog();
        this.reader = pipeline.context().reader();
        this.ingest = new LetterIngest(LetterFormats.defaults(), reader);
        this.ontology = ontology;
        this.pipeline = pipeline;
        this.writer = new LetterGraphWriter(new KeyIndex(catalog.model()), softwareVersion);
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

    /** The letter files of a directory, and of its sub-folders when {@code recursive}, sorted by relative name. */
    public List<LetterSource> letterSources(Path dir, boolean recursive) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("letters directory not found: " + dir);
        }
        return LetterFiles.list(dir, recursive, ingest.formats());
    }

    /** The reader of letter files this runner uses (its timings are the benchmark's). */
    public LetterIngest ingest() {
        return ingest;
    }

    /** Extracts one letter into its graph (no store involved). */
    public Model letterGraph(LetterText text) {
        LetterFacts facts = pipeline.run(text);
        reportUnlinkedSubjects(text, facts);
        return writer.write(text, facts);
    }

    /**
     * What the letters extracted so far left to the user's attention, one line each naming the letter: {@code %%%}
     * terms that name no UNBIS Thesaurus concept (kept as written). {@code build} prints them as warnings.
     */
    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    /** Notes each {@code %%%} term that names no UNBIS Thesaurus concept: it stays a string, never guessed. */
    private void reportUnlinkedSubjects(LetterText text, LetterFacts facts) {
        if (pipeline.context().concepts().isEmpty() || facts.subjects().size() == facts.subjectConcepts().size()) {
            return;
        }
        java.util.Set<String> linked = new java.util.HashSet<>();
        facts.subjectConcepts().forEach(s -> linked.add(s.term()));
        for (org.unkg.model.Subject s : facts.subjects()) {
            if (!linked.contains(s.term())) {
                String note = text.source() + ": subject term '" + s.term() + "' is not in the UNBIS Thesaurus (kept as written)";
                notes.add(note);
                LOG.debug("{}", note);
            }
        }
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

    /** Builds {@code db} from the letters in {@code lettersDir}, replacing the previous database only on success. */
    public BuildReport build(Path lettersDir, Path db) throws IOException {
        return build(lettersDir, db, false);
    }

    /**
     * Builds {@code db} from the letters in {@code lettersDir} (and its sub-folders when {@code recursive}),
     * replacing the previous database only on success.
     */
    public BuildReport build(Path lettersDir, Path db, boolean recursive) throws IOException {
        long t0 = System.currentTimeMillis();
        List<LetterSource> files = letterSources(lettersDir, recursive);
        java.util.Map<String, String> stems = new java.util.HashMap<>();
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
            if (pipeline.context().thesaurus().size() > 0) {
                ds.addNamedModel(Vocab.THESAURUS_GRAPH, pipeline.context().thesaurus().model());
            }
            long lastProgress = System.currentTimeMillis();
            for (int i = 0; i < files.size(); i++) {
                LetterSource file = files.get(i);
                try {
                    LetterText text = ingest.read(file);
                    String taken = stems.putIfAbsent(text.stem(), file.name());
                    if (taken != null) {
                        throw new LetterReadException(file.name(), "same name as " + taken
                                + " but for the extension (a letter's id is its name without extension): rename one");
                    }
                    Model graph = letterGraph(text);
                    ds.addNamedModel(Ids.letterGraph(text.stem()), graph);
                    letters++;
                    triples += graph.size();
                } catch (LetterReadException e) {
                    errors.add(e.getMessage());
                    LOG.warn("skipped {}", e.getMessage());
                } catch (RuntimeException e) {
                    String msg = file.name() + ": could not be processed: " + e;
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
            LettersFolder.record(swap.staging(), lettersDir);
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
