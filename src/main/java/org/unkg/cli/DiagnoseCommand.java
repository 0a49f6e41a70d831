package org.unkg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.unkg.diagnose.DiagnosisFormat;
import org.unkg.diagnose.DiagnosisReport;
import org.unkg.diagnose.LetterDiagnosis;
import org.unkg.extract.Extractors;
import org.unkg.ingest.LetterSource;
import org.unkg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unkg diagnose}: what could not be read in each letter of a directory, without building a database. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"List, per letter of DIR (text, PDF or Word, as build reads them), what could not be read: no date, no symbol, no sender, recipient or signatory,",
                "an unknown layout, and what the extractors report (an office named in an event but not resolved, a task",
                "list with no owner, ...). Extraction runs in memory; nothing is written but the report.",
                "Exit status: 0 the report was written, 2 user error."})
final class DiagnoseCommand implements Callable<Integer> {
    @Option(names = "--letters", paramLabel = "DIR", description = "Directory of letter files (required unless --codes).")
    Path letters;

    @Option(names = "--codes", description = "Print the gap codes the report uses, with what each means, and exit.")
    boolean codes;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (to scan), csv (one row per gap) or json (one object per letter). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", defaultValue = "-", paramLabel = "FILE", description = "Output file ('-' for standard output, the default).")
    String out;

    @Option(names = "--recursive", description = "Also read the letters in DIR's sub-folders (hidden ones skipped).")
    boolean recursive;

    @Option(names = "--all", description = "Also list the letters where nothing is missing.")
    boolean all;

    @Option(names = "--threads", paramLabel = "N", description = "Letters read at once (default: the number of processors).")
    Integer threads;

    @Mixin
    ProjectPaths paths;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (codes) {
            java.io.PrintWriter w = spec.commandLine().getOut();
            for (java.util.List<String[]> list : java.util.List.of(org.unkg.diagnose.Diagnoser.CHECKS, org.unkg.diagnose.Diagnoser.INFERRED,
                    org.unkg.diagnose.Diagnoser.EXTRACTED)) {
                for (String[] c : list) {
                    w.printf("%-30s %s%n", c[0], c[1]);
                }
            }
            w.println("extractor-failed               an extractor threw on the letter (the detail names it); the others still ran");
            w.println("(other codes)                  recorded by the extractors of events, mandates, ... (see the README)");
            w.flush();
            return 0;
        }
        if (letters == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--letters=DIR'");
        }
        DiagnosisFormat form;
        try {
            form = DiagnosisFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format " + format + " (table, csv or json)");
        }
        if (!Files.isDirectory(letters)) {
            throw new StoreException("letters directory not found: " + letters);
        }
        DiagnosisReport report = new DiagnosisReport(Extractors.pipeline(paths.context()));
        List<LetterSource> files = report.letters(letters, recursive);
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        List<LetterDiagnosis> result = report.diagnose(files, n);
        if (out.equals("-")) {
            form.write(result, all, System.out);
        } else {
            Path file = Path.of(out);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                form.write(result, all, os);
            }
        }
        return 0;
    }
}
