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

/** The other written forms of Arabic body names, from the word structure in {@code data/rules/ar/label-forms.tsv}. */
class LabelFormsTest {
    private static final LabelForms FORMS = LabelForms.of(RuleFiles.load(Pipelines.RULES), List.of("ar", "en", "fr"));

    @Test
    void aConstructNameWithAnAdjectiveIsAlsoWrittenWithTheOwnerAfterLam() {
        assertThat(FORMS.others("مركز الأمم المتحدة الإقليمي للدبلوماسية الوقائية لآسيا الوسطى", "ar"))
                .containsExactly("المركز الإقليمي للأمم المتحدة للدبلوماسية الوقائية لآسيا الوسطى");
        assertThat(FORMS.others("قوة الأمم المتحدة المؤقتة في لبنان", "ar"))
                .containsExactly("القوة المؤقتة للأمم المتحدة في لبنان");
        assertThat(FORMS.others("مكتب الأمم المتحدة المتكامل لبناء السلام في سيراليون", "ar"))
                .containsExactly("المكتب المتكامل للأمم المتحدة لبناء السلام في سيراليون");
        assertThat(FORMS.others("بعثة الاتحاد الأفريقي الخاصة في الصومال", "ar"))
                .containsExactly("البعثة الخاصة للاتحاد الأفريقي في الصومال");
    }

    @Test
    void aNameWithTheOwnerAfterLamIsAlsoWrittenInConstruct() {
        assertThat(FORMS.others("البعثة الخاصة للأمم المتحدة إلى أفغانستان", "ar"))
                .containsExactly("بعثة الأمم المتحدة الخاصة إلى أفغانستان");
        assertThat(FORMS.others("الفريق القطري التابع للأمم المتحدة", "ar")).containsExactly("فريق الأمم المتحدة القطري");
    }

    @Test
    void namesWithoutAnAdjectiveOrOfTwoOrganizationsOrInOtherLanguagesHaveNoOtherForm() {
        assertThat(FORMS.others("مكتب الأمم المتحدة لغرب أفريقيا", "ar")).isEmpty();
        assertThat(FORMS.others("بعثة الأمم المتحدة في ليبيريا", "ar")).isEmpty();
        assertThat(FORMS.others("المبعوث الخاص المشترك للأمم المتحدة وجامعة الدول العربية إلى سوريا", "ar")).isEmpty();
        assertThat(FORMS.others("منظمة الأغذية والزراعة للأمم المتحدة", "ar")).isEmpty();
        assertThat(FORMS.others("مكتب الممثل الخاص للأمين العام لغرب أفريقيا", "ar")).isEmpty();
        assertThat(FORMS.others("United Nations Political Office for Somalia", "en")).isEmpty();
    }

    @Test
    void aFileWithoutTheArticleIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("ar"));
        Files.writeString(dir.resolve("ar/label-forms.tsv"), "owner\tالأمم المتحدة\n");
        RuleFiles rules = RuleFiles.load(dir);
        assertThatThrownBy(() -> LabelForms.of(rules, List.of("ar")))
                .hasMessageContaining("label-forms.tsv").hasMessageContaining("article");
    }
}
