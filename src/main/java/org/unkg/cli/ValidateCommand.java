package org.unkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.unkg.store.StoreException;
import org.unkg.store.Tdb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unkg validate}: checks the built graph against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate the union of all graphs in the database against ontology/shapes.ttl.",
                "Exit status: 0 when it conforms, 1 when it does not (the report lists each violation)."})
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database built by 'unkg build'.")
    Path db;

    @Mixin
    ProjectPaths paths;

    @Override
    public Integer call() throws java.io.IOException {
        Path shapesFile = paths.ontology().resolve("shapes.ttl");
        if (!Files.isRegularFile(shapesFile)) {
            throw new StoreException("shapes not found: " + shapesFile + " (run from the repository root or pass --ontology)");
        }
        org.apache.jena.rdf.model.Model shapesModel = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.unkg.catalog.Catalog.readTurtle(shapesModel, shapesFile);
        Graph shapes = shapesModel.getGraph();
        Dataset ds = Tdb.open(db);
        try {
            ValidationReport report = Txn.calculateRead(ds, () ->
                    ShaclValidator.get().validate(shapes, ds.asDatasetGraph().getUnionGraph()));
            if (report.conforms()) {
                System.out.println("conforms: the graph satisfies " + shapesFile);
                return 0;
            }
            ShLib.printReport(System.out, report);
            System.out.println(report.getEntries().size() + " violations");
            return 1;
        } finally {
            ds.close();
        }
    }
}
