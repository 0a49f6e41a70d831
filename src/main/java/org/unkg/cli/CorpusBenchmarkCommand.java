package org.unkg.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code unkg benchmark corpus}: builds a corpus of N synthetic letters (or a directory of letters) with {@code unkg
 * build}, then loads the very quads that build stored with Jena's own bulk loader ({@code tdb2.tdbloader
 * --loader=parallel}), each in its own JVM ({@code --build-heap}, {@code --heap}), and prints both wall times, their ratio, the
 * quads per letter and each one's peak resident memory; then the other figures of issue 12 on the database built
 * ({@link CorpusStages}): an update of 10 changed and 10 new letters, the time {@code serve} takes to answer
 * {@code /$/ping}, {@code validate}, {@code export facts} and {@code export timeline} in each format.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Build N synthetic letters (make_letters.py) or a directory of letters with 'unkg build', and load the",
                "quads it stored with tdb2.tdbloader --loader=parallel: wall times, ratio, quads/letter, peak RSS of each;",
                "then on that database: build --update with 10 changed and 10 new letters, serve's first /$/ping answer,",
                "validate, export facts and export timeline (each format): wall time and peak RSS of each."})
final class CorpusBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--letters", paramLabel = "N", description = "Generate N letters with the generator (or give --dir).")
    Integer count;

    @Option(names = "--dir", paramLabel = "DIR", description = "A directory of letters to build instead of generated ones.")
    Path dir;

    @Option(names = "--generator", defaultValue = "../shared/tools/make_letters.py", paramLabel = "FILE",
            description = "The letter generator, run as 'python3 FILE N OUTDIR' (default: ${DEFAULT-VALUE}).")
    Path generator;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the databases and the quads go (default: a temporary directory).")
    Path work;

    @Option(names = "--keep", description = "Keep the work directory (databases, quads) afterwards.")
    boolean keep;

    @Option(names = "--heap", defaultValue = "2g", paramLabel = "SIZE",
            description = "-Xmx of the loader's JVM and of the stages after the build (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--build-heap", paramLabel = "SIZE",
            description = {"Passed to unkg build as its --build-heap (default: none, the build's own default, as a user",
                    "running 'java -jar unkg.jar build' gets it)."})
    String buildHeap;

    @Option(names = "--loader", defaultValue = "sorted", paramLabel = "NAME",
            description = "The TDB2 loader unkg build uses (default: ${DEFAULT-VALUE}); Jena's is always parallel.")
    String loader;

    @Option(names = "--build-only", description = "Only the build and the loader: skip the update, serve, validate and export stages.")
    boolean buildOnly;

    @Override
    public Integer call() throws Exception {
        if ((count == null) == (dir == null)) {
            throw new IllegalArgumentException("give --letters N (generated) or --dir DIR");
        }
        Path w = work != null ? Files.createDirectories(work) : Files.createTempDirectory("unkg-corpus-");
        try {
            Path letters = dir;
            if (letters == null) {
                if (!Files.isRegularFile(generator)) {
                    throw new IllegalArgumentException("generator not found: " + generator + " (pass --generator or --dir)");
                }
                letters = w.resolve("letters");
                long g0 = System.nanoTime();
                Measured gen = run(List.of("python3", generator.toString(), Integer.toString(count), letters.toString()), null);
                if (gen.exit() != 0) {
                    throw new IllegalStateException("the generator failed (exit " + gen.exit() + ")");
                }
                System.out.printf("generated %d letters in %.1f s%n", count, (System.nanoTime() - g0) / 1e9);
            } else {
                // the update stage changes the folder: build from links to the given letters, never the letters
                Path links = Files.createDirectories(w.resolve("letters"));
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        Files.createSymbolicLink(links.resolve(f.getFileName()), f.toAbsolutePath());
                    }
                }
                letters = links;
            }
            int n;
            long bytes;
            try (Stream<Path> s = Files.list(letters)) {
                List<Path> files = s.filter(Files::isRegularFile).toList();
                n = files.size();
                bytes = 0;
                for (Path f : files) {
                    bytes += Files.size(f);
                }
            }
            System.out.printf("corpus: %d letters, %.1f MB in %s; %d processors (load average %.1f at start)%n", n, bytes / 1e6,
                    letters, Runtime.getRuntime().availableProcessors(), loadAverage());

            Path db = w.resolve("db");
            Path buildLog = w.resolve("build.log");
            Files.deleteIfExists(buildLog);
            // the build as a user starts it (java -jar unkg.jar build): the JVM it then runs in is its own choice
            List<String> buildArgs = new ArrayList<>(List.of("build", "--letters", letters.toString(), "--db", db.toString(),
                    "--loader", loader));
            if (buildHeap != null) {
                buildArgs.addAll(List.of("--build-heap", buildHeap));
            }
            Measured build = run(asUserRuns(buildArgs), null, buildLog);
            // the build's log goes to the work directory; its phase line (where the wall time went) joins the figures
            List<String> buildPhases = new ArrayList<>();
            try (Stream<String> lines = Files.lines(buildLog)) {
                lines.filter(l -> l.contains("build phases:") || l.contains("ready to build")
                                || l.contains("building in a JVM with") || l.contains("build JVM:"))
                        .map(l -> "  " + l.substring(l.indexOf(" - ") + 3)).forEach(buildPhases::add);
            }
            if (build.exit() != 0 && build.exit() != 3) {
                throw new IllegalStateException("unkg build failed (exit " + build.exit() + ")");
            }
            Path quads = w.resolve("quads.nq");
            Measured dump = run(java("tdb2.tdbdump", "--loc", db.toRealPath().toString()), quads);
            if (dump.exit() != 0) {
                throw new IllegalStateException("tdb2.tdbdump failed (exit " + dump.exit() + ")");
            }
            long quadCount;
            try (Stream<String> lines = Files.lines(quads)) {
                quadCount = lines.filter(l -> !l.isBlank()).count();
            }
            Measured load = run(java("tdb2.tdbloader", "--loader=parallel", "--loc", w.resolve("loaded").toString(),
                    quads.toString()), null);
            if (load.exit() != 0) {
                throw new IllegalStateException("tdb2.tdbloader failed (exit " + load.exit() + ")");
            }
            List<String> figures = new ArrayList<>();
            figures.add(String.format("unkg build (--loader %s, --build-heap %s; reads, extracts, loads, writes the text index and"
                    + " stats.opt; the command and the JVM it builds in): %.1f s (%.1f s CPU), peak RSS %.0f MiB (its log: %s)", loader,
                    buildHeap == null ? "default" : buildHeap, build.seconds(),
                    build.cpuSeconds(), build.peakRssKb() / 1024.0, buildLog));
            figures.addAll(buildPhases);
            figures.add(String.format("tdb2.tdbloader --loader=parallel (-Xmx%s) on the %d quads it stored (N-Quads, %.0f MB):"
                    + " %.1f s (%.1f s CPU), peak RSS %.0f MiB", heap, quadCount, Files.size(quads) / 1e6, load.seconds(),
                    load.cpuSeconds(), load.peakRssKb() / 1024.0));
            figures.add(String.format("ratio build / loader: %.2f (CPU time: %.2f); %.1f quads per letter; load average %.1f",
                    build.seconds() / load.seconds(), build.cpuSeconds() / Math.max(0.001, load.cpuSeconds()),
                    (double) quadCount / n, loadAverage()));
            figures.forEach(System.out::println);
            CorpusStages stages = new CorpusStages(w, letters, db, this::java, figures);
            if (!buildOnly) {
                stages.run();
            }
            stages.printSummary();
            return 0;
        } finally {
            if (!keep) {
                deleteTree(w.resolve("db"));
                deleteTree(w.resolve("loaded"));
                Files.deleteIfExists(w.resolve("quads.nq"));
                deleteTree(w.resolve("letters"));
                CorpusStages.clean(w);
                if (work == null) {
                    deleteTree(w);
                }
            } else {
                System.out.println("kept " + w);
            }
        }
    }

    /**
     * A child process's exit status, wall time, peak resident memory and CPU time (user + system, sampled while it ran:
     * up to 0.1 s short). On a shared machine the CPU time compares between runs where the wall time does not.
     */
    record Measured(int exit, double seconds, long peakRssKb, double cpuSeconds) {}

    /** The command line of a JVM like this one running {@code mainClass} on this program's class path. */
    List<String> java(String mainClass, String... args) throws URISyntaxException {
        return javaWithHeap(heap, mainClass, args);
    }

    /**
     * The command line a user runs: {@code java -jar unkg.jar ARGS} (no launch options), or the class path and
     * {@code Main} when this program does not run from its jar.
     */
    static List<String> asUserRuns(List<String> args) throws URISyntaxException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        Path self = Path.of(CorpusBenchmarkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(self)) {
            cmd.add("-jar");
            cmd.add(self.toString());
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        cmd.addAll(args);
        return cmd;
    }

    /** The command line of a JVM like this one with {@code -Xmx} {@code maxHeap} running {@code mainClass}. */
    List<String> javaWithHeap(String maxHeap, String mainClass, String... args) throws URISyntaxException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Xmx" + maxHeap);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String classPath() throws URISyntaxException {
        Path self = Path.of(CorpusBenchmarkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.isRegularFile(self) ? self.toString() : System.getProperty("java.class.path");
    }

    /**
     * Runs a command (its output to {@code out}, or to this process's error stream), timing it and sampling its peak
     * resident memory ({@code VmHWM} of {@code /proc/PID/status}, summed over the process and the processes it started:
     * a build's command and the JVM it builds in) and CPU time (the same processes') until it ends.
     */
    static Measured run(List<String> cmd, Path out) throws IOException, InterruptedException {
        return run(cmd, out, null);
    }

    /** As {@link #run(List, Path)}, the command's error stream (its log) appended to {@code log} when given. */
    static Measured run(List<String> cmd, Path out, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log == null ? ProcessBuilder.Redirect.INHERIT
                : ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.redirectOutput(out == null ? ProcessBuilder.Redirect.appendTo(new File("/dev/stderr")) : ProcessBuilder.Redirect.to(out.toFile()));
        long t0 = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        double cpu = 0;
        while (p.isAlive()) {
            List<ProcessHandle> tree = new ArrayList<>();
            tree.add(p.toHandle());
            p.descendants().forEach(tree::add);
            long rss = 0;
            double treeCpu = 0;
            for (ProcessHandle h : tree) {
                rss += peakRss(Path.of("/proc", Long.toString(h.pid()), "status"));
                treeCpu += cpuSeconds(h);
            }
            peak = Math.max(peak, rss);
            cpu = Math.max(cpu, treeCpu);
            Thread.sleep(100);
        }
        int exit = p.waitFor();
        return new Measured(exit, (System.nanoTime() - t0) / 1e9, peak, cpu);
    }

    /**
     * A process's CPU seconds (user + system) with those of the children it has waited for (a child JVM's, once it
     * ended), from {@code /proc/PID/stat}; else what the JDK reports of the process alone.
     */
    static double cpuSeconds(ProcessHandle h) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14-17 of proc(5): utime, stime, cutime, cstime (clock ticks, 100 per second on Linux)
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return h.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0);
        }
    }

    private static long peakRss(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between two samples
        }
        return 0;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(p)) {
            Path target = p.toRealPath();
            Files.delete(p);
            deleteTree(target);
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
