package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * Catalog bodies whose Arabic names a letter writes in the other genitive form than the catalog (the owner after ل:
 * "المركز الإقليمي للأمم المتحدة ...", or in construct: "بعثة الأمم المتحدة الخاصة ..."), through the whole pipeline over
 * the project's catalog; a place or state inside the name is not a mention of its own.
 */
class ArabicBodyNameFormsTest {
    private static LetterFacts facts(String text) {
        return Pipelines.facts(Pipelines.PROJECT_CATALOG, text, "ar", "2009-05-01");
    }

    private static List<String> keys(LetterFacts facts, EntityKind kind) {
        return facts.mentions().stream().filter(m -> m.kind() == kind).map(Mention::key).distinct().toList();
    }

    @Test
    void aCentreNamedWithTheOwnerAfterLamIsTheCatalogCentreAndItsRegionIsNoPlaceOfItsOwn() {
        LetterFacts f = facts("ويواصل المركز الإقليمي للأمم المتحدة للدبلوماسية الوقائية لآسيا الوسطى عمله بنشاط.");
        assertThat(keys(f, EntityKind.ORGANIZATION)).contains("UNRCCA");
        assertThat(keys(f, EntityKind.PLACE)).doesNotContain("central-asia");
    }

    @Test
    void aForceAndAnIntegratedOfficeNamedWithTheOwnerAfterLamAreTheCatalogBodies() {
        LetterFacts f = facts("وقد تعاونت القوة المؤقتة للأمم المتحدة في لبنان مع الجيش، كما أشاد المكتب المتكامل للأمم المتحدة"
                + " لبناء السلام في سيراليون بالانتخابات.");
        assertThat(keys(f, EntityKind.ORGANIZATION)).contains("UNIFIL", "UNIPSIL");
        assertThat(keys(f, EntityKind.STATE)).doesNotContain("LBN", "SLE");
    }

    @Test
    void thePoliticalOfficeForTheSupportOfSomaliaIsUnposAndSomaliaIsNoStateMentionInIt() {
        LetterFacts f = facts("أعتزم تمديد ولاية مكتب الأمم المتحدة السياسي لدعم الصومال لفترة أخرى.");
        assertThat(keys(f, EntityKind.ORGANIZATION)).contains("UNPOS");
        assertThat(keys(f, EntityKind.STATE)).doesNotContain("SOM");
        assertThat(keys(facts("وسيواصل المكتب السياسي للأمم المتحدة لدعم الصومال عمله."), EntityKind.ORGANIZATION))
                .contains("UNPOS");
    }

    @Test
    void anotherOrganizationsCentreOfTheSameWordsIsNotTheUnCentre() {
        LetterFacts f = facts("وأنشأ المركز الإقليمي لمنظمة شنغهاي للتعاون للدبلوماسية الوقائية لآسيا الوسطى فريقا عاملا.");
        assertThat(keys(f, EntityKind.ORGANIZATION)).doesNotContain("UNRCCA");
    }
}
