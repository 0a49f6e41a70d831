package org.unkg.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.ModelFactory;
import org.unkg.extract.Extractors;
import org.unkg.ingest.LetterSource;
import org.unkg.store.BuildRunner;
import org.unkg.text.LetterReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unkg benchmark extract}: what a build's letter workers do, without a store: each letter file read (text
 * layer) and extracted into its graph, on several threads, pass after pass; prints letters/s, triples/s and the CPU
 * seconds the workers spent (and the whole process, with the collector and the compiler) and the bytes they
 * allocated per letter, per pass and the median.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read and extract every letter of DIR into its graph as build's workers do, without a store:",
                "letters/s, triples/s, CPU seconds (the extracting threads, and the whole process) and the bytes the",
                "extracting threads allocated per letter, per pass and the median."})
final class ExtractBenchmarkCommand implements Callable<Integer> {
    @Mixin
    LetterFolder folder;

    @Option(names = "--runs", defaultValue = "3", description = "Measured passes over the letters (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Threads letters are read and extracted on (default: 0 = one per available processor).")
    int threads;

    @Mixin
    ProjectPaths paths;

    /**
     * One pass: letters extracted, triples written, wall and CPU nanoseconds (workers, process), and the bytes the
     * workers allocated (what the collector has to clear; unlike CPU time, it hardly varies with the machine's load).
     */
    private record Pass(int letters, long triples, long wallNanos, long workerCpuNanos, long processCpuNanos,
                        long workerAllocatedBytes) {}

    @Override
    public Integer call() throws Exception {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        BuildRunner runner = new BuildRunner(Extractors.pipeline(paths.context()), ModelFactory.createDefaultModel(),
                Version.get(), n);
        List<LetterSource> sources = runner.letterSources(folder.letters, folder.recursive);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no letters in " + folder.letters);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            for (int i = 0; i < warmup; i++) {
                pass(runner, sources, pool, n);
            }
            List<Pass> passes = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Pass p = pass(runner, sources, pool, n);
                passes.add(p);
                System.out.printf("pass %d: %s%n", i + 1, describe(p));
            }
            passes.sort(java.util.Comparator.comparingLong(Pass::workerCpuNanos));
            System.out.printf("median of %d passes (%d threads on %d processors, load average %.1f): %s%n", runs, n,
                    Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    describe(passes.get(passes.size() / 2)));
            // on a shared machine other processes slow a pass's CPU too (caches, memory bandwidth): the least is the cost
            System.out.printf("least CPU of %d passes: %s%n", runs, describe(passes.get(0)));
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }

    private static String describe(Pass p) {
        double wall = p.wallNanos() / 1e9;
        return String.format("%d letters, %d triples in %.2f s: %.1f letters/s, %.0f triples/s; CPU %.2f s in the workers"
                        + " (%.3f ms per letter), %.2f s in the process; %.0f kB allocated per letter", p.letters(), p.triples(), wall,
                p.letters() / wall, p.triples() / wall, p.workerCpuNanos() / 1e9, p.workerCpuNanos() / 1e6 / p.letters(),
                p.processCpuNanos() / 1e9, p.workerAllocatedBytes() / 1e3 / p.letters());
    }

    private static Pass pass(BuildRunner runner, List<LetterSource> sources, ExecutorService pool, int n) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger letters = new AtomicInteger();
        long process0 = processCpu();
        long t0 = System.nanoTime();
        List<Future<long[]>> parts = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            parts.add(pool.submit(() -> {
                ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                long c0 = cpu.getCurrentThreadCpuTime();
                long a0 = allocated();
                long triples = 0;
                for (int i = next.getAndIncrement(); i < sources.size(); i = next.getAndIncrement()) {
                    try {
                        triples += runner.letterTriples(runner.read(sources.get(i))).size();
                        letters.incrementAndGet();
                    } catch (LetterReadException e) {
                        // not a letter this benchmark can time: left out of the count
                    }
                }
                return new long[] {triples, cpu.getCurrentThreadCpuTime() - c0, allocated() - a0};
            }));
        }
        long triples = 0;
        long cpu = 0;
        long bytes = 0;
        for (Future<long[]> f : parts) {
            triples += f.get()[0];
            cpu += f.get()[1];
            bytes += f.get()[2];
        }
        return new Pass(letters.get(), triples, System.nanoTime() - t0, cpu, processCpu() - process0, bytes);
    }

    /** Bytes the current thread has allocated so far (0 where the JVM does not tell). */
    private static long allocated() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                ? t.getCurrentThreadAllocatedBytes() : 0;
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
