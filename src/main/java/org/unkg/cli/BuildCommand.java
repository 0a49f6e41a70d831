package org.unkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.catalog.Catalog;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.store.BuildReport;
import org.unkg.store.BuildRunner;
import org.unkg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unkg build}: extracts every letter of a directory into a new TDB2 database. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extract every letter in DIR into a TDB2 database (one named graph per letter, plus the catalog and ontology).",
                "Letters may be text (.txt or any other name), PDF (.pdf, with a text layer) or Word (.docx, .doc).",
                "The previous database is replaced only when the build succeeds.",
                "Exit status: 0 all letters landed, 3 some letters could not be read (reported), 2 user error."})
final class BuildCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BuildCommand.class);

    @Option(names = "--letters", required = true, paramLabel = "DIR", description = "Directory of letters: text, PDF or Word files.")
    Path letters;

    @Option(names = "--recursive", description = "Also read the letters in DIR's sub-folders (hidden ones skipped).")
    boolean recursive;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database directory to (re)build.")
    Path db;

    @Mixin
    ProjectPaths paths;

    @Override
    public Integer call() throws Exception {
        ExtractionContext context = paths.context();
        Path onto = paths.ontology().resolve("unkg.ttl");
        if (!Files.isRegularFile(onto)) {
            throw new StoreException("ontology not found: " + onto + " (run from the repository root or pass --ontology)");
        }
        Model ontology = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        Catalog.readTurtle(ontology, onto);
        BuildRunner runner = new BuildRunner(context, ontology, Version.get());
        BuildReport report = runner.build(letters, db, recursive);
        for (String error : report.errors()) {
            System.err.println("error: " + error);
        }
        for (String note : runner.notes()) {
            System.err.println("warning: " + note);
        }
        System.out.println("built " + db + ": " + report.summary());
        LOG.debug("build done");
        return report.errors().isEmpty() ? 0 : 3;
    }
}
