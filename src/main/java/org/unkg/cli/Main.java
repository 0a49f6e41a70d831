package org.unkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code unkg} command line: build, export, validate and query the graph. */
@Command(name = "unkg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A knowledge graph of UN bodies, missions and mandates, read from UN letters.",
        subcommands = {BuildCommand.class, DiagnoseCommand.class, ExportCommand.class, ValidateCommand.class, QueryCommand.class, ServeCommand.class, BenchmarkCommand.class,
                CatalogCommand.class, CommandLine.HelpCommand.class})
public final class Main extends CommandGroup {
    /** Whether this JVM runs one command line of {@link #main} (JVM-wide settings are then the command's to make). */
    private static volatile boolean ownJvm;

    public static void main(String[] args) {
        ownJvm = true;
        System.exit(commandLine().execute(args));
    }

    /** Whether this JVM was started for one command ({@link #main}), not by a host running commands in it (tests). */
    static boolean ownJvm() {
        return ownJvm;
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new UserErrors());
        return cl;
    }
}
