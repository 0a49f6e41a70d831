package org.unkg.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * {@code unkg benchmark build}: how fast letters are read (file formats, text layer), extracted and written, as
 * letters/s and triples/s, in memory (the production pipeline and graph writing, on several threads) and into a
 * real TDB2 store, with the share of time spent parsing files (PDF, Word, UTF-8), the CPU time per letter, what the
 * subject indexer costs (extraction with and without it) and the heap in use.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Print letters/s of reading letter files (PDF, Word, text: with the share spent parsing the files),",
                "letters/s and triples/s of extraction (in memory, on several threads; also without the subject indexer, to show",
                "what indexing costs) and of a full TDB2 build, and heap use."})
final class BuildBenchmarkCommand implements Callable<Integer> {
    @Mixin
    LetterFolder folder;

    @Option(names = "--runs", defaultValue = "5", description = "Measured passes over the letters (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Threads letters are extracted on (default: 0 = one per available processor).")
    int threads;

    @Option(names = "--no-build", description = "Skip the full TDB2 build (reading and in-memory extraction only: for a large corpus).")
    boolean noBuild;

    @Option(names = "--build-only", description = "Only the full build (for a directory of faulty letters: no unbounded in-memory passes).")
    boolean buildOnly;

    @Mixin
    LetterLimitOptions limits;

    @Mixin
    ProjectPaths paths;

    @Override
    public Integer call() throws Exception {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExtractionContext context = paths.context();
        BuildRunner runner = new BuildRunner(Extractors.pipeline(context), ModelFactory.createDefaultModel(),
                Version.get(), n).limits(limits.limits());
        Path letters = folder.letters;
        boolean recursive = folder.recursive;
        if (buildOnly) {
            fullBuild(runner, n);
            return 0;
        }
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
        double with = extractionBenchmark(runner, texts, n, "production pipeline");
        BuildRunner without = new BuildRunner(Extractors.withoutSubjectIndexing(context), ModelFactory.createDefaultModel(),
                Version.get(), n);
        double withoutIndexing = extractionBenchmark(without, texts, n, "without the subject indexer");
        System.out.printf("subject indexing: %.1f letters/s with it, %.1f without (%.0f%% of the extraction time)%n",
                with, withoutIndexing, 100 * (1 - with / withoutIndexing));
        if (!noBuild) {
            fullBuild(runner, n);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap in use after the runs: %.0f MiB (max %.0f MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        return 0;
    }

    /**
     * Extracts every letter {@code runs} times (after the warm-up) on {@code n} threads: letters/s, CPU per letter;
     * returns the median letters/s.
     */
    private double extractionBenchmark(BuildRunner runner, List<LetterText> texts, int n, String what) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            for (int i = 0; i < warmup; i++) {
                extractAll(runner, texts, pool, n);
            }
            List<Double> lettersPerSecond = new ArrayList<>();
            List<Double> cpuPerLetter = new ArrayList<>();
            long triples = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                Pass pass = extractAll(runner, texts, pool, n);
                double seconds = (System.nanoTime() - t0) / 1e9;
                triples = pass.triples();
                lettersPerSecond.add(texts.size() / seconds);
                cpuPerLetter.add(pass.cpuNanos() / 1e6 / texts.size());
            }
            lettersPerSecond.sort(Double::compare);
            cpuPerLetter.sort(Double::compare);
            double median = lettersPerSecond.get(lettersPerSecond.size() / 2);
            double best = lettersPerSecond.get(lettersPerSecond.size() - 1);
            double triplesPerLetter = (double) triples / texts.size();
            System.out.printf("extraction (in memory, %s, %d threads on %d processors): %d letters, "
                            + "%.0f triples/letter, median %.1f letters/s (best %.1f), %.0f triples/s, "
                            + "%.2f ms CPU per letter, over %d runs%n",
                    what, n, Runtime.getRuntime().availableProcessors(), texts.size(), triplesPerLetter, median, best,
                    median * triplesPerLetter, cpuPerLetter.get(cpuPerLetter.size() / 2), runs);
            return median;
        } finally {
            pool.shutdownNow();
        }
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
        System.out.printf("reading files (one thread): %d letters %s, median %.1f letters/s over %d runs; parsing the files"
                        + " (PDF, Word, UTF-8) %.0f%%, text layer (layout, repair, normalisation) %.0f%% of reading%n",
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

    /** One full build into a temporary database, with its errors and the peak heap seen while it ran. */
    private void fullBuild(BuildRunner runner, int n) throws Exception {
        Path tmp = Files.createTempDirectory("unkg-bench-");
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            long parsing0 = runner.ingest().extractNanos();
            BuildReport report = runner.build(folder.letters, tmp.resolve("db"), folder.recursive);
            double seconds = report.millis() / 1000.0;
            double parsing = (runner.ingest().extractNanos() - parsing0) / 1e9;
            System.out.printf("full build (read, extract on %d threads, TDB2 write, swap): %d letters, %d triples in %.2f s:"
                            + " %.1f letters/s, %.0f triples/s; parsing the files %.0f%% of it%n",
                    n, report.letters(), report.triples(), seconds, report.letters() / seconds, report.triples() / seconds,
                    100 * parsing / seconds);
            report.errors().forEach(e -> System.out.println("  error: " + e));
            report.skipped().forEach(e -> System.out.println("  skipped: " + e));
        } finally {
            sampler.interrupt();
            deleteTree(tmp);
        }
        System.out.printf("peak heap during the full build: %.0f MiB (max %.0f MiB)%n", peak.get() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** One pass: the triples written and the CPU time the extracting threads spent. */
    private record Pass(long triples, long cpuNanos) {}

    /** Extracts every letter into its graph, the letters shared out among {@code n} tasks on {@code pool}. */
    private static Pass extractAll(BuildRunner runner, List<LetterText> texts, ExecutorService pool, int n)
            throws InterruptedException, ExecutionException {
        AtomicInteger next = new AtomicInteger();
        List<Future<Pass>> parts = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            parts.add(pool.submit(() -> {
                ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                long c0 = cpu.getCurrentThreadCpuTime();
                long triples = 0;
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                    Model m = runner.letterGraph(texts.get(i));
                    triples += m.size();
                }
                return new Pass(triples, cpu.getCurrentThreadCpuTime() - c0);
            }));
        }
        long triples = 0;
        long cpuNanos = 0;
        for (Future<Pass> f : parts) {
            triples += f.get().triples();
            cpuNanos += f.get().cpuNanos();
        }
        return new Pass(triples, cpuNanos);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
