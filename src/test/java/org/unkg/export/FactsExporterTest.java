package org.unkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.graph.Ids;
import org.unkg.graph.KeyIndex;
import org.unkg.graph.LetterGraphWriter;
import org.unkg.graph.Vocab;
import org.unkg.model.DateValue;
import org.unkg.model.EntityKind;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Membership;
import org.unkg.model.Mention;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Party;
import org.unkg.model.Seat;
import org.unkg.model.Signatory;
import org.unkg.model.Span;
import org.unkg.model.Task;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;
import org.unkg.text.OffsetText;

class FactsExporterTest {
    private static final String CATALOG = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix org:  <http://www.w3.org/ns/org#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            <https://w3id.org/unkg/id/org/CSTO> a unkg:RegionalOrganization ; skos:notation "CSTO" ;
                skos:prefLabel "Collective Security Treaty Organization"@en .
            <https://w3id.org/unkg/id/org/CSTO-CSC> a unkg:BodyOfOrganization ; skos:notation "CSTO-CSC" ;
                org:subOrganizationOf <https://w3id.org/unkg/id/org/CSTO> ; skos:prefLabel "Collective Security Council"@en .
            <https://w3id.org/unkg/id/state/KAZ> a unkg:State ; skos:notation "KAZ" ; skos:prefLabel "Kazakhstan"@en .
            <https://w3id.org/unkg/id/state/ARM> a unkg:State ; skos:notation "ARM" ; skos:prefLabel "Armenia"@en .
            <https://w3id.org/unkg/id/place/almaty> a unkg:City ; skos:notation "almaty" ;
                skos:prefLabel "Almaty"@en , "ألماتي"@ar .
            <https://w3id.org/unkg/id/person/ban-ki-moon> a foaf:Person ; skos:notation "ban-ki-moon" ;
                foaf:name "Ban Ki-moon" ; skos:prefLabel "Ban Ki-moon"@en , "بان كي - مون"@ar .
            """;

    @TempDir
    Path dir;

    private static LetterText letter(String name, String body) {
        return new LetterText(name, body, OffsetText.identity(body), OffsetText.identity(body), Layout.PLAIN, "ar");
    }

    @Test
    void exportsEachLetterInTheGoldSchemaFromTheStoredGraph() {
        Model catalog = ModelFactory.createDefaultModel().read(new StringReader(CATALOG), null, "TTL");
        LetterGraphWriter writer = new LetterGraphWriter(new KeyIndex(catalog), "test");
        String body = "نص رسالة تجريبية عن منظمة إقليمية ومقرها في ألماتي، موقعة من بان كي - مون ومن شخص آخر.";
        Span s = new Span(0, 3);
        LetterFacts facts = new LetterFacts();
        facts.add(new Meta(MetaField.DATE, "2011-04-12", s));
        facts.add(new Meta(MetaField.ORIGINAL_LANGUAGE, "ru", s));
        facts.add(new Party(Party.Slot.SENDER, "permanent-representative", "KAZ", null, s));
        facts.add(new Party(Party.Slot.RECIPIENT, "secretary-general", null, "UNSG", s));
        int sig = body.indexOf("بان كي - مون");
        facts.add(new Signatory("بان كي - مون", "ban-ki-moon", new Span(sig, sig + "بان كي - مون".length())));
        facts.add(new Mention(EntityKind.ORGANIZATION, "CSTO-CSC", "مجلس الأمن الجماعي", s));
        facts.add(new Mention(EntityKind.STATE, "ARM", "أرمينيا", s));
        facts.add(new Mention(EntityKind.PERSON, null, "فلان الفلاني", s));
        facts.add(new Mention(EntityKind.PLACE, "almaty", "ألماتي", s));
        facts.add(new Event("entry-into-force", "CSTO", DateValue.parse("2003-09"), null, null, List.of(), s));
        facts.add(new Mandate("CSTO", List.of(new Task(1, "first", s), new Task(2, "second", s)), null, null, s));
        facts.add(new Membership("CSTO", List.of("KAZ", "ARM"), s));
        facts.add(new Seat("CSTO", "almaty", s));

        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel(Vocab.CATALOG_GRAPH, catalog);
            ds.addNamedModel(Ids.letterGraph("x"), writer.write(letter("x.txt", body), facts));
        });
        ArrayNode all = new FactsExporter().facts(ds);
        ds.close();

        assertThat(all).hasSize(1);
        JsonNode o = all.get(0);
        assertThat(o.get("source").asText()).isEqualTo("x.txt");
        assertThat(o.get("language").asText()).isEqualTo("ar");
        assertThat(o.get("original_language").asText()).isEqualTo("ru");
        assertThat(o.get("date").asText()).isEqualTo("2011-04-12");
        assertThat(o.get("symbol").isNull()).isTrue();
        assertThat(o.get("sender").get("role").asText()).isEqualTo("permanent-representative");
        assertThat(o.get("sender").get("state").asText()).isEqualTo("KAZ");
        assertThat(o.get("recipient").has("state")).isFalse();
        assertThat(texts(o.get("signatory"))).contains("Ban Ki-moon", "بان كي - مون");
        assertThat(texts(o.get("organizations"))).containsExactly("CSTO");
        assertThat(texts(o.get("states"))).containsExactly("ARM");
        assertThat(texts(o.get("persons"))).containsExactlyInAnyOrder("فلان الفلاني");
        assertThat(texts(o.get("places"))).containsExactly("Almaty");
        assertThat(o.get("events").get(0).get("date").asText()).isEqualTo("2003-09");
        assertThat(o.get("events").get(0).get("type").asText()).isEqualTo("entry-into-force");
        assertThat(o.get("mandates").get(0).get("tasks").asInt()).isEqualTo(2);
        assertThat(o.get("memberships").get(0).get("organization").asText()).isEqualTo("CSTO");
        assertThat(texts(o.get("memberships").get(0).get("members"))).containsExactlyInAnyOrder("KAZ", "ARM");
        assertThat(o.get("seats").get(0).get("place").asText()).isEqualTo("Almaty");
    }

    @Test
    void eachLetterExportsThePersonsAndSignersInTheFormsItWritesNotAnotherLettersForms() {
        Model catalog = ModelFactory.createDefaultModel().read(new StringReader(CATALOG), null, "TTL");
        LetterGraphWriter writer = new LetterGraphWriter(new KeyIndex(catalog), "test");
        // the same person written two ways: one minted resource (the same slug), described in each letter's graph
        String en = "My Special Representative, Jan Kubis, will brief the Council. (Signed) Zbigniew Wlosowicz";
        String fr = "Mon Représentant spécial, Ján KUBIŠ, informera le Conseil. (Signé) Zbigniew WLOSOWICZ";
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel(Vocab.CATALOG_GRAPH, catalog);
            ds.addNamedModel(Ids.letterGraph("en"), writer.write(letter("en.txt", en, "en"), minted(en, "Jan Kubis", "Zbigniew Wlosowicz")));
            ds.addNamedModel(Ids.letterGraph("fr"), writer.write(letter("fr.txt", fr, "fr"), minted(fr, "Ján KUBIŠ", "Zbigniew WLOSOWICZ")));
        });
        ArrayNode all = new FactsExporter().facts(ds);
        ds.close();

        assertThat(all).hasSize(2);
        for (JsonNode o : all) {
            boolean english = o.get("source").asText().equals("en.txt");
            assertThat(texts(o.get("persons"))).as(o.get("source").asText())
                    .containsExactly(english ? "Jan Kubis" : "Ján KUBIŠ");
            assertThat(texts(o.get("signatory"))).as(o.get("source").asText())
                    .containsExactly(english ? "Zbigniew Wlosowicz" : "Zbigniew WLOSOWICZ");
        }
    }

    /** Facts naming {@code person} and signed by {@code signer}, neither of them in the catalog, as {@code body} writes them. */
    private static LetterFacts minted(String body, String person, String signer) {
        LetterFacts facts = new LetterFacts();
        Span s = new Span(0, 2);
        facts.add(new Meta(MetaField.DATE, "2015-03-02", s));
        int p = body.indexOf(person);
        facts.add(new Mention(EntityKind.PERSON, null, person, new Span(p, p + person.length())));
        int at = body.indexOf(signer);
        facts.add(new Signatory(signer, null, new Span(at, at + signer.length())));
        return facts;
    }

    private static LetterText letter(String name, String body, String language) {
        return new LetterText(name, body, OffsetText.identity(body), OffsetText.identity(body), Layout.PLAIN, language);
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
