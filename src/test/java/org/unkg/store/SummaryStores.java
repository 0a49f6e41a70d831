package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.unkg.graph.Vocab;

/**
 * What the summary tests share: a real TDB2 store with the union default graph, letter graphs put and dropped as an
 * update does (every quad noted in {@link Summaries.Touched}), the summary graph as sorted quads, and the check that an
 * update's summaries are those a full computation gives.
 */
final class SummaryStores {
    private static final Node SUMMARY = NodeFactory.createURI(Summaries.GRAPH);

    private SummaryStores() {}

    /** A TDB2 store in {@code dir}, queried over the union of its graphs as the server does. */
    static Dataset open(Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    private static final String PREFIXES = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    /**
     * A graph read from Turtle with the prefixes unkg, dcterms, foaf, skos, org, prov and xsd, where {@code id:kind/key}
     * stands for the resource's IRI (a prefixed name cannot hold a slash).
     */
    static Model model(String ttl) {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader(PREFIXES + ttl.replaceAll("(?<![\\w])id:([\\w/-]*\\w)", "<" + Vocab.ID + "$1>")),
                null, "TTL");
        return m;
    }

    /** The Turtle of letter {@code stem}, from file {@code stem.txt}: a version of {@code document} dated {@code date}. */
    static String version(String stem, String document, String date, String more) {
        return "id:letter/" + stem + " a unkg:Letter ; unkg:sourceFile \"" + stem + ".txt\" ; unkg:isVersionOf id:document/"
                + document + " ; dcterms:date \"" + date + "\"^^xsd:date " + more + " .\n";
    }

    /** The graph of the letter {@code stem}. */
    static Node letterGraph(String stem) {
        return NodeFactory.createURI(Vocab.GRAPH + "letter/" + stem);
    }

    /** Drops the letter {@code stem}'s graph, noting its quads as removed; in a write transaction. */
    static void drop(Dataset ds, Summaries.Touched touched, String stem) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node g = letterGraph(stem);
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(touched::removed);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    }

    /** Replaces the letter {@code stem}'s graph by {@code letter} (or only drops it when null), noting every quad. */
    static void put(Dataset ds, Summaries.Touched touched, String stem, Model letter) {
        drop(ds, touched, stem);
        if (letter != null) {
            Node g = letterGraph(stem);
            letter.getGraph().find().forEachRemaining(t -> {
                Quad q = Quad.create(g, t);
                ds.asDatasetGraph().add(q);
                touched.added(q);
            });
        }
    }

    /** The summary graph's quads as sorted strings. */
    static List<String> summary(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            ds.asDatasetGraph().find(SUMMARY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.toString()));
            out.sort(null);
            return out;
        });
    }

    /** Applies {@code change} as an update does; its summaries must be a full computation's, and differ from before. */
    static void assertUpdateEqualsFull(Dataset ds, Consumer<Summaries.Touched> change) {
        List<String> before = summary(ds);
        Txn.executeWrite(ds, () -> {
            Summaries.Touched touched = new Summaries.Touched();
            change.accept(touched);
            Summaries.update(ds.asDatasetGraph(), touched);
        });
        List<String> updated = summary(ds);
        Txn.executeWrite(ds, () -> Summaries.write(ds));
        assertThat(updated).isEqualTo(summary(ds)).isNotEqualTo(before);
    }
}
