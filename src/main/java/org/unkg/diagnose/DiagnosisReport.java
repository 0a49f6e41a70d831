package org.unkg.diagnose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.core.ExtractionPipeline;
import org.unkg.ingest.LetterFiles;
import org.unkg.ingest.LetterFormats;
import org.unkg.ingest.LetterIngest;
import org.unkg.ingest.LetterSource;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterText;

/**
 * Diagnoses every letter of a folder: reads each as {@code build} does (text, PDF, Word), runs the extraction pipeline in memory (no database) and
 * lists what could not be read ({@link Diagnoser}). Letters are read on {@code threads} threads (the pipeline serves
 * any number at once); the result keeps the files' order. A letter that cannot be read is an {@code unreadable} row,
 * never an error that costs the others their rows.
 */
public final class DiagnosisReport {
    private static final Logger LOG = LoggerFactory.getLogger(DiagnosisReport.class);
    private final ExtractionPipeline pipeline;
    private final LetterIngest ingest;
    private final Diagnoser diagnoser = new Diagnoser();

    /** A report over the letters {@code pipeline}'s context reads. */
    public DiagnosisReport(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
        this.ingest = new LetterIngest(LetterFormats.defaults(), pipeline.context().reader());
    }

    /** The letter files of {@code dir} (and of its sub-folders when {@code recursive}), as {@code build} lists them. */
    public List<LetterSource> letters(Path dir, boolean recursive) throws IOException {
        return LetterFiles.list(dir, recursive, ingest.formats());
    }

    /** The diagnosis of one letter file. */
    public LetterDiagnosis diagnose(LetterSource file) {
        try {
            LetterText text = ingest.read(file);
            return diagnoser.diagnose(text, pipeline.run(text));
        } catch (LetterReadException e) {
            return diagnoser.unreadable(file.name(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.debug("diagnosis failure", e);
            return diagnoser.unreadable(file.name(), "could not be processed: " + e);
        }
    }

    /** The diagnoses of {@code files}, in their order, on {@code threads} threads. */
    public List<LetterDiagnosis> diagnose(List<LetterSource> files, int threads) throws IOException {
        if (threads <= 1) {
            List<LetterDiagnosis> out = new ArrayList<>();
            for (LetterSource f : files) {
                out.add(diagnose(f));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<LetterDiagnosis>> futures = new ArrayList<>();
            for (LetterSource f : files) {
                futures.add(pool.submit(() -> diagnose(f)));
            }
            List<LetterDiagnosis> out = new ArrayList<>();
            for (Future<LetterDiagnosis> f : futures) {
                out.add(f.get());
            }
            return Collections.unmodifiableList(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("diagnosis interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("diagnosis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
