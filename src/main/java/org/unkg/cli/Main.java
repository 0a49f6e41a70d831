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
    /** The arguments {@link #main} was given (a command that re-launches itself passes them on). */
    private static volatile String[] arguments = new String[0];

    public static void main(String[] args) {
        ownJvm = true;
        arguments = args.clone();
        System.exit(commandLine().execute(args));
    }

    /** Whether this JVM was started for one command ({@link #main}), not by a host running commands in it (tests). */
    static boolean ownJvm() {
        return ownJvm;
    }

    /** The arguments of this JVM's command line ({@link #main}); empty in a host JVM. */
    static java.util.List<String> arguments() {
        return java.util.List.of(arguments);
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new UserErrors());
        return cl;
    }
}
