package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/** {@link Labels#display}: one reading of the label properties gives what {@code best} and {@code bestIsArabic} give. */
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
        for (String name : List.of("english", "arabic", "arabicThenName", "frenchOnly", "labelAfterArabic", "untagged",
                "nameOnly", "resourceLabel", "unlabelled")) {
            Resource r = m.createResource("https://w3id.org/unkg/id/" + name);
            Labels.Display d = labels.display(r);
            assertThat(d.text()).as(name).isEqualTo(labels.best(r));
            assertThat(d.arabic()).as(name).isEqualTo(labels.bestIsArabic(r));
        }
        assertThat(labels.display(m.createResource("https://w3id.org/unkg/id/arabic"))).isEqualTo(new Labels.Display("مكتب", true));
        assertThat(labels.display(m.createResource("https://w3id.org/unkg/id/labelAfterArabic")).text()).isEqualTo("مكتب");
        assertThat(labels.display(m.createResource("https://w3id.org/unkg/id/unlabelled")).text()).isEqualTo("unlabelled");
    }
}
