package org.unkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.unkg.extract.Extractors;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.ingest.LetterSource;
import org.unkg.store.BuildReport;
import org.unkg.store.BuildRunner;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unkg benchmark build}: how fast letters are read (file formats, text layer), extracted and written,
 * as letters/s and triples/s, in memory (extraction and graph writing) and into a real TDB2 store, with the
 * share of time spent parsing files (PDF, Word, UTF-8), extraction with and without the subject indexer, and the heap
 * in use.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Print letters/s of reading letter files (PDF, Word, text: with the share spent parsing the files),",
                "letters/s and triples/s of extraction (in memory; also without the subject indexer, to show what indexing costs)",
                "and of a full TDB2 build, and heap use."})
final class BuildBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--letters", required = true, paramLabel = "DIR", description = "Directory of letters to process.")
    Path letters;

    @Option(names = "--recursive", description = "Also read the letters in DIR's sub-folders.")
    boolean recursive;

    @Option(names = "--runs", defaultValue = "5", description = "Measured passes over the letters (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Mixin
    ProjectPaths paths;

    @Override
    public Integer call() throws Exception {
        ExtractionContext context = paths.context();
        BuildRunner runner = new BuildRunner(context, ModelFactory.createDefaultModel(), Version.get());
        List<LetterSource> sources = runner.letterSources(letters, recursive);
        List<LetterText> texts = new ArrayList<>();
        for (LetterSource source : sources) {
            try {
                texts.add(runner.read(source));
            } catch (LetterReadException e) {
                System.err.println("skipped " + e.getMessage());
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no readable letters in " + letters);
        }
        readingBenchmark(runner, sources);
        for (int i = 0; i < warmup; i++) {
            extractAll(runner, texts);
        }
        List<Double> lettersPerSecond = new ArrayList<>();
        long triples = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            triples = extractAll(runner, texts);
            double seconds = (System.nanoTime() - t0) / 1e9;
            lettersPerSecond.add(texts.size() / seconds);
        }
        lettersPerSecond.sort(Double::compare);
        double median = lettersPerSecond.get(lettersPerSecond.size() / 2);
        double triplesPerLetter = (double) triples / texts.size();
        System.out.printf("extraction (in memory): %d letters, %.0f triples/letter, median %.1f letters/s, %.0f triples/s over %d runs%n",
                texts.size(), triplesPerLetter, median, median * triplesPerLetter, runs);
        indexingCost(context, texts, median);

        Path tmp = Files.createTempDirectory("unkg-bench-");
        try {
            long parsing0 = runner.ingest().extractNanos();
            BuildReport report = runner.build(letters, tmp.resolve("db"), recursive);
            double seconds = report.millis() / 1000.0;
            double parsing = (runner.ingest().extractNanos() - parsing0) / 1e9;
            System.out.printf("full build (read, extract, TDB2 write, swap): %d letters, %d triples in %.2f s: %.1f letters/s, %.0f triples/s;"
                            + " parsing the files %.0f%% of it%n",
                    report.letters(), report.triples(), seconds, report.letters() / seconds, report.triples() / seconds,
                    100 * parsing / seconds);
        } finally {
            deleteTree(tmp);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap in use after the runs: %.0f MiB (max %.0f MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        return 0;
    }

    /** Extraction without the subject indexer, in the same way: what indexing every letter costs. */
    private void indexingCost(ExtractionContext context, List<LetterText> texts, double withIndexing) {
        BuildRunner without = new BuildRunner(Extractors.withoutSubjectIndexing(context), ModelFactory.createDefaultModel(), Version.get());
        for (int i = 0; i < warmup; i++) {
            extractAll(without, texts);
        }
        List<Double> lettersPerSecond = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            extractAll(without, texts);
            lettersPerSecond.add(texts.size() / ((System.nanoTime() - t0) / 1e9));
        }
        lettersPerSecond.sort(Double::compare);
        double median = lettersPerSecond.get(lettersPerSecond.size() / 2);
        System.out.printf("extraction without subject indexing: median %.1f letters/s; with it %.1f letters/s"
                        + " (indexing %.0f%% of the extraction time)%n",
                median, withIndexing, 100 * (1 - withIndexing / median));
    }

    /** Reads every letter file {@code runs} times (after the warm-up): letters/s, and parsing's share of reading. */
    private void readingBenchmark(BuildRunner runner, List<LetterSource> sources) {
        Map<String, Integer> byFormat = new TreeMap<>();
        sources.forEach(s -> byFormat.merge(s.format().name(), 1, Integer::sum));
        for (int i = 0; i < warmup; i++) {
            readAll(runner, sources);
        }
        List<Double> lettersPerSecond = new ArrayList<>();
        long parsing0 = runner.ingest().extractNanos();
        long text0 = runner.ingest().textNanos();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            int read = readAll(runner, sources);
            lettersPerSecond.add(read / ((System.nanoTime() - t0) / 1e9));
        }
        double parsing = runner.ingest().extractNanos() - parsing0;
        double text = runner.ingest().textNanos() - text0;
        lettersPerSecond.sort(Double::compare);
        System.out.printf("reading files: %d letters %s, median %.1f letters/s over %d runs; parsing the files (PDF, Word, UTF-8) %.0f%%,"
                        + " text layer (layout, repair, normalisation) %.0f%% of reading%n",
                sources.size(), byFormat, lettersPerSecond.get(lettersPerSecond.size() / 2), runs,
                100 * parsing / (parsing + text), 100 * text / (parsing + text));
    }

    private static int readAll(BuildRunner runner, List<LetterSource> sources) {
        int read = 0;
        for (LetterSource source : sources) {
            try {
                runner.read(source);
                read++;
            } catch (LetterReadException e) {
                // reported once before the runs
            }
        }
        return read;
    }

    private static long extractAll(BuildRunner runner, List<LetterText> texts) {
        long triples = 0;
        for (LetterText t : texts) {
            Model m = runner.letterGraph(t);
            triples += m.size();
        }
        return triples;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
