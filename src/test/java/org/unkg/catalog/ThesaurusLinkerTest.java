package org.unkg.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog's places, regions and states matched to UNBIS concepts by label, and what it leaves to check. */
class ThesaurusLinkerTest {
    private static final String ID = "https://w3id.org/unkg/id/";
    private static final String UNBIS = Thesaurus.NAMESPACE;
    private static ThesaurusLinker.Result result;

    @BeforeAll
    static void link() throws IOException {
        Catalog catalog = Catalog.load(Path.of("data", "catalog"));
        Thesaurus thesaurus = Thesaurus.load(Path.of("data", "authorities", "unbis-thesaurus.ttl"));
        result = new ThesaurusLinker(catalog.model(), thesaurus, Map.of()).link();
    }

    private static List<String> links(String entry, String property) {
        return result.links().stream().filter(l -> l.entry().equals(ID + entry) && l.property().equals(property))
                .map(ThesaurusLinker.Link::concept).toList();
    }

    @Test
    void statesRegionsAndContinentsGetTheirGeographicConcept() {
        assertThat(links("state/TJK", "exactMatch")).containsExactly(UNBIS + "1006358");
        assertThat(links("place/central-asia", "exactMatch")).containsExactly(UNBIS + "1000885");
        assertThat(links("place/west-africa", "exactMatch")).containsExactly(UNBIS + "1006992");
        assertThat(links("place/africa", "exactMatch")).containsExactly(UNBIS + "1000099");
    }

    @Test
    void aStateIsRelatedToTheSituationOrQuestionNamedAfterIt() {
        assertThat(links("state/TJK", "relatedMatch")).containsExactly(UNBIS + "1006359");
        assertThat(links("state/HTI", "relatedMatch")).containsExactly(UNBIS + "1002809");
        // a hidden former name counts: Timor-Leste is the East Timor of the thesaurus's situation and question
        assertThat(links("state/TLS", "relatedMatch")).containsExactlyInAnyOrder(UNBIS + "1001825", UNBIS + "1001824");
    }

    @Test
    void everyStateTheThesaurusNamesIsMatchedAndTheRestIsOnTheCheckList() {
        long states = result.counts().get("State");
        long linked = result.counts().get("State linked");
        List<String> unmatched = result.unmatched().stream().filter(u -> u.kind().equals("State")).map(ThesaurusLinker.Unmatched::key).toList();
        assertThat(linked + unmatched.size()).isEqualTo(states);
        assertThat(unmatched).containsExactly("XKX");
    }

    @Test
    void thePreferredNameWinsOverAFormerOne() {
        // Serbia's hidden labels include Serbia and Montenegro; Germany's the Federal Republic of Germany
        assertThat(links("state/SRB", "exactMatch")).containsExactly(UNBIS + "1005822");
        assertThat(links("state/DEU", "exactMatch")).containsExactly(UNBIS + "1002675");
    }

    @Test
    void aConceptNamedOnlyByTheArabicLabelIsLeftToCheck() {
        // عمان is both Amman and Oman once folded: Amman is not matched to OMAN
        assertThat(links("place/amman", "exactMatch")).isEmpty();
        assertThat(result.unmatched()).anySatisfy(u -> {
            assertThat(u.key()).isEqualTo("amman");
            assertThat(u.why()).contains("only its Arabic label").contains("OMAN");
        });
    }

    @Test
    void anOrganizationIsMatchedByItsNameNeverByItsAcronym() {
        assertThat(links("org/CIS", "exactMatch")).containsExactly(UNBIS + "1001121");
        assertThat(links("org/GUAM", "exactMatch")).isEmpty();
    }
}
