package org.unkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.unkg.store.StoreException;
import org.unkg.validate.TargetedValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unkg validate}: checks the built graph against the SHACL shapes, letter graph by letter graph in
 * parallel with the shared graphs, and the resources several graphs describe against their union
 * ({@link TargetedValidator}): the verdict of validating the union of all graphs, in a fraction of its time.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate the database against ontology/shapes.ttl: each letter graph with the shared graphs",
                "(catalog, ontology, summaries), in parallel, and the resources several graphs describe on their union;",
                "the verdict is that of validating the union of all graphs.",
                "Exit status: 0 when it conforms, 1 when it does not (the report lists each violation)."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    BuiltDatabase database;

    @Option(names = "--threads", paramLabel = "N", description = "Letter graphs validated at once (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ProjectPaths paths;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ValidateCommand.class);

    @Override
    public Integer call() throws java.io.IOException {
        Path shapesFile = paths.ontology().resolve("shapes.ttl");
        if (!Files.isRegularFile(shapesFile)) {
            throw new StoreException("shapes not found: " + shapesFile + " (run from the repository root or pass --ontology)");
        }
        org.apache.jena.rdf.model.Model shapesModel = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.unkg.catalog.Catalog.readTurtle(shapesModel, shapesFile);
        Graph shapes = shapesModel.getGraph();
        Dataset ds = database.open();
        try {
            long t0 = System.nanoTime();
            TargetedValidator.Result result = new TargetedValidator(shapes, threads)
                    .validate(ds, done -> LOG.info("{} letter graphs validated", done));
            LOG.info("validated {} letter graphs, the shared graphs and {} resources several graphs describe in {} ms",
                    result.letterGraphs(), result.sharedResources(), (System.nanoTime() - t0) / 1_000_000);
            if (result.conforms()) {
                System.out.println("conforms: the graph satisfies " + shapesFile);
                return 0;
            }
            ValidationReport report = result.report();
            ShLib.printReport(System.out, report);
            System.out.println(report.getEntries().size() + " violations");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("validation interrupted");
        } finally {
            ds.close();
        }
    }
}
