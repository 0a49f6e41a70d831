package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.Mention;

/**
 * The officials ranked below the Secretary-General (Under- and Assistant Secretaries-General, "Secrétaire général
 * adjoint", "Sous-Secrétaire général", "وكيل الأمين العام", "الأمين العام المساعد") do not name the Secretary-General,
 * and are no organization themselves; "the Secretary-General" in the same letter still names him.
 */
class SeniorOfficialsTest {
    private static List<String> organizations(String text, String language) {
        return Pipelines.facts(Pipelines.PROJECT_CATALOG, text, language, "2005-06-01").mentions().stream()
                .filter(m -> m.kind() == EntityKind.ORGANIZATION).map(Mention::key).toList();
    }

    @Test
    void underAndAssistantSecretariesGeneralDoNotNameTheSecretaryGeneral() {
        assertThat(organizations("The Under-Secretary-General for Humanitarian Affairs, Jan Egeland, and the Assistant"
                + "\nSecretary-General for Peacekeeping Operations briefed the Security Council.", "en"))
                .contains("UNSC").doesNotContain("UNSG", "UN-USG", "UN-ASG");
        assertThat(organizations("Ma délégation a reçu à Kinshasa le Secrétaire général\nadjoint aux opérations de maintien de"
                + " la paix et la Sous-Secrétaire générale aux affaires politiques.", "fr"))
                .doesNotContain("UNSG", "UN-USG", "UN-ASG");
        assertThat(organizations("قدم وكيل الأمين العام للشؤون السياسية والأمين العام المساعد لحقوق الإنسان إحاطة إلى مجلس الأمن.", "ar"))
                .contains("UNSC").doesNotContain("UNSG", "UN-USG", "UN-ASG");
    }

    @Test
    void theSecretaryGeneralHimselfIsStillNamedBesideAnUnderSecretaryGeneral() {
        assertThat(organizations("The Secretary-General has asked the Under-Secretary-General for Political Affairs to"
                + " visit the region.", "en")).contains("UNSG").doesNotContain("UN-USG");
    }
}
