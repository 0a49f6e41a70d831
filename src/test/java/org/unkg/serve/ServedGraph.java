package org.unkg.serve;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.Mandate;
import org.unkg.model.Task;
import org.unkg.store.BuildRunner;
import org.unkg.store.Tdb;

/**
 * A real TDB2 store built by {@link BuildRunner} from the letters in {@code data/letters} with the real
 * catalog and ontology, plus a small graph of facts the tests write themselves (an event, a mandate
 * with tasks and their evidence for a body of the catalog, and a resource whose label is markup), so
 * the pages' machinery is tested whatever the extractors produce today.
 */
final class ServedGraph {
    static final String FIXTURE_GRAPH = "https://w3id.org/unkg/graph/test-fixture";
    static final String HOSTILE_LABEL = "<script>alert('x')</script> Office";
    static final String FIXTURE_BODY = "https://w3id.org/unkg/id/org/UNTOP";

    private ServedGraph() {}

    static Path projectDir() {
        return Path.of(".");
    }

    /** The first letter file's stem (letters are named by stem). */
    static String firstLetterStem() throws IOException {
        Path first = BuildRunner.letterFiles(projectDir().resolve("data/letters")).get(0);
        String name = first.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    /** Builds the store in {@code dir}/db and adds the fixture facts; returns the database directory. */
    static Path build(Path dir) throws IOException {
        Path project = projectDir();
        Model ontology = RDFDataMgr.loadModel(project.resolve("ontology/unkg.ttl").toUri().toString());
        Path db = dir.resolve("db");
        new BuildRunner(Pipelines.project(), ontology, "test").build(project.resolve("data/letters"), db);
        String letter = "https://w3id.org/unkg/id/letter/" + firstLetterStem();
        String letterGraph = org.unkg.graph.Ids.letterGraph(firstLetterStem());
        Dataset ds = Tdb.open(db);
        try {
            Txn.executeWrite(ds, () -> {
                String text = ds.getUnionModel().getProperty(ds.getUnionModel().createResource(letter),
                        ds.getUnionModel().createProperty("https://w3id.org/unkg/ontology#text")).getString();
                int start = Math.min(10, text.length() - 1);
                int end = Math.min(start + 8, text.length());
                String ttl = """
                        @prefix unkg: <https://w3id.org/unkg/ontology#> .
                        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                        @prefix oa:   <http://www.w3.org/ns/oa#> .
                        @prefix prov: <http://www.w3.org/ns/prov#> .
                        @prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                        @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
                        @prefix id:   <https://w3id.org/unkg/id/> .
                        id:event\\/Closure\\/UNTOP\\/2099-06-30 a unkg:Closure ; unkg:eventType "closure" ;
                            unkg:concerns <BODY> ; unkg:date "2099-06-30"^^xsd:date ; prov:wasDerivedFrom <LETTER> .
                        id:event\\/Establishment\\/UNTOP\\/2098-01 a unkg:Establishment ; unkg:eventType "establishment" ;
                            unkg:concerns <BODY> ; unkg:date "2098-01"^^xsd:gYearMonth ; prov:wasDerivedFrom <LETTER> .
                        id:mandate\\/UNTOP\\/fixture unkg:of <BODY> ; unkg:taskCount 2 ; prov:wasDerivedFrom <LETTER> ;
                            unkg:task id:mandate\\/UNTOP\\/fixture\\/task\\/1 , id:mandate\\/UNTOP\\/fixture\\/task\\/2 .
                        id:mandate\\/UNTOP\\/fixture\\/task\\/1 a unkg:Task ; unkg:order 1 ; rdf:value "Liaise with the Governments of the region"@en .
                        id:mandate\\/UNTOP\\/fixture\\/task\\/2 a unkg:Task ; unkg:order 2 ; rdf:value "Monitor <b>and</b> analyse developments"@en .
                        id:org\\/XSS-TEST a unkg:SubsidiaryBody ; skos:notation "XSS-TEST" ;
                            skos:prefLabel "HOSTILE"@en , "مكتب <script>اختبار</script>"@ar .
                        """.replace("BODY", FIXTURE_BODY).replace("LETTER", letter)
                        .replace("START", Integer.toString(start)).replace("END", Integer.toString(end))
                        .replace("QUOTE", text.substring(start, end).replace("\\", "\\\\").replace("\"", "\\\""))
                        .replace("HOSTILE", HOSTILE_LABEL);
                Model m = ModelFactory.createDefaultModel();
                RDFDataMgr.read(m, new StringReader(ttl), null, org.apache.jena.riot.Lang.TURTLE);
                ds.addNamedModel(FIXTURE_GRAPH, m);
                // the evidence of the closure, where a build writes evidence: in the letter's own graph, the annotation
                // targeting the span as the letter's IRI with #char=START,END
                Model evidence = ModelFactory.createDefaultModel();
                evidence.createResource("https://w3id.org/unkg/id/annotation/fixture/" + start + "-" + end)
                        .addProperty(org.unkg.graph.Vocab.oaHasBody, evidence.createResource("https://w3id.org/unkg/id/event/Closure/UNTOP/2099-06-30"))
                        .addProperty(org.unkg.graph.Vocab.oaHasTarget, evidence.createResource(org.unkg.graph.SpanTarget.iri(letter, start, end)));
                ds.getNamedModel(letterGraph).add(evidence);
            });
        } finally {
            ds.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
        if (!Files.isDirectory(db)) {
            throw new IllegalStateException("no database built");
        }
        return db;
    }
}
