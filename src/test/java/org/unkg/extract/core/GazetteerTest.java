package org.unkg.extract.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.TestLetters;
import org.unkg.model.EntityKind;

class GazetteerTest {
    private final Gazetteer gazetteer = TestLetters.context().gazetteer();

    private List<String> keys(String text) {
        return gazetteer.find(TestLetters.of(text, "xx")).stream().map(NameMatch::key).toList();
    }

    @Test
    void findsEnglishNamesCaseInsensitivelyWithOptionalThe() {
        assertThat(keys("letter to the president of the security council about the United Nations Office for West Africa"))
                .containsExactly("UNSC", "UNOWA");
    }

    @Test
    void matchesAcronymsOnlyInCapitals() {
        assertThat(keys("UNOWA and ECOWAS met; the au pair and eu")).containsExactly("UNOWA", "ECOWAS");
    }

    @Test
    void stripsArabicCliticsAndReadsLamArticle() {
        assertThat(keys("الممثل الدائم للاتحاد الروسي وبمنظمة معاهدة الأمن الجماعي ولكازاخستان"))
                .containsExactly("RUS", "CSTO", "KAZ");
    }

    @Test
    void foldsHamzaAndTatweelInArabicNames() {
        assertThat(keys("الاتحاد الافريقي ومكتب الامم المتحــدة لغرب أفريقيا في داكار")).containsExactly("AU", "UNOWA", "dakar");
    }

    @Test
    void longestNameWinsOverTheShorterInside() {
        assertThat(keys("اجتمع مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي")).containsExactly("CSTO-CSC", "CSTO");
        assertThat(keys("the Collective Security Council")).containsExactly("CSTO-CSC");
    }

    @Test
    void officeTitleOfAnotherOrganizationIsNotTheUnOffice() {
        assertThat(keys("the Secretary-General of the Collective Security Treaty Organization")).containsExactly("CSTO");
        assertThat(keys("والأمين العام لمنظمة معاهدة الأمن الجماعي")).containsExactly("CSTO");
        assertThat(keys("the Secretary-General of the United Nations")).containsExactly("UNSG", "UN");
        assertThat(keys("الأمين العام للأمم المتحدة")).containsExactly("UNSG", "UN");
    }

    @Test
    void namesDoNotSpanPunctuation() {
        assertThat(keys("Security, Council")).isEmpty();
    }

    @Test
    void spansPointIntoTheBodyAsWritten() {
        String text = "رسالة من الممثل الدائم للاتحاد الروسي لدى الأمم المتحدة";
        NameMatch rus = gazetteer.find(TestLetters.of(text, "ar")).get(0);
        assertThat(rus.kind()).isEqualTo(EntityKind.STATE);
        assertThat(text.substring(rus.span().start(), rus.span().end())).isEqualTo(rus.label()).endsWith("الروسي");
    }

    @Test
    void readsPersonsWithHyphenatedNamesEitherWay() {
        assertThat(keys("(توقيع) بان كي مون")).containsExactly("ban-ki-moon");
        assertThat(keys("(Signed) Ban Ki-moon")).containsExactly("ban-ki-moon");
    }

    @Test
    void skipsCatalogThingsThatAreNotNamedEntities() {
        assertThat(gazetteer.entry("secretary-general")).isEmpty();
        assertThat(gazetteer.entry("ban-ki-moon")).get().extracting(CatalogEntry::english).isEqualTo("Ban Ki-moon");
    }

    @Test
    void readsANameThatIsAlsoAWordOnlyInAStateContext() {
        assertThat(keys("قدمت دعما مالي كبيرا")).isEmpty();
        assertThat(keys("الحالة في مالي ولمالي")).containsExactly("MLI", "MLI");
    }

    @Test
    void readsALongUnNameWrittenWithoutUnitedNations() {
        assertThat(keys("the Office for West Africa will")).containsExactly("UNOWA");
        assertThat(keys("the Security Council")).containsExactly("UNSC");
    }

    @Test
    void aNameOfBothAStateAndItsCapitalMeansTheState() {
        assertThat(keys("وفد تونس إلى الاجتماع")).containsExactly("TUN");
    }
}
