package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/** {@link Labels#display}: the label a page shows for each way a resource can be labelled, and its direction. */
class LabelsTest {
    private static final String DATA = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix x: <https://w3id.org/unkg/id/> .
            x:english skos:prefLabel "Bureau"@fr , "Office"@en , "مكتب"@ar .
            x:arabic skos:prefLabel "مكتب"@ar , "Bureau"@fr .
            x:arabicThenName skos:altLabel "x"@en ; skos:prefLabel "بعثة"@ar ; foaf:name "Mission" .
            x:frenchOnly skos:prefLabel "Bureau"@fr .
            x:labelAfterArabic rdfs:label "Office"@en ; skos:prefLabel "مكتب"@ar .
            x:untagged skos:notation "UNX" .
            x:nameOnly foaf:name "A. Person" ; skos:notation "AP" .
            x:resourceLabel skos:prefLabel x:other .
            """;

    @Test
    void displayIsTheBestLabelAndItsDirectionForEveryKindOfLabelling() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(DATA), null, "TTL");
        Labels labels = new Labels(m);
        Map<String, Labels.Display> expected = new LinkedHashMap<>();
        expected.put("english", new Labels.Display("Office", false));
        expected.put("arabic", new Labels.Display("مكتب", true));
        // skos:altLabel is no display label: the Arabic prefLabel wins over the later untagged foaf:name
        expected.put("arabicThenName", new Labels.Display("بعثة", true));
        expected.put("frenchOnly", new Labels.Display("Bureau", false));
        // the Arabic prefLabel comes first by property; an English label elsewhere means the page is not right to left
        expected.put("labelAfterArabic", new Labels.Display("مكتب", false));
        expected.put("untagged", new Labels.Display("UNX", false));
        expected.put("nameOnly", new Labels.Display("A. Person", false));
        expected.put("resourceLabel", new Labels.Display("resourceLabel", false));
        expected.put("unlabelled", new Labels.Display("unlabelled", false));
        expected.forEach((name, display) -> {
            Resource r = m.createResource("https://w3id.org/unkg/id/" + name);
            assertThat(labels.display(r)).as(name).isEqualTo(display);
            assertThat(labels.best(r)).as(name).isEqualTo(display.text());
            assertThat(labels.bestIsArabic(r)).as(name).isEqualTo(display.arabic());
        });
    }
}
