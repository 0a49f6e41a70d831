package org.unkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The targeted validation gives the verdict of validating the union of all graphs, on a real TDB2 database. */
class TargetedValidatorTest {
    private static final String PREFIXES = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix body: <https://w3id.org/unkg/id/org/> .
            @prefix event: <https://w3id.org/unkg/id/event/> .
            @prefix letter: <https://w3id.org/unkg/id/letter/> .
            """;

    @TempDir
    Path dir;

    private static Model turtle(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + ttl), null, "TTL");
        return m;
    }

    private static Set<String> violations(ValidationReport report) {
        return report.getEntries().stream().map(TargetedValidatorTest::key).collect(Collectors.toSet());
    }

    private static String key(ReportEntry e) {
        return e.focusNode() + " " + e.resultPath() + " " + e.sourceConstraintComponent();
    }

    private Dataset database() {
        Dataset ds = TDB2Factory.connectDataset(dir.resolve("db").toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel("https://w3id.org/unkg/graph/catalog", turtle("""
                    body:UNX skos:notation "UNX" ; skos:prefLabel "X office"@en .
                    body:UNY skos:notation "UNY" .
                    """));
            ds.addNamedModel("https://w3id.org/unkg/graph/ontology", turtle(""));
            // letter a: an event with one type; a body's label in a second English form (the union breaks uniqueLang)
            ds.addNamedModel("https://w3id.org/unkg/graph/letter/a", turtle("""
                    event:e1 a unkg:Event ; unkg:eventType "establishment" ; unkg:concerns body:UNX ;
                        unkg:date "2001-01-01"^^<http://www.w3.org/2001/XMLSchema#date> ; prov:wasDerivedFrom letter:a .
                    body:UNX skos:prefLabel "Office X"@en .
                    """));
            // letter b: the same event with another type (only the union breaks maxCount 1), an event of its own
            // without a date nor a letter without one to be undated in (the letter alone breaks the event's sh:or)
            ds.addNamedModel("https://w3id.org/unkg/graph/letter/b", turtle("""
                    event:e1 a unkg:Event ; unkg:eventType "closure" .
                    event:e2 a unkg:Event ; unkg:eventType "closure" ; unkg:concerns body:UNY .
                    """));
        });
        return ds;
    }

    private Graph shapes() {
        return RDFDataMgr.loadGraph("ontology/shapes.ttl");
    }

    @Test
    void findsExactlyTheViolationsOfTheUnionOfAllGraphs() throws InterruptedException {
        Dataset ds = database();
        try {
            ValidationReport union = Txn.calculateRead(ds, () ->
                    ShaclValidator.get().validate(shapes(), ds.asDatasetGraph().getUnionGraph()));
            TargetedValidator.Result targeted = new TargetedValidator(shapes(), 2).validate(ds, n -> {});

            assertThat(union.conforms()).isFalse();
            assertThat(violations(targeted.report())).isEqualTo(violations(union));
            assertThat(targeted.letterGraphs()).isEqualTo(2);
        } finally {
            ds.close();
        }
    }

    @Test
    void judgesAResourceSeveralGraphsDescribeOnTheirUnion() throws InterruptedException {
        Dataset ds = database();
        try {
            TargetedValidator.Result targeted = new TargetedValidator(shapes(), 1).validate(ds, n -> {});

            assertThat(violations(targeted.report())).anyMatch(v -> v.startsWith("https://w3id.org/unkg/id/event/e1 ")
                    && v.contains("eventType") && v.contains("MaxCount"));
            // no date, and no letter without a date to be the undated event of
            assertThat(violations(targeted.report())).anyMatch(v -> v.startsWith("https://w3id.org/unkg/id/event/e2 ")
                    && v.contains("OrConstraintComponent"));
            assertThat(violations(targeted.report())).anyMatch(v -> v.startsWith("https://w3id.org/unkg/id/org/UNX ")
                    && v.contains("UniqueLang"));
        } finally {
            ds.close();
        }
    }
}
