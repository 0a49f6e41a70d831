package org.unkg.extract.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.extract.Pipelines;
import org.unkg.extract.rules.RuleFiles;

/** The forms naming an office through its head's title, from {@code data/rules/{en,fr,ar}/head-forms.tsv}. */
class HeadTitleFormsTest {
    private static final HeadTitleForms FORMS = HeadTitleForms.of(RuleFiles.load(Pipelines.RULES), List.of("ar", "en", "fr"));

    @Test
    void anEnglishOfficeOfTheSecretaryGeneralsEnvoyIsAlsoMyAndYourEnvoysOffice() {
        assertThat(FORMS.others("Office of the Special Envoy of the Secretary-General for the Sahel", "en")).containsExactly(
                "Office of my Special Envoy for the Sahel", "Office of your Special Envoy for the Sahel");
        assertThat(FORMS.others("Office of the Special Representative of the Secretary-General for West Africa", "en"))
                .contains("Office of your Special Representative for West Africa");
        assertThat(FORMS.others("Office of the Special Adviser to the Secretary-General on Cyprus", "en"))
                .contains("Office of my Special Adviser on Cyprus");
    }

    @Test
    void aFrenchBureauTakesMonAndVotreInPlaceOfTheArticle() {
        assertThat(FORMS.others("Bureau de l'Envoyé spécial du Secrétaire général pour le Sahel", "fr")).containsExactly(
                "Bureau de mon Envoyé spécial pour le Sahel", "Bureau de votre Envoyé spécial pour le Sahel");
        assertThat(FORMS.others("Bureau du Conseiller spécial du Secrétaire général pour Chypre", "fr"))
                .contains("Bureau de mon Conseiller spécial pour Chypre");
    }

    @Test
    void anArabicTitleTakesThePossessiveSuffixInPlaceOfTheArticle() {
        assertThat(FORMS.others("مكتب المبعوث الخاص للأمين العام إلى اليمن", "ar"))
                .contains("مكتب مبعوثي الخاص إلى اليمن", "مكتب مبعوثكم الخاص إلى اليمن", "مكتب المبعوث الخاص إلى اليمن");
    }

    @Test
    void aTitleAloneAStatesEnvoyOrANameWithoutThePrincipalHasNoForm() {
        // the role, not the office: "my Special Envoy for the Sahel, Mr. X"
        assertThat(FORMS.others("Special Envoy of the Secretary-General for the Sahel", "en")).isEmpty();
        assertThat(FORMS.others("United Nations Office for West Africa", "en")).isEmpty();
        assertThat(FORMS.others("Office of the Special Envoy of the African Union for the Sahel", "en")).isEmpty();
        assertThat(FORMS.others("Office of the Special Envoy of the Secretary-General for the Sahel", "es")).isEmpty();
    }

    @Test
    void aRowOfAnUnknownKindIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/head-forms.tsv"), "owner\tof the Secretary-General\nprincipal\tof the Council\n");
        assertThatThrownBy(() -> HeadTitleForms.of(RuleFiles.load(dir), List.of("en")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("head-forms.tsv").hasMessageContaining("principal");
    }
}
