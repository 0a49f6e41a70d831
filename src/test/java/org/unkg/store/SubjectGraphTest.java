package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.extract.Pipelines;
import org.unkg.graph.SpanTarget;
import org.unkg.graph.Vocab;

/**
 * A build with the UNBIS Thesaurus: the thesaurus in a graph of its own, %%% terms as concept links with their
 * evidence, unmatched terms kept and reported, every letter indexed, and the whole graph valid against the shapes.
 */
class SubjectGraphTest {
    @TempDir
    static Path tmp;
    private static Dataset ds;
    private static List<String> notes;

    @BeforeAll
    static void build() throws IOException {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        Files.copy(Path.of("data", "letters", "002_2b36bd816cc3531a.txt"), letters.resolve("002_2b36bd816cc3531a.txt"));
        Files.writeString(letters.resolve("odd.txt"), "%%%PIRACY|SEA ROBBERS OF OLD|\n\nLetter dated 3 March 2009 from the "
                + "Permanent Representative of Kenya to the United Nations addressed to the President of the Security Council\n\n"
                + "Acts of piracy off the coast of Somalia have increased.\n", StandardCharsets.UTF_8);
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, Path.of("ontology", "unkg.ttl").toUri().toString());
        BuildRunner runner = new BuildRunner(Pipelines.withThesaurus(), ontology, "test");
        notes = runner.build(letters, tmp.resolve("db")).warnings();
        ds = Tdb.open(tmp.resolve("db"));
    }

    private static List<QuerySolution> select(String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(prefixes() + query, ds)) {
                // copied inside the transaction: TDB2 resolves a row's nodes only while it is open
                List<QuerySolution> rows = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(row -> {
                    org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    private static String prefixes() {
        StringBuilder s = new StringBuilder();
        Vocab.prefixes().getNsPrefixMap().forEach((p, ns) -> s.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return s.toString();
    }

    @Test
    void theThesaurusIsAGraphOfItsOwn() {
        List<QuerySolution> rows = select("SELECT (COUNT(?c) AS ?n) WHERE { GRAPH <" + Vocab.THESAURUS_GRAPH + "> { ?c a skos:Concept } }");
        assertThat(rows.get(0).getLiteral("n").getInt()).isEqualTo(7312);
    }

    @Test
    void aTermOfTheLineLinksTheLetterToItsConceptWithTheTermAsEvidence() {
        // the concept is the letter's dcterms:subject (so its annotation classifies), the annotation's target the span
        List<QuerySolution> rows = select("""
                SELECT ?term ?exact WHERE {
                  ?letter unkg:sourceFile "002_2b36bd816cc3531a.txt" ; dcterms:subject unbis:1004776 ; unkg:subjectTerm ?term .
                  GRAPH ?g { ?letter unkg:text ?text . ?a oa:hasBody unbis:1004776 ; oa:hasTarget ?t . }
                  FILTER(STRSTARTS(STR(?t), CONCAT(STR(?letter), "#char=")))
                  FILTER(?term = "PEACEBUILDING")
                  """ + SpanTarget.bindOffsets("t") + """
                  BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?exact)
                }""");
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(r -> r.getLiteral("exact").getString()).contains("PEACEBUILDING");
    }

    @Test
    void aTermTheThesaurusLacksIsKeptAsWrittenAndReported() {
        assertThat(select("SELECT ?l WHERE { ?l unkg:sourceFile \"odd.txt\" ; unkg:subjectTerm \"SEA ROBBERS OF OLD\" }")).hasSize(1);
        assertThat(select("SELECT ?c WHERE { ?l unkg:sourceFile \"odd.txt\" ; dcterms:subject ?c }"))
                .extracting(r -> r.getResource("c").getURI()).containsExactly(Vocab.UNBIS + "1004917");
        assertThat(notes).containsExactly("odd.txt: subject term 'SEA ROBBERS OF OLD' is not in the UNBIS Thesaurus (kept as written)");
    }

    @Test
    void everyLetterIsIndexedWithScoredRankedConceptsDistinctFromItsLine() {
        List<QuerySolution> rows = select("""
                SELECT ?file ?c ?score ?rank WHERE {
                  ?l unkg:sourceFile ?file ; unkg:indexedBy ?i . ?i unkg:concept ?c ; unkg:score ?score ; unkg:rank ?rank .
                } ORDER BY ?file ?rank""");
        assertThat(rows).extracting(r -> r.getLiteral("file").getString()).contains("002_2b36bd816cc3531a.txt", "odd.txt");
        assertThat(rows).filteredOn(r -> r.getLiteral("file").getString().equals("002_2b36bd816cc3531a.txt"))
                .extracting(r -> r.getResource("c").getURI()).contains(Vocab.UNBIS + "1006359");
        assertThat(rows.get(0).getLiteral("rank").getInt()).isEqualTo(1);
        assertThat(rows.get(0).getLiteral("score").getDouble()).isEqualTo(1.0);
    }

    @Test
    void theGraphWithTheThesaurusConformsToTheShapes() {
        org.apache.jena.graph.Graph shapes = RDFDataMgr.loadGraph(Path.of("ontology", "shapes.ttl").toUri().toString());
        ValidationReport report = Txn.calculateRead(ds, () -> ShaclValidator.get().validate(shapes, ds.asDatasetGraph().getUnionGraph()));
        assertThat(report.conforms()).as(() -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.apache.jena.shacl.lib.ShLib.printReport(new java.io.PrintStream(out), report);
            return out.toString();
        }).isTrue();
    }
}
