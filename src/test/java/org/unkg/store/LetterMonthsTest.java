package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.graph.Vocab;

/**
 * The months of the summary graph list each letter under the month of its date (the undated ones last) with how many
 * letters the later months hold, and an update leaves them as a full computation would.
 */
class LetterMonthsTest {
    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);

    @TempDir
    Path dir;

    private static Model letter(String stem, String date) {
        String ttl = "@prefix unkg: <https://w3id.org/unkg/ontology#> . @prefix dcterms: <http://purl.org/dc/terms/> ."
                + " @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . <" + Vocab.ID + "letter/" + stem + "> a unkg:Letter"
                + (date == null ? "" : " ; dcterms:date \"" + date + "\"^^xsd:date") + " .";
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(ttl), null, "TTL");
        return m;
    }

    private static void put(Dataset ds, Summaries.Touched touched, String stem, String date, boolean keep) {
        SummaryStores.put(ds, touched, stem, keep ? letter(stem, date) : null);
    }

    /** Each month: "after rows: letters" (letters by stem, sorted). */
    private static Map<String, String> months(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Map<String, String> out = new TreeMap<>();
            ds.asDatasetGraph().find(G, Node.ANY, NodeFactory.createURI(Vocab.UNKG + "monthRows"), Node.ANY).forEachRemaining(q -> {
                Node m = q.getSubject();
                String after = ds.asDatasetGraph().find(G, m, NodeFactory.createURI(Vocab.UNKG + "lettersAfter"), Node.ANY)
                        .next().getObject().getLiteralLexicalForm();
                List<String> letters = new ArrayList<>();
                ds.asDatasetGraph().find(G, m, NodeFactory.createURI(Vocab.UNKG + "monthLetter"), Node.ANY)
                        .forEachRemaining(l -> letters.add(l.getObject().getURI().replaceAll("^.*/", "")));
                letters.sort(null);
                out.put(m.getURI().replaceAll("^.*/", ""), after + " " + q.getObject().getLiteralLexicalForm() + ": "
                        + String.join(" ", letters));
            });
            return out;
        });
    }

    private Dataset corpus() {
        Dataset ds = SummaryStores.open(dir);
        Txn.executeWrite(ds, () -> {
            Summaries.Touched ignored = new Summaries.Touched();
            put(ds, ignored, "a", "2001-03-05", true);
            put(ds, ignored, "b", "2001-03-20", true);
            put(ds, ignored, "c", "2001-01-10", true);
            put(ds, ignored, "d", null, true);
            put(ds, ignored, "e", "2000-12-31", true);
            Summaries.write(ds);
        });
        return ds;
    }

    @Test
    void listsLettersByMonthLatestFirstWithTheLettersOfTheLaterMonthsAndTheUndatedLast() {
        Dataset ds = corpus();
        try {
            assertThat(months(ds)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "2001-03", "0 2: a b",
                    "2001-01", "2 1: c",
                    "2000-12", "3 1: e",
                    "undated", "4 1: d"));
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateMovingRemovingAndAddingLettersGivesTheMonthsOfAFullComputation() {
        Dataset ds = corpus();
        try {
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                put(ds, touched, "b", null, false);
                put(ds, touched, "c", "2002-01-01", true);
                put(ds, touched, "d", "2001-02-01", true);
                put(ds, touched, "f", null, true);
            });
            assertThat(months(ds)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "2002-01", "0 1: c",
                    "2001-03", "1 1: a",
                    "2001-02", "2 1: d",
                    "2000-12", "3 1: e",
                    "undated", "4 1: f"));
        } finally {
            ds.close();
        }
    }

    /** A graph {@code stem} stating the dates {@code dates} of letter {@code of} (and that it is a letter). */
    private static Model dates(String of, String... dates) {
        StringBuilder ttl = new StringBuilder("@prefix unkg: <https://w3id.org/unkg/ontology#> . @prefix dcterms:"
                + " <http://purl.org/dc/terms/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . <" + Vocab.ID + "letter/"
                + of + "> a unkg:Letter");
        for (String d : dates) {
            ttl.append(" ; dcterms:date \"").append(d).append("\"^^xsd:date");
        }
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(ttl.append(" .").toString()), null, "TTL");
        return m;
    }

    @Test
    void anUpdateCountsAMonthsRowsFromWhatTheChangedGraphsStatedBeforeAndStateNow() {
        Dataset ds = corpus();
        try {
            // letter a's type and dates stated by a second graph too: two dates in one month, one in another
            Txn.executeWrite(ds, () -> {
                Summaries.Touched ignored = new Summaries.Touched();
                SummaryStores.put(ds, ignored, "a-more", dates("a", "2001-03-05", "2001-03-25", "2001-04-02"));
                Summaries.write(ds);
            });
            assertThat(months(ds)).containsEntry("2001-03", "1 3: a b").containsEntry("2001-04", "0 1: a");
            // the second graph goes but a's own graph still states 2001-03-05 (and a new graph states it again: no
            // date more); b states a second date in its month
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                SummaryStores.drop(ds, touched, "a-more");
                SummaryStores.put(ds, touched, "a-dup", dates("a", "2001-03-05"));
                SummaryStores.put(ds, touched, "b", dates("b", "2001-03-20", "2001-03-21"));
            });
            assertThat(months(ds)).containsEntry("2001-03", "0 3: a b").doesNotContainKey("2001-04");
            // a's own graph goes while another graph states the same date of it: a stays in its month
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                SummaryStores.put(ds, touched, "a-again", dates("a", "2001-03-05"));
                SummaryStores.drop(ds, touched, "a");
                put(ds, touched, "c", "2001-03-01", true);
            });
            assertThat(months(ds)).containsEntry("2001-03", "0 4: a b c").doesNotContainKey("2001-01");
        } finally {
            ds.close();
        }
    }
}
