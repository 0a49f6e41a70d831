package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The differences between a document's language versions, written to the summary graph: one row per fact some
 * versions state and others do not, with the files of the versions stating it, packed in one literal per document; an update (a version changed or gone,
 * a signatory named differently in another letter) leaves them as a full computation would.
 */
class DocumentDifferencesTest {
    private static final Node G = NodeFactory.createURI(Summaries.GRAPH);
    private static final String PREFIXES = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    @TempDir
    Path dir;

    /** A version of document d1 in file {@code stem}.txt with a date, an optional mention of ECOWAS and a signatory. */
    private static String version(String stem, String date, boolean ecowas, String signatory, String name) {
        return "<" + Vocab.ID + "letter/" + stem + "> a unkg:Letter ; unkg:sourceFile \"" + stem + ".txt\" ;"
                + " unkg:isVersionOf <" + Vocab.ID + "document/d1> ; dcterms:date \"" + date + "\"^^xsd:date ;"
                + (ecowas ? " unkg:mentions <" + Vocab.ID + "org/ECOWAS> ;" : "")
                + " unkg:signatory <" + Vocab.ID + "person/" + signatory + "> .\n"
                + "<" + Vocab.ID + "person/" + signatory + "> foaf:name \"" + name + "\" .\n";
    }

    private static void put(Dataset ds, Summaries.Touched touched, String stem, String ttl) {
        Model m = null;
        if (ttl != null) {
            m = ModelFactory.createDefaultModel();
            m.read(new StringReader(PREFIXES + ttl), null, "TTL");
        }
        SummaryStores.put(ds, touched, stem, m);
    }

    /** The difference rows of the summary graph as "field value in files", sorted. */
    private static List<String> rows(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            var dsg = ds.asDatasetGraph();
            dsg.find(G, Node.ANY, DocumentDifferences.ROWS, Node.ANY).forEachRemaining(q -> {
                for (String[] r : DocumentDifferences.rows(q.getObject().getLiteralLexicalForm())) {
                    out.add(r[0] + " " + r[1] + " in " + r[2]);
                }
            });
            out.sort(null);
            return out;
        });
    }

    private static String text(Dataset ds, Node s, String p) {
        return ds.asDatasetGraph().find(G, s, uri(p), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(Vocab.UNKG + local);
    }

    private Dataset corpus() {
        Dataset ds = SummaryStores.open(dir);
        Txn.executeWrite(ds, () -> {
            Summaries.Touched ignored = new Summaries.Touched();
            put(ds, ignored, "en", version("en", "2011-04-12", true, "ban", "Ban Ki-moon"));
            put(ds, ignored, "ar", version("ar", "2011-04-12", false, "ban", "Ban Ki-moon"));
            put(ds, ignored, "fr", version("fr", "2011-04-13", true, "pascoe", "B. Lynn Pascoe"));
            Summaries.write(ds);
        });
        return ds;
    }

    @Test
    void listsEachFactSomeVersionsStateAndOthersDoNotWithTheirFiles() {
        Dataset ds = corpus();
        try {
            assertThat(rows(ds)).containsExactly(
                    "date 2011-04-12 in ar.txt en.txt",
                    "date 2011-04-13 in fr.txt",
                    "organizations ECOWAS in en.txt fr.txt",
                    "signatory B. Lynn Pascoe in fr.txt",
                    "signatory Ban Ki-moon in ar.txt en.txt");
            Txn.executeRead(ds, () -> assertThat(text(ds, NodeFactory.createURI(Vocab.ID + "document/d1"), "differenceCount"))
                    .isEqualTo("5"));
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateNamingASignatoryInAnotherLetterGivesTheDifferencesOfAFullComputation() {
        Dataset ds = corpus();
        try {
            // a letter that is no version of d1 gives its signatory an English label, which the comparison prefers
            SummaryStores.assertUpdateEqualsFull(ds, touched -> put(ds, touched, "other", "<" + Vocab.ID + "letter/other> a unkg:Letter ;"
                    + " unkg:sourceFile \"other.txt\" ; unkg:signatory <" + Vocab.ID + "person/ban> ."
                    + " <" + Vocab.ID + "person/ban> skos:prefLabel \"BAN Ki-moon\"@en ."));
            assertThat(rows(ds)).contains("signatory BAN Ki-moon in ar.txt en.txt").doesNotContain("signatory Ban Ki-moon in ar.txt en.txt");
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateRemovingAVersionGivesTheDifferencesOfAFullComputation() {
        Dataset ds = corpus();
        try {
            SummaryStores.assertUpdateEqualsFull(ds, touched -> put(ds, touched, "fr", null));
            assertThat(rows(ds)).containsExactly("organizations ECOWAS in en.txt");
        } finally {
            ds.close();
        }
    }
}
