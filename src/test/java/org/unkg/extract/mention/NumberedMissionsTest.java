package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * A mission the UN numbered only when it had a successor (UNAVEM, UNOSOM) is one body with one key, the first's: its name
 * without a number is the mission that served on the letter's date, its acronym without a number the first.
 */
class NumberedMissionsTest {
    private static List<String> organizations(String text, String language, String date) {
        LetterFacts f = Pipelines.facts(text, language, date);
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.ORGANIZATION).map(Mention::key).distinct().toList();
    }

    @Test
    void theUnnumberedNameIsTheMissionServingOnTheLettersDate() {
        String text = "The United Nations Angola Verification Mission continues to verify the withdrawal.";
        assertThat(organizations(text, "en", "1990-02-01")).contains("UNAVEM-I").doesNotContain("UNAVEM", "UNAVEM-II");
        assertThat(organizations(text, "en", "1992-10-01")).contains("UNAVEM-II").doesNotContain("UNAVEM", "UNAVEM-I");
        String fr = "L'Opération des Nations Unies en Somalie poursuit son déploiement à Mogadiscio.";
        assertThat(organizations(fr, "fr", "1992-09-01")).contains("UNOSOM-I").doesNotContain("UNOSOM");
        assertThat(organizations(fr, "fr", "1994-06-01")).contains("UNOSOM-II").doesNotContain("UNOSOM");
    }

    @Test
    void theUnnumberedAcronymIsTheFirstMission() {
        assertThat(organizations("UNAVEM verified the departure of the Cuban troops.", "en", "1991-06-01"))
                .contains("UNAVEM-I").doesNotContain("UNAVEM");
        assertThat(organizations("ONUSOM a été déployée en 1992.", "fr", "1993-06-01"))
                .contains("UNOSOM-I").doesNotContain("UNOSOM");
    }
}
