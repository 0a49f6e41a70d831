package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
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

    /** 23 letters l01..l23 dated 2001-01-01..23, all mentioning UNX, the even ones UNY, the odd ones UNZ; summaries written. */
    private Dataset corpus() {
        Dataset ds = SummaryStores.open(dir);
        Txn.executeWrite(ds, () -> {
            for (int i = 1; i <= Summaries.LATEST + 3; i++) {
                String stem = String.format("l%02d", i);
                ds.addNamedModel(Vocab.GRAPH + "letter/" + stem, letter(stem, String.format("2001-01-%02d", i),
                        "d" + (i % 4), "org/UNX", i % 2 == 0 ? "org/UNY" : "org/UNZ"));
            }
            Summaries.write(ds);
        });
        return ds;
    }

    @Test
    void anUpdateRemovingAResourcesFirstAndLastLettersGivesTheSummariesOfAFullComputation() {
        Dataset ds = corpus();
        try {
            // l01 was the first letter of UNX and UNZ, l23 the last of UNX and UNZ; l02 moves to another document
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                SummaryStores.put(ds, touched, "l01", null);
                SummaryStores.put(ds, touched, "l23", null);
                SummaryStores.put(ds, touched, "l02", letter("l02", "2001-02-01", "d9", "org/UNW"));
                SummaryStores.put(ds, touched, "new", letter("new", "2000-12-31", "d9", "org/UNY"));
            });
            Txn.executeRead(ds, () -> {
                Model summary = ds.getNamedModel(Summaries.GRAPH);
                Resource unz = summary.createResource(ID + "org/UNZ");
                assertThat(summary.getProperty(unz, p("firstLetterDate")).getString()).isEqualTo("2001-01-03");
                assertThat(summary.getProperty(unz, p("lastLetterDate")).getString()).isEqualTo("2001-01-21");
                assertThat(summary.getProperty(summary.createResource(ID + "org/UNY"), p("firstLetterDate")).getString())
                        .isEqualTo("2000-12-31");
                assertThat(summary.getProperty(summary.createResource(ID + "document/d9"), p("versionCount")).getLong())
                        .isEqualTo(2);
            });
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateChangingLettersBeyondAResourcesLatestAdjustsItsSummaryAsAFullComputationWould() {
        Dataset ds = corpus();
        try {
            // UNX has 23 letters: l02 and l03 are not among its 20 latest, nor on its first or last date
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                SummaryStores.put(ds, touched, "l03", null);
                SummaryStores.put(ds, touched, "l02", letter("l02", "2001-01-02", "d2", "org/UNX"));
                SummaryStores.put(ds, touched, "new", letter("new", "2001-01-15", "d9", "org/UNX"));
                SummaryStores.put(ds, touched, "late", letter("late", "2001-03-01", "d8", "org/UNX"));
            });
            Txn.executeRead(ds, () -> {
                Model summary = ds.getNamedModel(Summaries.GRAPH);
                Resource unx = summary.createResource(ID + "org/UNX");
                assertThat(summary.getProperty(unx, p("letterCount")).getLong()).isEqualTo(Summaries.LATEST + 4);
                assertThat(summary.getProperty(unx, p("lastLetterDate")).getString()).isEqualTo("2001-03-01");
                assertThat(summary.listObjectsOfProperty(unx, p("latestLetter")).mapWith(RDFNode::toString).toList())
                        .hasSize(Summaries.LATEST).contains(ID + "letter/late", ID + "letter/new")
                        .doesNotContain(ID + "letter/l04", ID + "letter/l05");
            });
        } finally {
            ds.close();
        }
    }
}
