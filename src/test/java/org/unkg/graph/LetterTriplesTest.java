package org.unkg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unkg.model.DateValue;
import org.unkg.model.EntityKind;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Span;
import org.unkg.text.LetterText;

class LetterTriplesTest {
    private static final String BODY = "Letter dated 9 June 2004 from the Permanent Representative of Chile addressed to the "
            + "Secretary-General. The United Nations Mission in Haiti was established on 1 June 2004; the Mission in "
            + "Haiti was established on 1 June 2004 (the same words again).";

    private final LetterGraphWriter writer = new LetterGraphWriter(new KeyIndex(ModelFactory.createDefaultModel()), "test");

    private static LetterFacts facts() {
        LetterFacts facts = new LetterFacts();
        facts.add(new Meta(MetaField.DATE, "2004-06-09", new Span(13, 24)));
        int first = BODY.indexOf("The United Nations Mission");
        int again = BODY.indexOf("the Mission in Haiti");
        // two statements of the same event: the event's triples are written twice, and kept once
        facts.add(new Event("establishment", "MINUSTAH", DateValue.parse("2004-06-01"), null, "announced", List.of(),
                new Span(first, again - 2)));
        facts.add(new Event("establishment", "MINUSTAH", DateValue.parse("2004-06-01"), null, "announced", List.of(),
                new Span(again, BODY.length() - 1)));
        int m = BODY.indexOf("United Nations Mission in Haiti");
        facts.add(new Mention(EntityKind.ORGANIZATION, "MINUSTAH", "United Nations Mission in Haiti",
                new Span(m, m + "United Nations Mission in Haiti".length())));
        facts.add(new Mention(EntityKind.ORGANIZATION, "MINUSTAH", "United Nations Mission in Haiti",
                new Span(m, m + "United Nations Mission in Haiti".length())));
        return facts;
    }

    private static Set<Triple> set(Iterable<Triple> triples) {
        Set<Triple> out = new HashSet<>();
        triples.forEach(out::add);
        return out;
    }

    @Test
    void holdsTheTriplesOfTheLetterModelEachOnce() {
        LetterText text = LetterGraphWriterTest.letter("b.txt", BODY);
        Set<Triple> model = set(writer.write(text, facts()).getGraph().find().toList());
        LetterTriples triples = writer.triples(text, facts());
        assertThat(set(triples.triples())).isEqualTo(model);
        assertThat(triples.triples()).doesNotHaveDuplicates().hasSize(model.size());
        assertThat(triples.size()).isEqualTo(model.size());
    }

    @Test
    void findsByPatternWhatAnInMemoryGraphFinds() {
        LetterText text = LetterGraphWriterTest.letter("b.txt", BODY);
        org.apache.jena.graph.Graph model = writer.write(text, facts()).getGraph();
        LetterTriples triples = writer.triples(text, facts());
        Node letter = NodeFactory.createURI(Ids.letter("b"));
        Node event = NodeFactory.createURI(Ids.event("establishment", "MINUSTAH", "2004-06-01"));
        List<Triple> patterns = List.of(
                Triple.create(Node.ANY, Vocab.mentions.asNode(), Node.ANY),
                Triple.create(letter, Vocab.dctDate.asNode(), Node.ANY),
                Triple.create(Node.ANY, RDF.type.asNode(), Vocab.Letter.asNode()),
                Triple.create(event, Node.ANY, Node.ANY),
                Triple.create(Node.ANY, Node.ANY, event),
                Triple.create(Node.ANY, Vocab.oaHasBody.asNode(), event),
                Triple.create(letter, Vocab.sameDocumentAs.asNode(), Node.ANY));
        for (Triple p : patterns) {
            assertThat(set(triples.find(p).toList())).as("%s", p).isEqualTo(set(model.find(p).toList()));
        }
        assertThat(triples.contains(letter, RDF.type.asNode(), Vocab.Letter.asNode())).isTrue();
        assertThat(triples.contains(event, RDF.type.asNode(), Vocab.Letter.asNode())).isFalse();
    }

    @Test
    void findsWhatIsAddedAfterAFindByPredicate() {
        LetterTriples g = new LetterTriples();
        Node s = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://example.org/p");
        g.add(Triple.create(s, p, NodeFactory.createLiteralString("a")));
        assertThat(g.find(Node.ANY, p, Node.ANY).toList()).hasSize(1);
        g.add(Triple.create(s, p, NodeFactory.createLiteralString("b")));
        g.add(Triple.create(s, p, NodeFactory.createLiteralString("a")));
        assertThat(g.find(Node.ANY, p, Node.ANY).toList()).hasSize(2);
        assertThat(g.find(s, p, NodeFactory.createLiteralString("b")).toList()).hasSize(1);
    }

    @Test
    void refusesDeletion() {
        LetterTriples g = new LetterTriples();
        Triple t = Triple.create(NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createURI("http://example.org/o"));
        g.add(t);
        assertThatThrownBy(() -> g.delete(t)).isInstanceOf(UnsupportedOperationException.class);
    }
}
