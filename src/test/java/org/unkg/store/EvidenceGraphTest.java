package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.extract.Pipelines;
import org.unkg.graph.Ids;
import org.unkg.graph.SpanTarget;
import org.unkg.graph.Vocab;
import org.unkg.model.Event;
import org.unkg.model.IndexedSubject;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Span;
import org.unkg.text.LetterText;

/**
 * The shape of the evidence in a real TDB2 store built from the project's letters: every fact leads, through the
 * pattern the README documents (the annotation's target is the letter's IRI with {@code #char=start,end}), to the
 * letter, the offsets and the words the extractors found for it; a span several facts share is one annotation with
 * all of them; nothing else is stored about the span; and the graph conforms to the shapes.
 */
class EvidenceGraphTest {
    /** The documented pattern: from a fact to its letter, offsets and words. */
    private static final String EVIDENCE = """
            SELECT ?a ?t ?letter ?start ?end ?words WHERE {
              ?a oa:hasBody ?fact ; oa:hasTarget ?t .
              BIND(IRI(STRBEFORE(STR(?t), "#char=")) AS ?letter)
              ?letter a unkg:Letter ; unkg:text ?text .
              BIND(STRAFTER(STR(?t), "#char=") AS ?chars)
              BIND(xsd:integer(STRBEFORE(?chars, ",")) AS ?start)
              BIND(xsd:integer(STRAFTER(?chars, ",")) AS ?end)
              BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?words)
            }""";

    @TempDir
    static Path tmp;
    private static Dataset ds;
    private static final Map<String, LetterText> TEXTS = new HashMap<>();
    private static final Map<String, LetterFacts> FACTS = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, Path.of("ontology", "unkg.ttl").toUri().toString());
        new BuildRunner(Pipelines.withThesaurus(), ontology, "test").build(Path.of("data", "letters"), tmp.resolve("db"));
        ds = Tdb.open(tmp.resolve("db"));
        try (var files = Files.list(Path.of("data", "letters"))) {
            for (Path f : files.sorted().toList()) {
                LetterText text = Pipelines.withThesaurus().context().reader().read(f.getFileName().toString(), Files.readAllBytes(f));
                TEXTS.put(text.stem(), text);
                FACTS.put(text.stem(), Pipelines.withThesaurus().run(text));
            }
        } catch (org.unkg.text.LetterReadException e) {
            throw new IOException(e);
        }
    }

    private static List<QuerySolution> select(String query, Map<String, String> iris) {
        org.apache.jena.query.ParameterizedSparqlString pss = new org.apache.jena.query.ParameterizedSparqlString();
        pss.setNsPrefixes(Vocab.prefixes());
        pss.append(query);
        iris.forEach(pss::setIri);
        org.apache.jena.query.Query text = pss.asQuery();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(text, ds)) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    copy.addAll(row);
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    /** The evidence of {@code fact} by the documented pattern, as letter IRI and offsets. */
    private static Set<SpanTarget> evidence(String fact) {
        return select(EVIDENCE, Map.of("fact", fact)).stream()
                .map(r -> new SpanTarget(r.getResource("letter").getURI(), r.getLiteral("start").getInt(), r.getLiteral("end").getInt()))
                .collect(Collectors.toSet());
    }

    @Test
    void eachEventLeadsToItsLetterItsSpanAndItsWords() {
        int checked = 0;
        for (var e : FACTS.entrySet()) {
            LetterText text = TEXTS.get(e.getKey());
            for (Event event : e.getValue().events()) {
                String iri = Ids.event(event.type(), event.entity(), event.date().iso());
                List<QuerySolution> rows = select(EVIDENCE, Map.of("fact", iri));
                Span span = event.span();
                assertThat(rows).as(iri).anySatisfy(r -> {
                    assertThat(r.getResource("letter").getURI()).isEqualTo(Ids.letter(e.getKey()));
                    assertThat(r.getLiteral("start").getInt()).isEqualTo(span.start());
                    assertThat(r.getLiteral("end").getInt()).isEqualTo(span.end());
                    assertThat(r.getLiteral("words").getString()).isEqualTo(text.body().substring(span.start(), span.end()));
                });
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3);
    }

    @Test
    void everyAnnotationTargetsWordsOfTheLetterWhoseGraphHoldsIt() {
        List<QuerySolution> rows = select("""
                SELECT ?a ?t ?g ?letter ?start ?end ?words WHERE {
                  GRAPH ?g { ?a oa:hasTarget ?t }
                  BIND(IRI(STRBEFORE(STR(?t), "#char=")) AS ?letter)
                  OPTIONAL { GRAPH ?g { ?letter a unkg:Letter ; unkg:text ?text } }
                  BIND(STRAFTER(STR(?t), "#char=") AS ?chars)
                  BIND(xsd:integer(STRBEFORE(?chars, ",")) AS ?start)
                  BIND(xsd:integer(STRAFTER(?chars, ",")) AS ?end)
                  BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?words)
                }""", Map.of());
        assertThat(rows).hasSizeGreaterThan(50);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.contains("letter")).as(r.toString()).isTrue();
            assertThat(r.getResource("g").getURI()).isEqualTo(r.getResource("letter").getURI().replace("/id/letter/", "/graph/letter/"));
            assertThat(r.contains("words")).as("the target's letter is in the annotation's graph with its text: " + r).isTrue();
            assertThat(r.getLiteral("start").getInt()).isLessThan(r.getLiteral("end").getInt());
            assertThat(r.getLiteral("words").getString()).isNotBlank();
            assertThat(r.getResource("a").getURI()).isEqualTo(Ids.annotation(
                    r.getResource("letter").getURI().substring(Vocab.ID.length() + "letter/".length()),
                    r.getLiteral("start").getInt(), r.getLiteral("end").getInt()));
        });
    }

    @Test
    void aSpanSeveralFactsShareIsOneAnnotationCarryingAllOfThem() {
        int shared = 0;
        for (var e : FACTS.entrySet()) {
            Set<Span> mentioned = e.getValue().mentions().stream().map(Mention::span).collect(Collectors.toSet());
            for (IndexedSubject s : e.getValue().indexedSubjects()) {
                for (Span span : s.evidence()) {
                    if (!mentioned.contains(span)) {
                        continue;
                    }
                    // the words name both a body, state or place the letter mentions and a concept it is indexed by
                    String target = Ids.span(e.getKey(), span.start(), span.end());
                    List<QuerySolution> annotations = select("SELECT ?a WHERE { ?a oa:hasTarget ?t }", Map.of("t", target));
                    assertThat(annotations).as(target).hasSize(1);
                    String annotation = annotations.get(0).getResource("a").getURI();
                    List<String> bodies = select("SELECT ?b WHERE { ?a oa:hasBody ?b }", Map.of("a", annotation)).stream()
                            .map(r -> r.getResource("b").getURI()).toList();
                    assertThat(bodies).contains(Ids.indexing(e.getKey(), s.concept())).hasSizeGreaterThanOrEqualTo(2);
                    for (String body : bodies) {
                        assertThat(evidence(body)).contains(new SpanTarget(Ids.letter(e.getKey()), span.start(), span.end()));
                    }
                    shared++;
                }
            }
        }
        assertThat(shared).isGreaterThan(0);
    }

    @Test
    void nothingIsStoredAboutASpanButTheAnnotationThatTargetsIt() {
        assertThat(select("""
                SELECT ?t ?p WHERE { ?a oa:hasTarget ?t . ?t ?p ?o }""", Map.of())).isEmpty();
        assertThat(select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), \"selectors\")) } LIMIT 1", Map.of())).isEmpty();
        assertThat(select("SELECT ?a WHERE { ?a oa:motivatedBy ?m } LIMIT 1", Map.of())).isEmpty();
    }

    @Test
    void theBuiltGraphConformsToTheShapesAndATargetThatIsNoSpanDoesNot() {
        org.apache.jena.graph.Graph shapes = RDFDataMgr.loadGraph(Path.of("ontology", "shapes.ttl").toUri().toString());
        assertThat(Txn.calculateRead(ds, () -> ShaclValidator.get().validate(shapes, ds.asDatasetGraph().getUnionGraph()).conforms()))
                .isTrue();
        Model bad = ModelFactory.createDefaultModel();
        RDFDataMgr.read(bad, new StringReader("""
                <https://w3id.org/unkg/id/annotation/x/1-5> <http://www.w3.org/ns/oa#hasBody> <https://w3id.org/unkg/id/org/UNTOP> ;
                    <http://www.w3.org/ns/oa#hasTarget> <https://w3id.org/unkg/id/annotation/x/1-5#target> .
                """), null, Lang.TURTLE);
        assertThat(ShaclValidator.get().validate(shapes, bad.getGraph()).conforms()).isFalse();
    }
}
