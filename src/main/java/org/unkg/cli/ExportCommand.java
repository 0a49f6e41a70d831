package org.unkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.unkg.export.FactsExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code unkg export}: exports from the built graph. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export from the built graph.",
        subcommands = {ExportCommand.Facts.class, ExportTimelineCommand.class})
final class ExportCommand extends CommandGroup {
    /** {@code unkg export facts}: one JSON object per letter in the gold facts schema. */
    @Command(name = "facts", mixinStandardHelpOptions = true,
            description = "Write one JSON object per letter (the gold facts schema), from the SPARQL queries in queries/facts/.")
    static final class Facts implements Callable<Integer> {
        @Mixin
        BuiltDatabase database;

        @Mixin
        OutputFile output;

        @Override
        public Integer call() throws Exception {
            Dataset ds = database.open();
            try {
                output.write(os -> new FactsExporter().write(ds, os));
            } finally {
                ds.close();
            }
            return 0;
        }
    }
}
