package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.graph.Vocab;

/**
 * A body's events (in date order) and mandates (in IRI order) in pages of {@value BodyPages#PAGE} in the summary
 * graph, written with the other summaries, and an update leaves them as a full computation would.
 */
class BodyPagesTest {
    private static final String ID = Vocab.ID;
    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);

    @TempDir
    Path dir;

    /** A letter stating event {@code e} of UNX on {@code date} and a mandate of UNX. */
    private static Model letter(String stem, String event, String date) {
        String ttl = """
                @prefix unkg: <https://w3id.org/unkg/ontology#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%1$sletter/%2$s> a unkg:Letter .
                <%1$sevent/%3$s> a unkg:Event ; unkg:concerns <%1$sorg/UNX> ; unkg:date "%4$s"^^xsd:date ;
                    unkg:eventType unkg:Extension .
                <%1$smandate/%2$s> a unkg:Mandate ; unkg:of <%1$sorg/UNX> .
                """.formatted(ID, stem, event, date);
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(ttl), null, "TTL");
        return m;
    }

    /** 150 letters l000..l149; letter i states event e{i} of UNX dated 2000-01-01 plus (149 - i) days (latest first). */
    private Dataset corpus() {
        Dataset ds = SummaryStores.open(dir);
        Txn.executeWrite(ds, () -> {
            for (int i = 0; i < 150; i++) {
                String stem = String.format("l%03d", i);
                ds.addNamedModel(Vocab.GRAPH + "letter/" + stem, letter(stem, "e" + i, day(149 - i)));
            }
            Summaries.write(ds);
        });
        return ds;
    }

    private static String day(int n) {
        return java.time.LocalDate.of(2000, 1, 1).plusDays(n).toString();
    }

    /** The items of page {@code number} of UNX's events or mandates. */
    private static List<String> page(Dataset ds, String kind, int number) {
        Node page = BodyPages.page(NodeFactory.createURI(ID + "org/UNX"), kind, number);
        List<String> out = new ArrayList<>();
        ds.asDatasetGraph().find(G, page, BodyPages.PAGE_ITEM, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getURI()));
        out.sort(null);
        return out;
    }

    @Test
    void aBodysEventsFallIntoPagesInDateOrderAndItsMandatesInIriOrder() {
        Dataset ds = corpus();
        try {
            Txn.executeRead(ds, () -> {
                List<String> first = page(ds, "events", 1);
                // the 100 earliest events: e149 (2000-01-01) .. e50
                assertThat(first).hasSize(BodyPages.PAGE).contains(ID + "event/e149", ID + "event/e50")
                        .doesNotContain(ID + "event/e49", ID + "event/e0");
                assertThat(page(ds, "events", 2)).hasSize(50).contains(ID + "event/e49", ID + "event/e0");
                assertThat(page(ds, "events", 3)).isEmpty();
                // mandates by IRI: mandate/l000 .. mandate/l099 first
                assertThat(page(ds, "mandates", 1)).hasSize(BodyPages.PAGE).contains(ID + "mandate/l000", ID + "mandate/l099")
                        .doesNotContain(ID + "mandate/l100");
                Node unx = NodeFactory.createURI(ID + "org/UNX");
                Node page1 = BodyPages.page(unx, "events", 1);
                assertThat(ds.asDatasetGraph().contains(G, page1, BodyPages.EVENT_PAGE_OF, unx)).isTrue();
                assertThat(ds.asDatasetGraph().find(G, page1, BodyPages.PAGE_NUMBER, Node.ANY).next().getObject()
                        .getLiteralValue()).isEqualTo(1);
                assertThat(ds.asDatasetGraph().find(G, unx, BodyPages.MANDATE_COUNT, Node.ANY).next().getObject()
                        .getLiteralLexicalForm()).isEqualTo("150");
            });
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateAddingAnEarlyEventAndRemovingOthersGivesThePagesOfAFullComputation() {
        Dataset ds = corpus();
        try {
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                // the earliest event's letter goes, a new one states the earliest event of all, one letter changes date
                SummaryStores.drop(ds, touched, "l149");
                SummaryStores.put(ds, touched, "new", letter("new", "early", "1999-12-31"));
                SummaryStores.put(ds, touched, "l010", letter("l010", "e10", "2001-06-01"));
            });
            Txn.executeRead(ds, () -> {
                assertThat(page(ds, "events", 1)).contains(ID + "event/early").doesNotContain(ID + "event/e149");
                assertThat(page(ds, "events", 2)).contains(ID + "event/e10", ID + "event/e49");
            });
        } finally {
            ds.close();
        }
    }

    @Test
    void anEventMovesInItsBodysPagesWhenAnotherLetterStatingAnEarlierDateOfItGoes() {
        Dataset ds = corpus();
        try {
            // a letter that does not say what e5 concerns but states an earlier date of it: e5 is UNX's earliest event
            Model dater = ModelFactory.createDefaultModel();
            dater.read(new StringReader("""
                    @prefix unkg: <https://w3id.org/unkg/ontology#> .
                    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                    <%1$sletter/dater> a unkg:Letter .
                    <%1$sevent/e5> unkg:date "1990-01-01"^^xsd:date .
                    """.formatted(ID)), null, "TTL");
            SummaryStores.assertUpdateEqualsFull(ds, touched -> SummaryStores.put(ds, touched, "dater", dater));
            Txn.executeRead(ds, () -> assertThat(page(ds, "events", 1)).contains(ID + "event/e5"));
            SummaryStores.assertUpdateEqualsFull(ds, touched -> SummaryStores.drop(ds, touched, "dater"));
            Txn.executeRead(ds, () -> assertThat(page(ds, "events", 2)).contains(ID + "event/e5"));
        } finally {
            ds.close();
        }
    }

    @Test
    void pagesStoredWithoutTheirSortKeysAreUpdatedAsAFullComputation() {
        Dataset ds = corpus();
        try {
            // a database written before the pages carried their keys
            Txn.executeWrite(ds, () -> ds.asDatasetGraph().deleteAny(G, Node.ANY, BodyPages.PAGE_KEYS, Node.ANY));
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                SummaryStores.drop(ds, touched, "l000");
                SummaryStores.put(ds, touched, "new", letter("new", "early", "1999-12-31"));
            });
            Txn.executeRead(ds, () -> assertThat(ds.asDatasetGraph().find(G, Node.ANY, BodyPages.PAGE_KEYS, Node.ANY).hasNext())
                    .isTrue());
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateRemovingMandatesAndEventsShiftsTheLaterPagesAsAFullComputation() {
        Dataset ds = corpus();
        try {
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                for (int i = 0; i < 60; i += 3) {
                    SummaryStores.drop(ds, touched, String.format("l%03d", i));
                }
            });
            Txn.executeRead(ds, () -> {
                assertThat(page(ds, "mandates", 1)).hasSize(BodyPages.PAGE).doesNotContain(ID + "mandate/l000");
                assertThat(page(ds, "mandates", 2)).hasSize(30);
                assertThat(page(ds, "events", 2)).hasSize(30);
            });
        } finally {
            ds.close();
        }
    }

    @Test
    void mandatePagesStoredWithoutKeysBesideKeyedEventPagesAreUpdatedAsAFullComputation() {
        Dataset ds = corpus();
        try {
            // a database written when only the event pages carried their keys
            Txn.executeWrite(ds, () -> {
                List<Quad> mandateKeys = new ArrayList<>();
                ds.asDatasetGraph().find(G, Node.ANY, BodyPages.PAGE_KEYS, Node.ANY).forEachRemaining(q -> {
                    if (q.getSubject().getURI().contains("/mandates/")) {
                        mandateKeys.add(q);
                    }
                });
                assertThat(mandateKeys).hasSize(2);
                mandateKeys.forEach(ds.asDatasetGraph()::delete);
            });
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                SummaryStores.drop(ds, touched, "l000");
                SummaryStores.put(ds, touched, "a-new", letter("a-new", "early", "1999-12-31"));
            });
            Txn.executeRead(ds, () -> assertThat(page(ds, "mandates", 1)).contains(ID + "mandate/a-new")
                    .doesNotContain(ID + "mandate/l000"));
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateReadsNoPageItemsLeavesUnchangedPagesAndMovesOneItemAcrossEachLaterBoundary() {
        Dataset ds = corpus();
        try {
            Node unx = NodeFactory.createURI(ID + "org/UNX");
            Node mandates1 = BodyPages.page(unx, "mandates", 1);
            Node mandates2 = BodyPages.page(unx, "mandates", 2);
            List<Quad> deleted = new ArrayList<>();
            List<Node> read = new ArrayList<>();
            Txn.executeWrite(ds, () -> {
                Summaries.Touched touched = new Summaries.Touched();
                // a mandate sorting after every other: page 2 gains it, page 1 stays as it is
                SummaryStores.put(ds, touched, "z-late", letter("z-late", "late", "2005-01-01"));
                Summaries.update(new Recording(ds.asDatasetGraph(), deleted, read), touched);
            });
            assertThat(deleted).noneMatch(q -> q.getSubject().equals(mandates1)).noneMatch(q -> q.getSubject().equals(mandates2)
                    && q.getPredicate().equals(BodyPages.PAGE_ITEM));
            deleted.clear();
            Txn.executeWrite(ds, () -> {
                Summaries.Touched touched = new Summaries.Touched();
                // a mandate sorting before every other: page 1 passes its last item to page 2, the keys of both change
                SummaryStores.put(ds, touched, "a-early", letter("a-early", "early", "1999-01-01"));
                Summaries.update(new Recording(ds.asDatasetGraph(), deleted, read), touched);
            });
            assertThat(deleted.stream().filter(q -> q.getSubject().equals(mandates1)).map(Quad::getPredicate))
                    .containsExactlyInAnyOrder(BodyPages.PAGE_ITEM, BodyPages.PAGE_KEYS);
            assertThat(deleted.stream().filter(q -> q.getSubject().equals(mandates2)).map(Quad::getPredicate))
                    .containsExactly(BodyPages.PAGE_KEYS);
            // the pages' items were worked out from their keys
            assertThat(read).isEmpty();
            List<String> updated = SummaryStores.summary(ds);
            Txn.executeWrite(ds, () -> Summaries.write(ds));
            assertThat(updated).isEqualTo(SummaryStores.summary(ds));
        } finally {
            ds.close();
        }
    }

    /** A dataset that notes the quads deleted through it and the pages whose items are read through it. */
    private static final class Recording extends org.apache.jena.sparql.core.DatasetGraphWrapper {
        private final List<Quad> deleted;
        private final List<Node> read;

        Recording(org.apache.jena.sparql.core.DatasetGraph dsg, List<Quad> deleted, List<Node> read) {
            super(dsg);
            this.deleted = deleted;
            this.read = read;
        }

        @Override
        public java.util.Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            if (s != null && s.isURI() && s.getURI().startsWith(Summaries.GRAPH + "/") && (p == null
                    || p.equals(Node.ANY) || p.equals(BodyPages.PAGE_ITEM))) {
                read.add(s);
            }
            return super.find(g, s, p, o);
        }

        @Override
        public void delete(Quad q) {
            deleted.add(q);
            super.delete(q);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            delete(Quad.create(g, s, p, o));
        }

        @Override
        public void deleteAny(Node g, Node s, Node p, Node o) {
            List<Quad> found = new ArrayList<>();
            super.find(g, s, p, o).forEachRemaining(found::add);
            found.forEach(this::delete);
        }
    }
}
