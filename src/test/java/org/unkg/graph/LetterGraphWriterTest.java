package org.unkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.unkg.model.DateValue;
import org.unkg.model.EntityKind;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Span;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;
import org.unkg.text.OffsetText;

class LetterGraphWriterTest {
    private static final String BODY =
            "Letter dated 3 March 2011 from the Secretary-General addressed to the President of the Security Council. "
            + "The United Nations Office for West Africa will continue its activities until 31 December 2013.";

    private final LetterGraphWriter writer = new LetterGraphWriter(new KeyIndex(ModelFactory.createDefaultModel()), "test");

    static LetterText letter(String name, String body) {
        return new LetterText(name, body, OffsetText.identity(body), OffsetText.identity(body), Layout.PLAIN, "en");
    }

    private static LetterFacts extensionFacts(String body) {
        LetterFacts facts = new LetterFacts();
        facts.add(new Meta(MetaField.DATE, "2011-03-03", new Span(13, 25)));
        int start = body.indexOf("The United Nations Office");
        facts.add(new Event("extension", "UNOWA", DateValue.parse("2013-12-31"), null, "announced", List.of(),
                new Span(start, body.length() - 1)));
        int m = body.indexOf("United Nations Office for West Africa");
        facts.add(new Mention(EntityKind.ORGANIZATION, "UNOWA", "United Nations Office for West Africa",
                new Span(m, m + "United Nations Office for West Africa".length())));
        return facts;
    }

    @Test
    void everyFactCarriesEvidenceWhoseTargetNamesTheLetterAndTheOffsetsOfItsWords() {
        Model m = writer.write(letter("a.txt", BODY), extensionFacts(BODY));
        Resource event = m.createResource(Ids.event("extension", "UNOWA", "2013-12-31"));
        Resource annotation = m.listSubjectsWithProperty(Vocab.oaHasBody, event).next();
        Resource target = annotation.getPropertyResourceValue(Vocab.oaHasTarget);
        SpanTarget span = SpanTarget.parse(target.getURI()).orElseThrow();
        assertThat(span.letter()).isEqualTo(Ids.letter("a"));
        assertThat(target.getURI()).isEqualTo(Ids.letter("a") + "#char=" + span.start() + "," + span.end());
        Resource letter = m.createResource(span.letter());
        assertThat(letter.getProperty(Vocab.text).getString().substring(span.start(), span.end()))
                .startsWith("The United Nations Office").endsWith("31 December 2013");
        assertThat(event.getProperty(Vocab.provWasDerivedFrom).getResource().getURI()).isEqualTo(Ids.letter("a"));
        // the target is only a name: nothing is stored about it
        assertThat(m.listStatements(target, null, (org.apache.jena.rdf.model.RDFNode) null).toList()).isEmpty();
    }

    @Test
    void aSpanSupportingSeveralFactsIsOneAnnotationWithOneTargetAndNoCopiesOfItsWords() {
        String body = "The Secretary-General appointed Ian Martin.";
        LetterFacts facts = new LetterFacts();
        Span name = new Span(body.indexOf("Ian Martin"), body.indexOf("Ian Martin") + "Ian Martin".length());
        facts.add(new Mention(EntityKind.PERSON, null, "Ian Martin", name));
        facts.add(new Mention(EntityKind.PLACE, null, "Ian Martin", name));
        Model m = writer.write(letter("c.txt", body), facts);
        assertThat(m.listSubjectsWithProperty(Vocab.oaHasTarget).toList()).hasSize(1);
        Resource annotation = m.listSubjectsWithProperty(Vocab.oaHasTarget).next();
        assertThat(annotation.listProperties(Vocab.oaHasBody).toList()).hasSize(2);
        assertThat(annotation.listProperties().toList()).hasSize(3);
        assertThat(annotation.getPropertyResourceValue(Vocab.oaHasTarget).getURI())
                .isEqualTo(Ids.letter("c") + "#char=" + name.start() + "," + name.end());
        // the words are stored once, in the letter's text: elsewhere only as the names of what they name
        assertThat(m.listStatements().toList().stream()
                .filter(st -> st.getObject().isLiteral() && st.getObject().asLiteral().getLexicalForm().contains("Ian Martin"))
                .map(st -> st.getPredicate()).distinct().toList())
                .containsExactlyInAnyOrder(Vocab.text, Vocab.foafName, Vocab.skosPrefLabel);
    }

    @Test
    void spanTargetsReadBackOnlyFromAWellFormedCharFragment() {
        assertThat(SpanTarget.parse(Ids.span("x", 12, 40))).contains(new SpanTarget(Ids.letter("x"), 12, 40));
        assertThat(SpanTarget.parse(Ids.letter("x") + "#char=40,12")).isEmpty();
        assertThat(SpanTarget.parse(Ids.letter("x") + "#char=4,")).isEmpty();
        assertThat(SpanTarget.parse(Ids.letter("x") + "#char=a,5")).isEmpty();
        assertThat(SpanTarget.parse(Ids.letter("x"))).isEmpty();
    }

    @Test
    void evidenceOutsideTheTextIsNotWritten() {
        String body = "The Secretary-General appointed Ian Martin.";
        LetterFacts facts = new LetterFacts();
        facts.add(new Mention(EntityKind.PERSON, null, "Ian Martin", new Span(30, body.length() + 5)));
        Model m = writer.write(letter("d.txt", body), facts);
        assertThat(m.listSubjectsWithProperty(Vocab.oaHasTarget).toList()).isEmpty();
    }

    @Test
    void datesKeepThePrecisionTheLetterGives() {
        LetterFacts facts = new LetterFacts();
        facts.add(new Event("election", "TJK", DateValue.parse("2005-02"), null, null, List.of(), new Span(0, 6)));
        facts.add(new Event("withdrawal", "UNMOT", DateValue.parse("2000"), null, null, List.of(), new Span(0, 6)));
        Model m = writer.write(letter("b.txt", BODY), facts);
        Literal month = m.createResource(Ids.event("election", "TJK", "2005-02")).getProperty(Vocab.date).getLiteral();
        Literal year = m.createResource(Ids.event("withdrawal", "UNMOT", "2000")).getProperty(Vocab.date).getLiteral();
        assertThat(month.getDatatypeURI()).endsWith("#gYearMonth");
        assertThat(year.getDatatypeURI()).endsWith("#gYear");
    }

    @Test
    void sameLetterWrittenTwiceGivesIsomorphicGraphs() {
        Model first = writer.write(letter("a.txt", BODY), extensionFacts(BODY));
        Model second = writer.write(letter("a.txt", BODY), extensionFacts(BODY));
        assertThat(first.isIsomorphicWith(second)).isTrue();
        assertThat(first.listStatements().toList()).allSatisfy(st -> assertThat(st.getSubject().isAnon()).isFalse());
    }

    @Test
    void oneEventStatedInTwoLettersIsOneResourceWithTwoSources() {
        Model a = writer.write(letter("a.txt", BODY), extensionFacts(BODY));
        Model b = writer.write(letter("b.txt", BODY), extensionFacts(BODY));
        Model union = ModelFactory.createUnion(a, b);
        Resource event = union.createResource(Ids.event("extension", "UNOWA", "2013-12-31"));
        assertThat(union.listObjectsOfProperty(event, Vocab.provWasDerivedFrom).toList()).hasSize(2);
        assertThat(union.listSubjectsWithProperty(Vocab.oaHasBody, event).toList()).hasSize(2);
    }

    @Test
    void triplesTheVocabularyImpliesAreLeftOutAndGivenBackForTheResource() {
        LetterFacts facts = extensionFacts(BODY);
        facts.add(new Meta(MetaField.SYMBOL, "S/2011/123", new Span(0, 6)));
        facts.add(new org.unkg.model.Mandate("UNOWA", List.of(new org.unkg.model.Task(1, "Monitor", new Span(0, 6))), null, null,
                new Span(0, 6)));
        Model m = writer.write(letter("a.txt", BODY), facts);
        m.add(writer.buildGraph());
        Resource event = m.createResource(Ids.event("extension", "UNOWA", "2013-12-31"));
        Resource mandate = m.createResource(Ids.mandate("UNOWA", "a"));
        Resource doc = m.createResource(Ids.document("S/2011/123"));
        Resource letter = m.createResource(Ids.letter("a"));
        // stored: the event's own class, the mandate's body, the document's symbol; not the triples they imply
        assertThat(event.hasProperty(org.apache.jena.vocabulary.RDF.type, m.createResource(Vocab.UNKG + "Extension"))).isTrue();
        assertThat(m.contains(event, org.apache.jena.vocabulary.RDF.type, Vocab.Event)).isFalse();
        assertThat(mandate.hasProperty(Vocab.of)).isTrue();
        assertThat(m.contains(mandate, org.apache.jena.vocabulary.RDF.type, Vocab.Mandate)).isFalse();
        assertThat(m.contains(doc, org.apache.jena.vocabulary.RDFS.seeAlso)).isFalse();
        assertThat(m.contains(letter, Vocab.provWasGeneratedBy)).isFalse();
        var g = m.getGraph();
        var type = org.apache.jena.vocabulary.RDF.type.asNode();
        assertThat(StoredTriples.implied(g, event.asNode()))
                .containsExactly(org.apache.jena.graph.Triple.create(event.asNode(), type, Vocab.Event.asNode()));
        assertThat(StoredTriples.implied(g, mandate.asNode()))
                .containsExactly(org.apache.jena.graph.Triple.create(mandate.asNode(), type, Vocab.Mandate.asNode()));
        assertThat(StoredTriples.implied(g, doc.asNode())).containsExactly(org.apache.jena.graph.Triple.create(doc.asNode(),
                org.apache.jena.vocabulary.RDFS.seeAlso.asNode(), org.apache.jena.graph.NodeFactory.createURI("https://undocs.org/S/2011/123")));
        assertThat(StoredTriples.implied(g, letter.asNode())).containsExactly(org.apache.jena.graph.Triple.create(letter.asNode(),
                Vocab.provWasGeneratedBy.asNode(), org.apache.jena.graph.NodeFactory.createURI(Ids.build("test"))));
    }

    @Test
    void theStoredThesaurusLeavesOutTheSchemeAndTheNotationItsIrisCarry() {
        Model published = ModelFactory.createDefaultModel();
        Resource concept = published.createResource("http://metadata.un.org/thesaurus/010100")
                .addProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.SKOS.Concept)
                .addProperty(org.apache.jena.vocabulary.SKOS.inScheme, published.createResource("http://metadata.un.org/thesaurus/"))
                .addProperty(org.apache.jena.vocabulary.SKOS.notation, "010100")
                .addProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "POLITICAL CONDITIONS", "en");
        Model stored = ModelFactory.createModelForGraph(StoredTriples.thesaurus(published.getGraph()));
        assertThat(stored.listStatements().toList()).extracting(st -> st.getPredicate())
                .containsExactlyInAnyOrder(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.SKOS.prefLabel);
        assertThat(stored.contains(concept, org.apache.jena.vocabulary.SKOS.prefLabel)).isTrue();
    }

    @Test
    void letterWithoutSymbolIsAVersionOfADocumentNamedByDateAndParties() {
        Model m = writer.write(letter("a.txt", BODY), extensionFacts(BODY));
        Resource doc = m.createResource(Ids.letter("a")).getPropertyResourceValue(Vocab.isVersionOf);
        assertThat(doc.getURI()).startsWith(Vocab.ID + "document/2011-03-03-");
    }

    @Test
    void plainHttpIrisAreTakenWithoutParsingAndAnythingElseGoesToTheParser() {
        assertThat(LetterGraphWriter.plainHttpIri(Ids.letter("a") + "#t-10-24")).isTrue();
        assertThat(LetterGraphWriter.plainHttpIri("https://w3id.org/unkg/id/document/S/2011/250")).isTrue();
        assertThat(LetterGraphWriter.plainHttpIri("https://w3id.org/unkg/id/person/jean-marc-de-la-sabli%C3%A8re")).isTrue();
        assertThat(LetterGraphWriter.plainHttpIri("https://w3id.org/unkg/id/person/a b")).isFalse();
        assertThat(LetterGraphWriter.plainHttpIri("https://w3id.org/unkg/id/x%G1")).isFalse();
        assertThat(LetterGraphWriter.plainHttpIri("https://w3id.org/unkg/id/x%2")).isFalse();
        assertThat(LetterGraphWriter.plainHttpIri("https://w3id.org/a#b#c")).isFalse();
        assertThat(LetterGraphWriter.plainHttpIri("https://W3ID.org/a")).isFalse();
        assertThat(LetterGraphWriter.plainHttpIri("https://w3id.org/مكتب")).isFalse();
        assertThat(LetterGraphWriter.plainHttpIri("urn:x:y")).isFalse();
        assertThat(LetterGraphWriter.plainHttpIri("https:///a")).isFalse();
    }
}
