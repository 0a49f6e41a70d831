package org.unkg.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled UNBIS Thesaurus as reference data: its concepts, hierarchy, and terms resolved in any language. */
class ThesaurusTest {
    private static final String UNBIS = Thesaurus.NAMESPACE;
    private static Thesaurus thesaurus;

    @BeforeAll
    static void load() throws IOException {
        thesaurus = Thesaurus.load(Path.of("data", "authorities", "unbis-thesaurus.ttl"));
    }

    @Test
    void holdsEveryConceptWithLabelsInTheSixLanguages() {
        assertThat(thesaurus.size()).isEqualTo(7312);
        Thesaurus.Concept peacebuilding = thesaurus.concept(UNBIS + "1004776");
        assertThat(peacebuilding.labels()).containsOnlyKeys("ar", "en", "es", "fr", "ru", "zh")
                .containsEntry("en", "PEACEBUILDING").containsEntry("fr", "CONSOLIDATION DE LA PAIX");
        assertThat(peacebuilding.broader()).containsExactly(UNBIS + "010300");
    }

    @Test
    void microthesauriAreTheRootsAndDepthCountsTheLongestChainUp() {
        assertThat(thesaurus.concept(UNBIS + "010300").category()).isTrue();
        assertThat(thesaurus.depth(UNBIS + "010300")).isZero();
        assertThat(thesaurus.depth(UNBIS + "1004776")).isEqualTo(1);
        // TAJIKISTAN is under CENTRAL ASIA, under ASIA (1000412), under ASIA AND THE PACIFIC, under the microthesaurus ASIA
        assertThat(thesaurus.depth(UNBIS + "1006358")).isEqualTo(4);
        assertThat(thesaurus.narrower(UNBIS + "1000885")).contains(UNBIS + "1006358");
    }

    @Test
    void resolvesATermInAnyLanguageCaseAccentsAndArabicArticle() {
        for (String term : new String[] {"PEACEBUILDING", "peacebuilding", "CONSOLIDATION DE LA PAIX", "CONSOLIDACIÓN DE LA PAZ",
                "بناء السلام", "建设和平", "Миростроительство"}) {
            assertThat(thesaurus.find(term)).as(term).map(Thesaurus.Concept::iri).contains(UNBIS + "1004776");
        }
        assertThat(thesaurus.find("حالة في طاجيكستان")).map(Thesaurus.Concept::notation).contains("1006359");
        assertThat(thesaurus.find("RÉSILIENCE")).map(Thesaurus.Concept::notation).contains("c_19bef3ac");
        assertThat(thesaurus.find("resilience")).map(Thesaurus.Concept::notation).contains("c_19bef3ac");
    }

    @Test
    void aDescriptorIsTheTermWhenAMicrothesaurusHasTheSameLabel() {
        assertThat(thesaurus.find("INTERNATIONAL RELATIONS")).map(Thesaurus.Concept::notation).contains("1003331");
    }

    @Test
    void aTermNoLabelNamesIsNotGuessed() {
        assertThat(thesaurus.find("PEACEBUILDINGS")).isEmpty();
        assertThat(thesaurus.find("REGIONAL OFFICES")).isEmpty();
    }
}
