package org.unkg.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.unkg.extract.Extractors;
import org.unkg.store.BuildReport;
import org.unkg.store.BuildRunner;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unkg benchmark build}: how fast letters are read, extracted and written, as letters/s and triples/s,
 * in memory (the production pipeline and graph writing, on several threads) and into a real TDB2 store, with the
 * CPU time per letter and the heap in use.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Print letters/s and triples/s of extraction (in memory) and of a full TDB2 build, and heap use.")
final class BuildBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--letters", required = true, paramLabel = "DIR", description = "Directory of letters to process.")
    Path letters;

    @Option(names = "--runs", defaultValue = "5", description = "Measured passes over the letters (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Threads letters are extracted on (default: 0 = one per available processor).")
    int threads;

    @Mixin
    ProjectPaths paths;

    @Override
    public Integer call() throws Exception {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        BuildRunner runner = new BuildRunner(Extractors.pipeline(paths.context()), ModelFactory.createDefaultModel(),
                Version.get(), n);
        List<LetterText> texts = new ArrayList<>();
        for (Path file : BuildRunner.letterFiles(letters)) {
            try {
                texts.add(runner.read(file));
            } catch (LetterReadException e) {
                System.err.println("skipped " + e.getMessage());
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no readable letters in " + letters);
        }
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
            System.out.printf("extraction (in memory, production pipeline, %d threads on %d processors): %d letters, "
                            + "%.0f triples/letter, median %.1f letters/s (best %.1f), %.0f triples/s, "
                            + "%.2f ms CPU per letter, over %d runs%n",
                    n, Runtime.getRuntime().availableProcessors(), texts.size(), triplesPerLetter, median, best,
                    median * triplesPerLetter, cpuPerLetter.get(cpuPerLetter.size() / 2), runs);
        } finally {
            pool.shutdownNow();
        }

        Path tmp = Files.createTempDirectory("unkg-bench-");
        try {
            BuildReport report = runner.build(letters, tmp.resolve("db"));
            double seconds = report.millis() / 1000.0;
            System.out.printf("full build (read, extract on %d threads, TDB2 write, swap): %d letters, %d triples in %.2f s: "
                            + "%.1f letters/s, %.0f triples/s%n",
                    n, report.letters(), report.triples(), seconds, report.letters() / seconds, report.triples() / seconds);
        } finally {
            deleteTree(tmp);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap in use after the runs: %.0f MiB (max %.0f MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        return 0;
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
