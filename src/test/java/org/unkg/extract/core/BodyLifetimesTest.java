package org.unkg.extract.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.unkg.model.DateValue;

/** Of bodies that share a name, the one that existed on a letter's date, else the nearest in time. */
class BodyLifetimesTest {
    private static final String TTL = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/unkg/id/org/OLD> skos:notation "OLD" ; unkg:established "1998"^^xsd:gYear ;
                unkg:closed "2003-06"^^xsd:gYearMonth .
            <https://w3id.org/unkg/id/org/NEW> skos:notation "NEW" ; unkg:established "2009-01-01"^^xsd:date .
            <https://w3id.org/unkg/id/org/UNDATED> skos:notation "UNDATED" .
            """;

    private static BodyLifetimes lifetimes() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader(TTL), null, "TTL");
        return new BodyLifetimes(m);
    }

    @Test
    void theBodyThatExistedOnTheDateIsChosen() {
        BodyLifetimes l = lifetimes();
        assertThat(l.existingOn("NEW", List.of("OLD"), DateValue.parse("2003-06-30"))).isEqualTo("OLD");
        assertThat(l.existingOn("OLD", List.of("NEW"), DateValue.parse("2015"))).isEqualTo("NEW");
    }

    @Test
    void betweenTwoLivesTheNearerIsChosen() {
        assertThat(lifetimes().existingOn("NEW", List.of("OLD"), DateValue.parse("2004-02"))).isEqualTo("OLD");
        assertThat(lifetimes().existingOn("OLD", List.of("NEW"), DateValue.parse("2008-10-01"))).isEqualTo("NEW");
    }

    @Test
    void withoutANamesakeADateOrTheCatalogsDatesTheNameKeepsItsEntity() {
        BodyLifetimes l = lifetimes();
        assertThat(l.existingOn("OLD", List.of(), DateValue.parse("2015"))).isEqualTo("OLD");
        assertThat(l.existingOn("NEW", List.of("OLD"), null)).isEqualTo("NEW");
        assertThat(l.existingOn("UNDATED", List.of("NEW"), DateValue.parse("1990"))).isEqualTo("UNDATED");
        assertThat(l.existingOn("UNDATED", List.of("NEW"), DateValue.parse("2010"))).isEqualTo("NEW");
    }
}
