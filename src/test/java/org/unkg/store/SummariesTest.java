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
    /** Every quad of the summary graph as a sorted list of strings. */
    private static List<String> summary(Dataset ds) {
        List<String> out = new java.util.ArrayList<>();
        ds.asDatasetGraph().find(org.apache.jena.graph.NodeFactory.createURI(Summaries.GRAPH), org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).forEachRemaining(q -> out.add(q.toString()));
        out.sort(null);
        return out;
    }

    /** Removes (when {@code model} is null) or puts a letter graph, noting what it touches as an update does. */
    private static void change(Dataset ds, Summaries.Touched touched, String stem, Model model) {
        org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(Vocab.GRAPH + "letter/" + stem);
        ds.asDatasetGraph().find(g, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY).forEachRemaining(touched::removed);
        ds.asDatasetGraph().deleteAny(g, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY);
        if (model != null) {
            model.getGraph().find().forEachRemaining(t -> {
                org.apache.jena.sparql.core.Quad q = org.apache.jena.sparql.core.Quad.create(g, t);
                ds.asDatasetGraph().add(q);
                touched.added(q);
            });
        }
    }

    /** 23 letters l01..l23 dated 2001-01-01..23, all mentioning UNX, the even ones UNY, the odd ones UNZ; summaries written. */
    private Dataset corpus() {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
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

    /** Applies {@code changes} as an update does, then checks its summaries against a full computation's; returns them. */
    private static List<String> updatedEqualsFull(Dataset ds, java.util.function.Consumer<Summaries.Touched> changes) {
        List<String> before = Txn.calculateRead(ds, () -> summary(ds));
        Summaries.Touched touched = new Summaries.Touched();
        Txn.executeWrite(ds, () -> {
            changes.accept(touched);
            Summaries.update(ds.asDatasetGraph(), touched);
        });
        List<String> updated = Txn.calculateRead(ds, () -> summary(ds));
        Txn.executeWrite(ds, () -> Summaries.write(ds));
        assertThat(updated).isEqualTo(Txn.calculateRead(ds, () -> summary(ds))).isNotEqualTo(before);
        return updated;
    }

    @Test
    void anUpdateRemovingAResourcesFirstAndLastLettersGivesTheSummariesOfAFullComputation() {
        Dataset ds = corpus();
        try {
            // l01 was the first letter of UNX and UNZ, l23 the last of UNX and UNZ; l02 moves to another document
            updatedEqualsFull(ds, touched -> {
                change(ds, touched, "l01", null);
                change(ds, touched, "l23", null);
                change(ds, touched, "l02", letter("l02", "2001-02-01", "d9", "org/UNW"));
                change(ds, touched, "new", letter("new", "2000-12-31", "d9", "org/UNY"));
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
            updatedEqualsFull(ds, touched -> {
                change(ds, touched, "l03", null);
                change(ds, touched, "l02", letter("l02", "2001-01-02", "d2", "org/UNX"));
                change(ds, touched, "new", letter("new", "2001-01-15", "d9", "org/UNX"));
                change(ds, touched, "late", letter("late", "2001-03-01", "d8", "org/UNX"));
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
