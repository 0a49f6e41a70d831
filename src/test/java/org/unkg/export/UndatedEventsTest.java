package org.unkg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.export.timeline.TimelineExporter;
import org.unkg.export.timeline.TimelineQuery;
import org.unkg.extract.Pipelines;
import org.unkg.graph.Ids;
import org.unkg.graph.KeyIndex;
import org.unkg.graph.LetterGraphWriter;
import org.unkg.graph.Vocab;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Span;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;
import org.unkg.text.OffsetText;

/**
 * An event a letter without a date of its own states without a date (an intention in a reprint or an undated reply) is
 * kept undated: read with a null date, stored as the letter's own event without {@code unkg:date}, conforming to the
 * shapes only in a letter without a date, exported with date null, and left out of the timeline.
 */
class UndatedEventsTest {
    private static final String CATALOG = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://w3id.org/unkg/id/org/UNOCA> a unkg:PoliticalMission ; skos:notation "UNOCA" ;
                skos:prefLabel "United Nations Regional Office for Central Africa"@en .
            """;

    @TempDir
    Path dir;

    @Test
    void anIntentionInALetterWithoutADateIsReadUndated() throws Exception {
        LetterFacts f = Pipelines.facts("undated-intention.txt", """
                Letter from the Secretary-General addressed to the President of the Security Council

                      I have the honour to refer to the situation in Liberia. I intend to close the United Nations
                Mission in Liberia (UNMIL) and to transfer its remaining tasks to the country team. UNMIL was
                established on 19 September 2003.

                                                              (Signed) BAN Ki-moon
                """);
        assertThat(f.meta(MetaField.DATE)).isEmpty();
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date() == null ? null : e.date().iso(), Event::status)
                .contains(tuple("closure", "UNMIL", null, "announced"), tuple("establishment", "UNMIL", "2003-09-19", null));
    }

    @Test
    void anUndatedEventIsStoredWithoutADateExportedAsNullAndLeftOffTheTimeline() {
        Dataset ds = store(null);
        try {
            JsonNode events = new FactsExporter().facts(ds).get(0).get("events");
            assertThat(events).hasSize(1);
            assertThat(events.get(0).get("type").asText()).isEqualTo("establishment");
            assertThat(events.get(0).get("date").isNull()).isTrue();
            Txn.executeRead(ds, () -> {
                Model letter = ds.getNamedModel(Ids.letterGraph("x"));
                assertThat(letter.containsResource(letter.createResource(Ids.undatedEvent("establishment", "UNOCA", "x")))).isTrue();
                assertThat(letter.listSubjectsWithProperty(Vocab.date).toList()).isEmpty();
                assertThat(ShaclValidator.get().validate(RDFDataMgr.loadGraph("ontology/shapes.ttl"),
                        ds.asDatasetGraph().getUnionGraph()).conforms()).isTrue();
            });
            assertThat(new TimelineExporter().rows(ds, TimelineQuery.parse(List.of(), List.of(), null, null, "en"))).isEmpty();
            assertThat(documentedUndatedEvents(ds)).containsExactly("UNOCA establishment");
        } finally {
            ds.close();
        }
    }

    @Test
    void theTimelineSaysHowManyUndatedEventsItsBodyAndTypeFiltersWouldKeep() throws Exception {
        Dataset ds = store(null);
        try {
            TimelineExporter timeline = new TimelineExporter();
            try (TimelineExporter.Selection all = timeline.select(ds, TimelineQuery.parse(List.of(), List.of(), "2001", null, "en"));
                 TimelineExporter.Selection ofBody = timeline.select(ds, TimelineQuery.parse(List.of("UNOCA"), List.of("establishment"), null, null, "en"));
                 TimelineExporter.Selection otherType = timeline.select(ds, TimelineQuery.parse(List.of(), List.of("closure"), null, null, "en"))) {
                assertThat(all.undatedLeftOut()).isEqualTo(1);
                assertThat(ofBody.undatedLeftOut()).isEqualTo(1);
                assertThat(otherType.undatedLeftOut()).isZero();
                java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
                org.unkg.export.timeline.TimelineFormat.JSON.writer().write(all, TimelineQuery.parse(List.of(), List.of(), "2001", null, "en"), json);
                JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toByteArray());
                assertThat(doc.get("undated_left_out").asLong()).isEqualTo(1);
                assertThat(doc.get("rows")).isEmpty();
            }
        } finally {
            ds.close();
        }
    }

    @Test
    void anUndatedEventInADatedLetterDoesNotConform() {
        Dataset ds = store("2010-03-14");
        try {
            Txn.executeRead(ds, () -> assertThat(ShaclValidator.get().validate(RDFDataMgr.loadGraph("ontology/shapes.ttl"),
                    ds.asDatasetGraph().getUnionGraph()).conforms()).isFalse());
        } finally {
            ds.close();
        }
    }

    /** The key and type of each row {@code queries/undated-events.rq} gives over the union of the graphs. */
    private static List<String> documentedUndatedEvents(Dataset ds) {
        try {
            String query = java.nio.file.Files.readString(Path.of("queries/undated-events.rq"));
            return Txn.calculateRead(ds, () -> {
                List<String> rows = new java.util.ArrayList<>();
                try (var qe = org.apache.jena.query.QueryExecution.create().query(query)
                        .model(ModelFactory.createModelForGraph(ds.asDatasetGraph().getUnionGraph())).build()) {
                    qe.execSelect().forEachRemaining(r -> rows.add(r.getLiteral("key").getString() + " " + r.getLiteral("type").getString()));
                }
                return rows;
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A store of one letter, dated {@code date} (or not), stating UNOCA's establishment without a date. */
    private Dataset store(String date) {
        Model catalog = ModelFactory.createDefaultModel().read(new StringReader(CATALOG), null, "TTL");
        LetterGraphWriter writer = new LetterGraphWriter(new KeyIndex(catalog), "test");
        String body = "I propose to establish the United Nations Regional Office for Central Africa.";
        Span s = new Span(12, 21);
        LetterFacts facts = new LetterFacts();
        if (date != null) {
            facts.add(new Meta(MetaField.DATE, date, new Span(0, 1)));
        }
        facts.add(new Event("establishment", "UNOCA", null, null, "proposed", List.of(), s));
        Dataset ds = TDB2Factory.connectDataset(dir.resolve(date == null ? "undated" : "dated").toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel(Vocab.CATALOG_GRAPH, catalog);
            ds.addNamedModel(Ids.letterGraph("x"), writer.write(
                    new LetterText("x.txt", body, OffsetText.identity(body), OffsetText.identity(body), Layout.PLAIN, "en"), facts));
        });
        return ds;
    }
}
