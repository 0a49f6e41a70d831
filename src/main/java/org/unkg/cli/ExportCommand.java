package org.unkg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.unkg.export.FactsExporter;
import org.unkg.store.Tdb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code unkg export}: exports from the built graph. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export from the built graph.",
        subcommands = {ExportCommand.Facts.class, ExportTimelineCommand.class})
final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code unkg export facts}: one JSON object per letter in the gold facts schema. */
    @Command(name = "facts", mixinStandardHelpOptions = true,
            description = "Write one JSON object per letter (the gold facts schema), from the SPARQL queries in queries/facts/.")
    static final class Facts implements Callable<Integer> {
        @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database built by 'unkg build'.")
        Path db;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output JSON file ('-' for standard output).")
        String out;

        @Override
        public Integer call() throws Exception {
            Dataset ds = Tdb.open(db);
            try {
                if (out.equals("-")) {
                    new FactsExporter().write(ds, System.out);
                } else {
                    Path file = Path.of(out);
                    if (file.toAbsolutePath().getParent() != null) {
                        Files.createDirectories(file.toAbsolutePath().getParent());
                    }
                    try (OutputStream os = Files.newOutputStream(file)) {
                        new FactsExporter().write(ds, os);
                    }
                }
            } finally {
                ds.close();
            }
            return 0;
        }
    }
}
