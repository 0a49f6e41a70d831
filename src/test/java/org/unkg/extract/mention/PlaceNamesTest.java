package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * Places named by context (issue 10, kind 3), through the whole pipeline over the project's catalog: places the
 * catalog does not hold, found by what precedes or follows them, told apart from persons, organizations, agreements,
 * rivers and adjectives; and catalog places and states that a longer name holds.
 */
class PlaceNamesTest {
    private static LetterFacts facts(String text, String language) {
        return Pipelines.facts(Pipelines.PROJECT_CATALOG, text, language, "2005-06-01");
    }

    private static List<String> places(String text, String language) {
        return facts(text, language).mentions().stream().filter(m -> m.kind() == EntityKind.PLACE)
                .map(m -> m.label().replaceAll("\\s+", " ")).distinct().toList();
    }

    private static List<String> states(String text, String language) {
        return facts(text, language).mentions().stream().filter(m -> m.kind() == EntityKind.STATE).map(Mention::key)
                .toList();
    }

    @Test
    void aPlaceAfterACueThatOnlyPlacesFollowIsAPlace() {
        assertThat(places("The team based in Kigoma has continued its patrols, and the liaison office at Kalemie"
                + " reported calm. The mission toured the island of Wetar.", "en"))
                .containsExactlyInAnyOrder("Kigoma", "Kalemie", "Wetar");
        assertThat(places("Les forces ont débarqué sur l'île d'Ndzuani et dans la ville de Fomboni. Le sommet, tenu à"
                + " Lozitza, a pris note.", "fr")).containsExactlyInAnyOrder("Ndzuani", "Fomboni", "Lozitza");
    }

    @Test
    void aSingleNameAfterAPrepositionAndTheNamesOfAListArePlaces() {
        assertThat(places("The Mission will open regional offices in Rumbek, Torit, Aweil and Bentiu, and a team will"
                + " deploy to Gbarnga.", "en")).containsExactlyInAnyOrder("Rumbek", "Torit", "Aweil", "Bentiu", "Gbarnga");
        assertThat(places("Des officiers sont déployés à Séguéla, à Man et dans la ville de Odienné, ainsi qu'à Touba.",
                "fr")).containsExactlyInAnyOrder("Séguéla", "Man", "Odienné", "Touba");
    }

    @Test
    void aWordAfterTheNameMakesItAPlace() {
        assertThat(places("Troops secured Hastings airport and patrolled the upper Kerio valley. Moussoro, the regional"
                + " capital, remains calm.", "en")).containsExactlyInAnyOrder("Hastings", "Kerio valley", "Moussoro");
        assertThat(places("Fomboni, chef-lieu de l'île, est sous le contrôle des autorités.", "fr"))
                .containsExactly("Fomboni");
    }

    @Test
    void catalogPlacesOutsideTheCapitalsAreFoundInEachLanguage() {
        assertThat(places("The Office opened liaison offices in Garowe and Hargeisa, in Puntland and Somaliland.", "en"))
                .containsExactlyInAnyOrder("Garowe", "Hargeisa", "Puntland", "Somaliland");
        assertThat(facts("Les régions de Gao, de Kidal et de Tombouctou sont occupées.", "fr").mentions())
                .filteredOn(m -> m.kind() == EntityKind.PLACE).extracting(Mention::key)
                .containsExactlyInAnyOrder("gao", "kidal", "timbuktu");
        assertThat(facts("افتتح المكتب مكتبا للاتصال في غاروي، في منطقة بونتلاند، وآخر في هرجيسا. وزار موظفوه بلدة بيدوا.", "ar")
                .mentions()).filteredOn(m -> m.kind() == EntityKind.PLACE).extracting(Mention::key)
                .containsExactlyInAnyOrder("garowe", "puntland", "hargeisa", "baidoa");
    }

    @Test
    void anArabicTownAfterACueWordIsAPlace() {
        assertThat(places("وقد زار الفريق مدينة كوتشي وبلدة ديلينغ.", "ar")).containsExactlyInAnyOrder("كوتشي", "ديلينغ");
    }

    @Test
    void personsOrganizationsAgreementsAndAdjectivesAfterACueAreNoPlaces() {
        assertThat(places("I wrote to Jean Ping, to Mr. Kabila and to UNOGBIS. The Office worked in Bougainville"
                + " Transitional Government offices, on the Lincoln Agreement and in Phase II, and on amendments to"
                + " Tajik electoral law in Liberian territory. In December, at Headquarters, the President met"
                + " Member States in Parliament.", "en")).isEmpty();
        assertThat(places("Le Médiateur s'est rendu à Ouagadougou Accord politique et à M. Soro.", "fr")).isEmpty();
        assertThat(places("Fighting between Israel and Hezbollah spread to Hamas-controlled areas and to Foya-based"
                + " offices.", "en")).isEmpty();
    }

    @Test
    void aStateOrCityInARiversOrAnAgreementsNameIsNotNamed() {
        assertThat(states("Les groupes armés ont étendu leur présence le long du fleuve Niger. L'Organisation pour la mise"
                + " en valeur du fleuve Sénégal a signalé des mouvements.", "fr")).isEmpty();
        assertThat(states("Patrols along the Senegal River and near Lake Chad continued in the Gulf of Guinea.", "en"))
                .isEmpty();
        assertThat(places("The parties reaffirmed the Lusaka Protocol, the Praia Political Declaration and the"
                + " Declaration of Praia.", "en")).isEmpty();
        assertThat(places("Ils ont rappelé l'Accord de Ouagadougou.", "fr")).isEmpty();
        assertThat(states("Le Président du Niger est arrivé.", "fr")).containsExactly("NER");
    }

    @Test
    void anAcronymThatIsAFunctionWordOfAnUpperCaseLineIsNoBody() {
        LetterFacts f = facts("LETTRE DATEE DU 1ER DECEMBRE 1994, ADRESSEE AU PRESIDENT DU CONSEIL DE SECURITE PAR LE"
                + " SECRETAIRE GENERAL\nLe Conseil a pris note.", "fr");
        assertThat(f.mentions()).filteredOn(m -> m.kind() == EntityKind.ORGANIZATION).extracting(Mention::key)
                .doesNotContain("AU");
        LetterFacts g = facts("The AU Commission met. THE AU PEACE AND SECURITY COUNCIL\n", "en");
        assertThat(g.mentions()).filteredOn(m -> m.kind() == EntityKind.ORGANIZATION).extracting(Mention::key)
                .contains("AU");
    }

    @Test
    void aCityIsOneCatalogPlaceUnderItsNamesInEachLanguage() {
        for (String[] t : List.of(new String[] {"The Ministers met in St. Petersburg on 10 May 1994.", "en"},
                new String[] {"The Forum was held in Saint Petersburg.", "en"},
                new String[] {"Une réunion s'est tenue à Saint-Pétersbourg en marge du Forum.", "fr"},
                new String[] {"عقد الاجتماع في سانت بطرسبرغ.", "ar"})) {
            assertThat(facts(t[0], t[1]).mentions()).filteredOn(m -> m.kind() == EntityKind.PLACE)
                    .extracting(Mention::key).as(t[0]).containsExactly("saint-petersburg");
        }
    }
}
