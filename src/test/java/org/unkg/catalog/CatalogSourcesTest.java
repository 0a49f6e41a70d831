package org.unkg.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every catalog entry says where its facts come from, and a lifecycle fact no document supports is marked. */
class CatalogSourcesTest {
    private static final String ID = "https://w3id.org/unkg/id/";
    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static Model model;
    private static Property source;
    private static Property unsourced;

    @BeforeAll
    static void load() throws IOException {
        model = Catalog.load(Path.of("data", "catalog")).model();
        source = model.createProperty("http://purl.org/dc/terms/source");
        unsourced = model.createProperty(UNKG + "unsourced");
    }

    @Test
    void everyEntryOfTheCatalogHasASource() {
        List<Resource> entries = model.listSubjectsWithProperty(model.createProperty("http://www.w3.org/2004/02/skos/core#notation"))
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(ID)).toList();
        assertThat(entries).hasSizeGreaterThan(500);
        assertThat(entries).filteredOn(r -> !r.hasProperty(source)).isEmpty();
    }

    @Test
    void aFactADocumentSupportsCitesItAndTheOthersAreMarkedUnsourced() {
        Resource untop = model.createResource(ID + "org/UNTOP");
        assertThat(untop.listProperties(source).mapWith(s -> s.getObject().toString()).toList())
                .contains("https://undocs.org/S/2000/518", "https://undocs.org/S/2007/279");
        List<String> marked = untop.listProperties(unsourced).mapWith(s -> s.getObject().asResource().getLocalName()).toList();
        assertThat(marked).contains("closed").doesNotContain("established", "succeededBy");
        Resource unrcca = model.createResource(ID + "org/UNRCCA");
        assertThat(unrcca.hasProperty(unsourced, (RDFNode) model.createResource(UNKG + "established"))).isTrue();
    }

    @Test
    void aStateCitesTheUnListOfMemberStatesAndAnOfficeTheLettersOfTheCorpus() {
        assertThat(model.createResource(ID + "state/TJK").hasProperty(source, model.createResource(ID + "source/un-member-states"))).isTrue();
        assertThat(model.createResource(ID + "org/UNMOT").hasProperty(source, model.createResource(ID + "source/corpus"))).isTrue();
    }

    @Test
    void aLineNamingAnEntryTheCatalogLacksIsAnErrorNamingTheFileAndLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.ttl"), "<https://w3id.org/unkg/id/org/X> <http://www.w3.org/2004/02/skos/core#notation> \"X\" .\n");
        Files.writeString(tmp.resolve(CatalogSources.FILE), "# sources\norg/NOPE\t*\tS/2000/1\n");
        assertThatThrownBy(() -> Catalog.load(tmp)).isInstanceOf(IOException.class)
                .hasMessageContaining(CatalogSources.FILE + ":2").hasMessageContaining("no catalog entry org/NOPE");
        Files.writeString(tmp.resolve(CatalogSources.FILE), "org/X\tunkg:born\tS/2000/1\n");
        assertThatThrownBy(() -> Catalog.load(tmp)).hasMessageContaining(":1: unknown property 'unkg:born'");
    }
}
