package org.unkg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.update.UpdateExecution;
import org.unkg.graph.Vocab;

/**
 * The summary graph: figures that pages and queries would otherwise aggregate over every letter, computed
 * once when the letters have landed. For each resource the letters mention (bodies, states, persons,
 * places): in how many letters ({@code unkg:letterCount}), the dates of the first and the last of them
 * ({@code unkg:firstLetterDate}, {@code unkg:lastLetterDate}), and for each resource events concern, how
 * many events ({@code unkg:eventCount}). Recomputed whole by {@link #write}, so a build that changes letters
 * calls it again before it commits.
 */
public final class Summaries {
    /** The named graph holding the summaries. */
    public static final String GRAPH = Vocab.GRAPH + "summary";

    private static final String PREFIXES = """
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private static final String MENTIONS = PREFIXES + """
            CONSTRUCT { ?x unkg:letterCount ?n ; unkg:firstLetterDate ?first ; unkg:lastLetterDate ?last }
            WHERE {
              { SELECT ?x (COUNT(DISTINCT ?l) AS ?n) (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {
                  ?l unkg:mentions ?x .
                  OPTIONAL { ?l dcterms:date ?d }
                } GROUP BY ?x }
            }""";

    private static final String EVENTS = PREFIXES + """
            CONSTRUCT { ?x unkg:eventCount ?n }
            WHERE {
              { SELECT ?x (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e unkg:concerns ?x } GROUP BY ?x }
            }""";

    private Summaries() {}

    /**
     * Replaces the summary graph of {@code ds} by one computed from its letters; the caller holds a write
     * transaction and the dataset's default graph is the union of its named graphs ({@link Tdb}).
     */
    public static void write(Dataset ds) {
        UpdateExecution.dataset(ds).update("DROP SILENT GRAPH <" + GRAPH + ">").execute();
        Model summary = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        for (String q : new String[] {MENTIONS, EVENTS}) {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                summary.add(qe.execConstruct());
            }
        }
        ds.addNamedModel(GRAPH, summary);
    }
}
