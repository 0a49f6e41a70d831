package org.unkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.unkg.graph.Vocab;

/**
 * Read access to the served graph for the HTML pages: parameterised SPARQL over the union of all
 * graphs, results materialised so they can be used after the read transaction. Callers hold the read
 * transaction.
 */
final class GraphReader {
    private final Dataset ds;

    GraphReader(Dataset ds) {
        this.ds = ds;
    }

    Dataset dataset() {
        return ds;
    }

    /** The union of all named graphs as a model. */
    Model union() {
        return ds.getUnionModel();
    }

    /** Runs a SELECT with the unkg prefixes and {@code ?var} bindings; all rows, their values resolved. */
    List<QuerySolution> select(String query, Map<String, ? extends RDFNode> bindings) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString();
        pss.setNsPrefixes(Vocab.prefixes());
        pss.setNsPrefix("text", "http://jena.apache.org/text#");
        pss.append(query);
        bindings.forEach(pss::setParam);
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(pss.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                // resolved now: a TDB2 row reads its values lazily, and callers may read them after the transaction
                org.apache.jena.query.QuerySolutionMap row = new org.apache.jena.query.QuerySolutionMap();
                row.addAll(rs.next());
                rows.add(row);
            }
        }
        return rows;
    }
}
