package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.graph.Vocab;

/**
 * The summaries a build notes from the graphs as they stream into the loader ({@link Summaries#beforeLoad}) are the
 * summary graph {@link Summaries#write} computes from the stored graphs: event counts and body pages of events stated
 * in several letters with different dates and types, mandates from a shared graph, and the differences between the
 * versions of a document whose signatory is named in another letter and whose body of an organization is typed in
 * the shared graph.
 */
class SummariesFeedTest {
    @TempDir
    Path dir;

    private static Model model(String ttl) {
        return SummaryStores.model(ttl);
    }

    /** A version of {@code document} that mentions a body of an organization. */
    private static String letter(String stem, String document, String date, String more) {
        return SummaryStores.version(stem, document, date, "; unkg:mentions id:org/UNOWA " + more);
    }

    private static String event(String id, String type, String body, String date, String stem) {
        return "id:event/" + id + " a unkg:Event ; unkg:eventType unkg:" + type + " ; unkg:concerns id:org/" + body
                + " ; unkg:date \"" + date + "\"^^xsd:date ; prov:wasDerivedFrom id:letter/" + stem + " .\n";
    }

    @Test
    void theSummariesNotedFromTheGraphsAreThoseComputedFromTheStore() {
        Map<String, Model> letters = new LinkedHashMap<>();
        letters.put("en", model(letter("en", "d1", "2011-04-12", "; unkg:sender id:party/en-s ; unkg:signatory id:person/ban")
                + "id:party/en-s unkg:role <https://w3id.org/unkg/id/role/SecretaryGeneral> ; unkg:ofState id:state/FRA .\n"
                + event("e1", "Establishment", "UNOCA", "2011-01-01", "en")
                + event("e2", "Extension", "UNOCA", "2012-06-30", "en")
                + "id:mandate/m-en a unkg:Mandate ; unkg:of id:org/UNOCA .\n"));
        // the same events stated again with an earlier date and another type: the least of each sorts them
        letters.put("fr", model(letter("fr", "d1", "2011-04-13", "; unkg:signatory id:person/pascoe")
                + event("e1", "Establishment", "UNOCA", "2011-01-01", "fr")
                + event("e2", "Closure", "UNOCA", "2010-02-02", "fr")
                + event("e3", "Extension", "UNOWA", "2011-03-03", "fr")));
        // the signatory of the French version is named in a later letter only
        letters.put("ar", model(letter("ar", "d2", "2011-05-01", "")
                + "id:person/pascoe foaf:name \"B. Lynn Pascoe\" ; skos:prefLabel \"Lynn Pascoe\"@en-US .\n"));
        letters.put("zh", model(letter("zh", "d2", "2011-05-02", "; unkg:mentions id:org/AU")));
        Model catalog = model("""
                id:org/UNOWA a unkg:BodyOfOrganization ; org:subOrganizationOf id:org/UN ; skos:prefLabel "UNOWA"@en .
                id:person/ban skos:prefLabel "Ban Ki-moon"@en-GB, "Пан Ги Мун"@ru .
                id:mandate/m-catalog a unkg:Mandate ; unkg:of id:org/UNOWA .
                """);

        Dataset ds = SummaryStores.open(dir);
        Node catalogGraph = NodeFactory.createURI(Vocab.CATALOG_GRAPH);
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel(Vocab.CATALOG_GRAPH, catalog);
            letters.forEach((stem, m) -> ds.addNamedModel(SummaryStores.letterGraph(stem).getURI(), m));
            Summaries.write(ds);
        });
        List<String> stored = SummaryStores.summary(ds);
        ds.close();

        Summaries.Feed feed = new Summaries.Feed();
        feed.shared(catalog.getGraph());
        letters.values().forEach(m -> feed.letter(m.getGraph()));
        Map<String, Graph> shared = Map.of(catalogGraph.getURI(), catalog.getGraph());
        List<String> noted = new ArrayList<>();
        Node summary = NodeFactory.createURI(Summaries.GRAPH);
        Summaries.beforeLoad(feed, shared).find().forEachRemaining(t -> noted.add(Quad.create(summary, t).toString()));
        noted.sort(null);

        assertThat(stored).anyMatch(q -> q.contains("differenceRows") && q.contains("Lynn Pascoe"))
                .anyMatch(q -> q.contains("eventPageOf")).anyMatch(q -> q.contains("mandatePageOf"))
                .anyMatch(q -> q.contains("eventCount"));
        assertThat(noted).isEqualTo(stored);
    }
}
