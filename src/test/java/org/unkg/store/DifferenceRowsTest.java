package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.graph.Vocab;

/**
 * The difference rows read from the store's indexes are the rows of the SPARQL query they replace
 * ({@code differences.rq}), on versions that state every kind of fact it compares in each of the forms it reads
 * (a party with and without a state, a signatory with an English label, with a name only and with neither, a body of an
 * organization counted as its parent, an event merged across letters, a version without a source file).
 */
class DifferenceRowsTest {
    @TempDir
    Path dir;

    private static String letter(String stem, String document, String date, String more) {
        return SummaryStores.version(stem, document, date, more);
    }

    private static void put(Dataset ds, String stem, String ttl) {
        SummaryStores.put(ds, new Summaries.Touched(), stem, SummaryStores.model(ttl));
    }

    private Dataset corpus() {
        Dataset ds = SummaryStores.open(dir);
        String event = "id:event/e1 unkg:eventType unkg:Establishment ; unkg:concerns id:org/UNOCA ;"
                + " unkg:date \"2011-01-01\"^^xsd:date ; prov:wasDerivedFrom id:letter/";
        Txn.executeWrite(ds, () -> {
            put(ds, "en", letter("en", "d1", "2011-04-12", "; unkg:sender id:party/en-s ; unkg:recipient id:party/en-r ;"
                    + " unkg:signatory id:person/ban ; unkg:mentions id:org/UNOWA, id:org/ECOWAS, id:state/MLI")
                    + "id:party/en-s unkg:role <https://w3id.org/unkg/id/role/SecretaryGeneral> .\n"
                    + "id:party/en-r unkg:role <https://w3id.org/unkg/id/role/PresidentOfTheSecurityCouncil> ;"
                    + " unkg:ofState id:state/FRA .\n"
                    + "id:person/ban skos:prefLabel \"Ban Ki-moon\"@en-GB, \"Пан Ги Мун\"@ru ; foaf:name \"BAN\" .\n"
                    + "id:org/UNOWA a unkg:BodyOfOrganization ; org:subOrganizationOf id:org/UN .\n"
                    + event + "en .\n");
            put(ds, "fr", letter("fr", "d1", "2011-04-13", "; unkg:sender id:party/fr-s ; unkg:signatory id:person/pascoe ;"
                    + " unkg:mentions id:org/ECOWAS")
                    + "id:party/fr-s unkg:role <https://w3id.org/unkg/id/role/SecretaryGeneral> .\n"
                    + "id:person/pascoe foaf:name \"B. Lynn Pascoe\" .\n"
                    + event + "fr .\n");
            put(ds, "ar", letter("ar", "d1", "2011-04-12", "; unkg:signatory id:person/nobody"));
            // a version whose file is not recorded states nothing the comparison counts
            put(ds, "ru", "id:letter/ru a unkg:Letter ; unkg:isVersionOf id:document/d1 ;"
                    + " dcterms:date \"2011-05-01\"^^xsd:date .\n");
            put(ds, "es", letter("es", "d2", "2012-02-02", ""));
            put(ds, "zh", letter("zh", "d2", "2012-02-02", "; unkg:mentions id:org/AU"));
            put(ds, "single", letter("single", "d3", "2013-03-03", "; unkg:mentions id:org/AU"));
            Summaries.write(ds);
        });
        return ds;
    }

    /** The rows as the SPARQL query gave them (the build ran it until the rows were read from the indexes). */
    private static Map<Node, TreeSet<String>> queried(DatasetGraph dsg) throws IOException {
        String text;
        try (InputStream in = DocumentDifferences.class.getResourceAsStream("differences.rq")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<Node, TreeSet<String>> rows = new HashMap<>();
        var b = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(text)
                .set(TDB2.symUnionDefaultGraph, true);
        try (QueryExecution qe = b.build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.computeIfAbsent(s.getResource("document").asNode(), k -> new TreeSet<>()).add(DocumentDifferences.row(
                        s.getLiteral("field").getLexicalForm(), s.getLiteral("value").getLexicalForm(),
                        s.getLiteral("in").getLexicalForm().split(String.valueOf(DocumentDifferences.UNIT))));
            }
        }
        return rows;
    }

    private static List<String> readable(TreeSet<String> rows) {
        return rows.stream().map(r -> r.replace(DocumentDifferences.UNIT, '|')).toList();
    }

    @Test
    void theRowsAreTheRowsOfTheQueryTheyReplace() throws IOException {
        Dataset ds = corpus();
        try {
            Txn.executeRead(ds, () -> {
                Map<Node, TreeSet<String>> rows = DifferenceRows.all(ds.asDatasetGraph());
                try {
                    assertThat(rows).isEqualTo(queried(ds.asDatasetGraph()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                assertThat(readable(rows.get(NodeFactory.createURI(Vocab.ID + "document/d1")))).containsExactly(
                        "date|2011-04-12|ar.txt en.txt",
                        "date|2011-04-13|fr.txt",
                        "events|https://w3id.org/unkg/ontology#Establishment UNOCA 2011-01-01|en.txt fr.txt",
                        "organizations|ECOWAS|en.txt fr.txt",
                        "organizations|UN|en.txt",
                        "recipient|PresidentOfTheSecurityCouncil FRA|en.txt",
                        "sender|SecretaryGeneral|en.txt fr.txt",
                        "signatory|B. Lynn Pascoe|fr.txt",
                        "signatory|Ban Ki-moon|en.txt",
                        "signatory|https://w3id.org/unkg/id/person/nobody|ar.txt");
                assertThat(readable(rows.get(NodeFactory.createURI(Vocab.ID + "document/d2"))))
                        .containsExactly("organizations|AU|zh.txt");
                assertThat(rows).doesNotContainKey(NodeFactory.createURI(Vocab.ID + "document/d3"));
            });
        } finally {
            ds.close();
        }
    }

    @Test
    void theRowsOfSomeDocumentsAreTheirRowsAmongAll() {
        Dataset ds = corpus();
        try {
            Txn.executeRead(ds, () -> {
                Node d2 = NodeFactory.createURI(Vocab.ID + "document/d2");
                Node single = NodeFactory.createURI(Vocab.ID + "document/d3");
                assertThat(DifferenceRows.of(ds.asDatasetGraph(), Set.of(d2, single)))
                        .isEqualTo(Map.of(d2, DifferenceRows.all(ds.asDatasetGraph()).get(d2)));
            });
        } finally {
            ds.close();
        }
    }
}
