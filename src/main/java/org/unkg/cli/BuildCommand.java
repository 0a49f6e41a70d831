package org.unkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.catalog.Catalog;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.store.BuildReport;
import org.unkg.store.BuildRunner;
import org.unkg.store.DatabaseHolder;
import org.unkg.store.BulkLoader;
import org.unkg.store.LetterLimits;
import org.unkg.store.StoreException;
import org.unkg.store.UpdateReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unkg build}: extracts every letter of a directory into a new TDB2 database. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extract every letter in DIR into a TDB2 database (one named graph per letter, plus the catalog and ontology).",
                "Letters may be text (.txt or any other name), PDF (.pdf, with a text layer) or Word (.docx, .doc).",
                "The previous database is replaced only when the build succeeds, in one atomic switch (DIR is a link to the",
                "newest complete generation DIR.gen-*); a database being served is not replaced (stop the server first).",
                "Exit status: 0 all letters landed, 3 some letters could not be read (reported), 2 user error."})
final class BuildCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BuildCommand.class);

    /** What the command works from: a letters folder, or (with {@code --summaries}) only the database. */
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** {@code --letters DIR [--recursive]} or {@code --summaries}: one of the two, never both. */
    static final class Source {
        @ArgGroup(exclusive = false, multiplicity = "1")
        Letters folder;

        @Option(names = "--summaries", required = true,
                description = {"Only recompute the summary graph of the existing database (--db), in one transaction, as a",
                        "build writes it (for a database built before a version that adds summaries); takes no --letters."})
        boolean summaries;
    }

    /** The letters of a build or an update. */
    static final class Letters {
        @Option(names = "--letters", required = true, paramLabel = "DIR", description = "Directory of letters: text, PDF or Word files.")
        Path letters;

        @Option(names = "--recursive", description = "Also read the letters in DIR's sub-folders (hidden ones skipped).")
        boolean recursive;
    }

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database directory to (re)build.")
    Path db;

    @Mixin
    LetterLimitOptions limits;

    @Option(names = "--loader", defaultValue = "sorted", paramLabel = "NAME",
            description = {"Bulk loader: sorted (default, unkg's: node ids while the letters stream, then each index packed",
                    "bottom-up from sorted runs of tuples, as tdb2.xloader does; least memory and loading CPU), or one of",
                    "TDB2's: phased (the primary indexes while the letters stream, the others after), parallel (every index",
                    "at once), light or sequential (least memory, slowest)."})
    String loader;

    @Option(names = "--update", description = {"Update the database in place, in one transaction: add new letters, replace those whose",
            "file changed, remove those whose file is gone (a full build when there is no database yet)."})
    boolean update;

    @Option(names = "--if-changed", description = "Do nothing when the database already holds a complete build of exactly these letters by this version.")
    boolean ifChanged;

    @Option(names = "--build-heap", paramLabel = "SIZE",
            description = {"Maximum heap of the JVM a full build runs in (as -Xmx: 1g, 1536m; default: the -Xmx the command",
                    "was started with, else an eighth of the machine's memory, 512 MB to 1 GB). A full build runs in a JVM of its",
                    "own, started with the parallel collector and the quick compiler only (README, Scale), unless the",
                    "command's JVM already has them or -Dunkg.buildJvm=false."})
    String buildHeap;

    @Mixin
    ProjectPaths paths;

    /** A runner with the production pipeline over the project's (or the jar's) catalog, rules and ontology. */
    static BuildRunner runner(ProjectPaths paths) throws java.io.IOException {
        ExtractionContext context = paths.context();
        Path onto = paths.ontology().resolve("unkg.ttl");
        if (!Files.isRegularFile(onto)) {
            throw new StoreException("ontology not found: " + onto + " (run from the repository root or pass --ontology)");
        }
        Model ontology = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        Catalog.readTurtle(ontology, onto);
        return new BuildRunner(context, ontology, Version.get());
    }

    /** What {@code f} gives, or the exception that stopped it as the work itself would throw it. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> f) throws java.io.IOException {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
            if (cause instanceof java.io.IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * {@code build --update} of a database that exists: the folder is listed and its files' checksums read (no Jena
     * needed) while Jena starts, then the database is opened while the catalog, rules and thesaurus load on a thread of
     * their own. An update in which no letter is new or changed does not wait for them: it has nothing to extract.
     */
    private Integer update(Path letters, boolean recursive, LetterLimits letterLimits) throws Exception {
        java.util.concurrent.CompletableFuture<Void> jenaReady = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<BuildRunner.Prepared> prepared = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                BuildRunner.Listing listing = BuildRunner.listLetters(letters, db, recursive);
                // Jena is initialised first, on one thread alone
                jenaReady.join();
                return BuildRunner.prepareUpdate(listing, db);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, task -> start(task, "unkg-update-prepare"));
        org.apache.jena.sys.JenaSystem.init();
        jenaReady.complete(null);
        java.util.concurrent.CompletableFuture<BuildRunner> runner = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                BuildRunner r = runner(paths).limits(letterLimits).loader(BulkLoader.of(loader));
                logReady();
                return r;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, task -> start(task, "unkg-context"));
        BuildRunner.Prepared p;
        try {
            p = joined(prepared);
        } catch (java.io.IOException | RuntimeException | Error e) {
            runner.cancel(false);
            throw e;
        }
        UpdateReport report;
        if (p.changedLetters() == 0) {
            // in its own JVM the command ends after the update: the database is left to the exit (BuildRunner.update)
            report = BuildRunner.updateWithoutExtraction(db, p, Version.get(), Main.ownJvm());
        } else {
            BuildRunner r;
            try {
                r = joined(runner);
            } catch (java.io.IOException | RuntimeException | Error e) {
                BuildRunner.abandon(p);
                throw e;
            }
            report = r.update(db, p, Main.ownJvm());
        }
        for (String error : report.errors()) {
            System.err.println("error: " + error);
        }
        System.out.println("updated " + db + ": " + report.summary());
        return report.errors().isEmpty() ? 0 : 3;
    }

    /** Runs {@code task} on a daemon thread named {@code name}. */
    private static void start(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    private static void logReady() {
        LOG.info("ready to build {} s after the JVM started (catalog, rules, thesaurus loaded)", String.format("%.1f",
                (System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0));
    }

    @Override
    public Integer call() throws Exception {
        LetterLimits letterLimits = limits.limits();
        if (source.summaries) {
            if (!Files.isDirectory(db)) {
                throw new StoreException("database not found: " + db);
            }
            long t0 = System.currentTimeMillis();
            org.unkg.store.Summaries.rewrite(db);
            // the summary graph's quads changed: stats.opt counts them
            org.unkg.store.OptimizerStatistics.recount(db);
            System.out.printf("summaries of %s recomputed in %.1f s%n", db, (System.currentTimeMillis() - t0) / 1000.0);
            return 0;
        }
        Path letters = source.folder.letters;
        boolean recursive = source.folder.recursive;
        if (update && Files.exists(db) && DatabaseHolder.of(db).isPresent()) {
            return ServedUpdate.request(db, letters, recursive);
        }
        if (buildHeap != null && !BuildJvm.heapSize(buildHeap)) {
            throw new IllegalArgumentException("--build-heap takes a size as -Xmx does (1g, 1536m), not " + buildHeap);
        }
        if (!(update && Files.exists(db))) {
            // a full build: in the JVM a build wants (collector, compilers, heap), which may not be this one
            java.util.OptionalInt child = BuildRelaunch.runInBuildJvm(buildHeap);
            if (child.isPresent()) {
                return child.getAsInt();
            }
            BuildRelaunch.watchParent();
        }
        boolean updating = update && !ifChanged && Files.exists(db);
        if (Main.ownJvm()) {
            // an update is most often a few letters: seconds of work, which C2 would spend as much CPU compiling for;
            // in a full build C2 compiles the large extraction code again and again (see ShortRunCompiler); a full build
            // in its own build JVM (BuildJvm) has no C2 anyway
            ShortRunCompiler.limitInBackground();
        }
        if (updating) {
            return update(letters, recursive, letterLimits);
        }
        org.apache.jena.sys.JenaSystem.init();
        BuildRunner runner = runner(paths).limits(letterLimits).loader(BulkLoader.of(loader));
        logReady();
        if (ifChanged && runner.upToDate(letters, db, recursive)) {
            System.out.println("up to date: " + db + " already holds these letters");
            return 0;
        }
        if (update && java.nio.file.Files.exists(db)) {
            UpdateReport report = runner.update(letters, db, recursive);
            for (String error : report.errors()) {
                System.err.println("error: " + error);
            }
            System.out.println("updated " + db + ": " + report.summary());
            return report.errors().isEmpty() ? 0 : 3;
        }
        BuildReport report = runner.build(letters, db, recursive);
        for (String skipped : report.skipped()) {
            System.err.println("warning: " + skipped);
        }
        for (String error : report.errors()) {
            System.err.println("error: " + error);
        }
        for (String warning : report.warnings()) {
            System.err.println("warning: " + warning);
        }
        System.out.println("built " + db + ": " + report.summary());
        LOG.debug("build done");
        return report.errors().isEmpty() ? 0 : 3;
    }
}
