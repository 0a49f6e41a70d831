package org.unkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.unkg.export.SparqlJsonWriter;
import org.unkg.export.SpreadsheetSafeCsv;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unkg query}: runs a SPARQL query file over the built graph. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (e.g. one of queries/*.rq) over the union of all graphs.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    BuiltDatabase database;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FMT",
            description = "Result format for SELECT: text, csv, tsv, json (default: ${DEFAULT-VALUE}). CONSTRUCT/DESCRIBE give Turtle.")
    String format;

    @Parameters(paramLabel = "FILE.rq", description = "The query file.")
    Path file;

    @Option(names = "--bind", paramLabel = "VAR=VALUE",
            description = "Bind a query variable to a string before running (repeatable), e.g. --bind key=UNTOP.")
    java.util.Map<String, String> bindings = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Query query = QueryFactory.create(Files.readString(file));
        Dataset ds = database.open();
        try {
            Txn.executeRead(ds, () -> {
                var builder = QueryExecution.dataset(ds).query(query);
                bindings.forEach((var, value) -> builder.substitution(var, org.apache.jena.rdf.model.ResourceFactory.createPlainLiteral(value)));
                try (QueryExecution qe = builder.build()) {
                    if (query.isSelectType()) {
                        switch (format) {
                            case "csv" -> {
                                SpreadsheetSafeCsv.install();
                                ResultSetFormatter.outputAsCSV(System.out, qe.execSelect());
                            }
                            case "tsv" -> ResultSetFormatter.outputAsTSV(System.out, qe.execSelect());
                            case "json" -> {
                                SparqlJsonWriter.install();
                                ResultSetFormatter.outputAsJSON(System.out, qe.execSelect());
                            }
                            default -> ResultSetFormatter.out(System.out, qe.execSelect(), query);
                        }
                    } else if (query.isAskType()) {
                        System.out.println(qe.execAsk());
                    } else {
                        RDFDataMgr.write(System.out, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
                    }
                }
            });
        } finally {
            ds.close();
        }
        return 0;
    }
}
