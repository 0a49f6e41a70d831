package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;

/**
 * Persons named without a title: a two-word Arabic name whose words both carry the article before a role
 * ("الأخضر الإبراهيمي، مستشاري الخاص"), a name read back from its role after a place and a preposition ("à Genève
 * Jan Egeland, Coordonnateur ..."); and what is no person: a catalog person in the name of a thing named after him
 * ("the Dag Hammarskjöld Library", "la Bibliothèque Dag Hammarskjöld"), "Chargé d'affaires" under a title.
 */
class BareNamesTest {
    private static List<String> persons(String text, String language) {
        return Pipelines.facts(Pipelines.PROJECT_CATALOG, text, language, "2005-06-01").mentions().stream()
                .filter(m -> m.kind() == EntityKind.PERSON).map(m -> m.label().replaceAll("\\s+", " ")).toList();
    }

    @Test
    void anArabicNameOfTwoArticledWordsBeforeARoleIsAPerson() {
        assertThat(persons("وأود أن أبلغكم بأن الأخضر الإبراهيمي، ممثلي الخاص، سيزور كابول.", "ar"))
                .contains("الأخضر الإبراهيمي");
    }

    @Test
    void theSecretaryGeneralsTitleIsNoArticledName() {
        assertThat(persons("وقد أبلغ الأمين العام، بصفته رئيسا للجنة، المجلس بذلك.", "ar")).isEmpty();
    }

    @Test
    void aPlaceAfterAPrepositionDoesNotStartANameReadBackFromItsRole() {
        assertThat(persons("J'ai rencontré à Genève Jan Egeland, Coordonnateur des secours d'urgence, le 3 mai.", "fr"))
                .contains("Jan Egeland").noneMatch(p -> p.contains("Genève"));
        assertThat(persons("I met in Nairobi Ahmedou Ould-Abdallah, my Special Representative for Somalia.", "en"))
                .contains("Ahmedou Ould-Abdallah").noneMatch(p -> p.contains("Nairobi"));
    }

    @Test
    void aCatalogPersonInsideTheNameOfALibraryOrCentreIsNoPerson() {
        assertThat(persons("The records will be kept at the Dag Hammarskjöld Library in New York.", "en")).isEmpty();
        assertThat(persons("Les archives seront déposées à la Bibliothèque Dag Hammarskjöld.", "fr")).isEmpty();
    }
}
