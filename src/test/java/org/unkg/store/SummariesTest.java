package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.graph.Vocab;

/** The summary graph counts the letters that mention a resource, its latest letters and documents' versions. */
class SummariesTest {
    private static final String ID = Vocab.ID;

    @TempDir
    Path dir;

    private static Property p(String local) {
        return ResourceFactory.createProperty(Vocab.UNKG + local);
    }

    private static Model letter(String stem, String date, String document, String... mentions) {
        StringBuilder ttl = new StringBuilder("""
                @prefix unkg: <https://w3id.org/unkg/ontology#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                """);
        ttl.append("<").append(ID).append("letter/").append(stem).append("> a unkg:Letter ; dcterms:date \"")
                .append(date).append("\"^^xsd:date ; unkg:isVersionOf <").append(ID).append("document/").append(document).append(">");
        for (String m : mentions) {
            ttl.append(" ; unkg:mentions <").append(ID).append(m).append(">");
        }
        ttl.append(" .\n");
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(ttl.toString()), null, "TTL");
        return model;
    }

    @Test
    void countsLettersPerMentionedResourceWithFirstAndLastDatesAndLatestLetters() {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        try {
            Txn.executeWrite(ds, () -> {
                for (int i = 1; i <= Summaries.LATEST + 5; i++) {
                    String stem = String.format("l%02d", i);
                    ds.addNamedModel(Vocab.GRAPH + "letter/" + stem, letter(stem, String.format("2001-01-%02d", i),
                            "d" + i, "org/UNX"));
                }
                ds.addNamedModel(Vocab.GRAPH + "letter/en", letter("en", "2001-01-05", "d5", "org/UNY"));
                Summaries.write(ds);
            });
            Txn.executeRead(ds, () -> {
                Model summary = ds.getNamedModel(Summaries.GRAPH);
                Resource unx = summary.createResource(ID + "org/UNX");
                assertThat(summary.getProperty(unx, p("letterCount")).getLong()).isEqualTo(Summaries.LATEST + 5);
                assertThat(summary.getProperty(unx, p("firstLetterDate")).getString()).isEqualTo("2001-01-01");
                assertThat(summary.getProperty(unx, p("lastLetterDate")).getString()).isEqualTo("2001-01-25");
                List<String> latest = summary.listObjectsOfProperty(unx, p("latestLetter")).mapWith(RDFNode::toString).toList();
                assertThat(latest).hasSize(Summaries.LATEST).contains(ID + "letter/l25", ID + "letter/l06")
                        .doesNotContain(ID + "letter/l05", ID + "letter/l01");
                Resource d5 = summary.createResource(ID + "document/d5");
                assertThat(summary.getProperty(d5, p("versionCount")).getLong()).isEqualTo(2);
                assertThat(summary.listObjectsOfProperty(d5, p("version")).mapWith(RDFNode::toString).toList())
                        .containsExactlyInAnyOrder(ID + "letter/l05", ID + "letter/en");
                assertThat(summary.contains(summary.createResource(ID + "document/d4"), p("versionCount"))).isFalse();
            });
        } finally {
            ds.close();
        }
    }
}
