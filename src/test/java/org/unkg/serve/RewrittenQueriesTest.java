package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.unkg.extract.Pipelines;
import org.unkg.store.BuildRunner;
import org.unkg.store.Tdb;

/**
 * Queries of {@code queries/} rewritten for speed (some to read summaries build writes) give the rows their earlier, plainer formulation gave (kept in
 * {@code src/test/resources/org/unkg/queries/before-rewrite}), on a real TDB2 database built from the project's
 * and the genre letters and three versions of one document that differ, with the UNBIS thesaurus, unbound and with a parameter bound as {@code query --bind} binds it.
 */
class RewrittenQueriesTest {
    @TempDir
    static Path dir;
    static Dataset ds;

    @BeforeAll
    static void build() throws IOException {
        Model ontology = RDFDataMgr.loadModel(Path.of("ontology", "unkg.ttl").toUri().toString());
        Path db = dir.resolve("db");
        // the project's letters, the genre letters and three versions of one document that differ
        Path letters = Files.createDirectories(dir.resolve("letters"));
        for (Path from : List.of(Path.of("data", "letters"), Path.of("src", "test", "resources", "genre", "letters"),
                Path.of("src", "test", "resources", "org", "unkg", "queries", "versions"))) {
            try (var files = Files.list(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, letters.resolve(f.getFileName()));
                }
            }
        }
        new BuildRunner(Pipelines.withThesaurus(), ontology, "test").build(letters, db);
        ds = Tdb.open(db);
    }

    @AfterAll
    static void close() {
        if (ds != null) {
            ds.close();
        }
    }

    @ParameterizedTest(name = "{0} --bind {1}={2}")
    @CsvSource({
            "lifecycle.rq, key, UNTOP",
            "lifecycle.rq, , ",
            "letters-by-subject.rq, , ",
            "letters-by-subject.rq, subject, international relations",
            "letters-by-subject.rq, subject, Asia",
            "letters.rq, , ",
            "parallel-differences.rq, , ",
    })
    void aRewrittenQueryGivesTheRowsOfItsEarlierFormulation(String name, String var, String value) throws IOException {
        String before = new String(resource("before-rewrite/" + name), StandardCharsets.UTF_8);
        String now = Files.readString(ServedGraph.projectDir().resolve("queries").resolve(name));

        List<String> expected = rows(before, var, value);
        List<String> actual = rows(now, var, value);

        assertThat(expected).as("the earlier formulation finds rows here (else the comparison proves nothing)").isNotEmpty();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * The queries that read one page of a body's events or mandates (summaries build writes) give, for a body with
     * fewer than a page of them, the rows of the query that read them all; the earlier texts name UNRCCA, run here for
     * a body of the project's letters.
     */
    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource({
            "events-of-body.rq, events-of-body.rq, UNTOP",
            "mandates-of-body.rq, mandates-of-body.rq, UNTOP",
            "lifecycle-unpaged.rq, lifecycle.rq, UNTOP",
    })
    void aPagedQueryGivesTheRowsOfTheUnpagedOneForABodyWithOnePage(String earlier, String name, String body)
            throws IOException {
        String before = new String(resource("before-rewrite/" + earlier), StandardCharsets.UTF_8).replace("org/UNRCCA", "org/" + body);
        String now = Files.readString(ServedGraph.projectDir().resolve("queries").resolve(name)).replace("org/UNRCCA", "org/" + body);
        String var = name.equals("lifecycle.rq") ? "key" : null;

        List<String> expected = rows(before, var, body);
        List<String> actual = rows(now, var, body);

        assertThat(expected).as("the earlier formulation finds rows here (else the comparison proves nothing)").isNotEmpty();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * The subject counts build writes (what a body's or state's page lists as the subjects most indexed on its letters)
     * are the counts of the aggregate over every letter that mentions it, for every mentioned resource.
     */
    @org.junit.jupiter.api.Test
    void theSummarySubjectCountsAreThoseOfTheAggregateOverTheLetters() {
        String prefix = "PREFIX unkg: <https://w3id.org/unkg/ontology#>\n";
        List<String> expected = rows(prefix + """
                SELECT ?e ?c (COUNT(DISTINCT ?letter) AS ?n) WHERE {
                  ?letter unkg:mentions ?e ; unkg:indexedBy ?i . ?i unkg:concept ?c ; unkg:rank ?rank FILTER(?rank <= 5)
                } GROUP BY ?e ?c""", null, null);
        List<String> actual = rows(prefix + """
                SELECT ?e ?c ?n WHERE { ?r unkg:subjectCountOf ?e ; unkg:subjectConcept ?c ; unkg:subjectLetterCount ?n }""",
                null, null);
        assertThat(expected).as("the letters are indexed here (else the comparison proves nothing)").isNotEmpty();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = RewrittenQueriesTest.class.getResourceAsStream("/org/unkg/queries/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    /**
     * The columns that list names separated by spaces ({@code GROUP_CONCAT}, whose order SPARQL leaves to the engine;
     * the summaries store them sorted): compared as sorted lists.
     */
    private static final java.util.Set<String> LISTS = java.util.Set.of("in", "which");

    private static String sorted(String list) {
        String[] names = list.split(" ");
        java.util.Arrays.sort(names);
        return String.join(" ", names);
    }

    /** Each row as text (variable=value pairs in projection order; the names of a list column sorted). */
    private static List<String> rows(String query, String var, String value) {
        return Txn.calculateRead(ds, () -> {
            org.apache.jena.query.QueryExecutionDatasetBuilder b = QueryExecution.dataset(ds).query(query);
            if (var != null) {
                b.substitution(var, ResourceFactory.createPlainLiteral(value));
            }
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = b.build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    StringBuilder sb = new StringBuilder();
                    for (String v : vars) {
                        String text = row.contains(v) ? row.get(v).toString() : "";
                        sb.append(v).append('=').append(LISTS.contains(v) ? sorted(text) : text).append(' ');
                    }
                    out.add(sb.toString());
                }
            }
            return out;
        });
    }
}
