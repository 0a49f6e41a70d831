package org.unkg.extract.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.extract.TestLetters;

/**
 * A State and a city whose Arabic names fold alike ("عُمان", Oman; "عمّان", Amman), over the project's catalog: the
 * marks the text writes settle which is meant (a shadda the State's name lacks, a vowel the city's lacks), and without
 * marks the State is read unless a seat cue or a date line reads the city. English and French write them apart.
 */
class StateCityHomographsTest {
    private final Gazetteer gazetteer = Pipelines.project().gazetteer();

    private List<String> keys(String text, String language) {
        return gazetteer.find(TestLetters.of(text, language)).stream().map(NameMatch::key).toList();
    }

    @Test
    void aShaddaTheStatesNameLacksReadsTheCity() {
        assertThat(keys("الاجتماع الإقليمي الذي عقد في عمّان يومي 3 و 4 أيار/مايو 2005", "ar"))
                .contains("amman").doesNotContain("OMN");
        assertThat(keys("مكتب مبعوثي الخاص إلى اليمن، ومقره في عمَّان", "ar")).contains("amman").doesNotContain("OMN");
    }

    @Test
    void aVowelTheCitysNameLacksReadsTheState() {
        assertThat(keys("الممثل الدائم لعُمان لدى الأمم المتحدة", "ar")).contains("OMN").doesNotContain("amman");
    }

    @Test
    void withoutMarksTheStateIsRead() {
        assertThat(keys("بأن سلطنة عمان تدين أعمال القرصنة وبأن حكومة عمان تواصل التعاون", "ar"))
                .contains("OMN").doesNotContain("amman");
    }

    @Test
    void aSeatCueOrADateLineReadsTheCityWithoutMarks() {
        assertThat(keys("مكتبه الإقليمي لأزمة سوريا، ومقره في عمان، بحيث يتمكن", "ar")).contains("amman").doesNotContain("OMN");
        assertThat(keys("(توقيع) حسن أبو نعمة\n\n        عمان، 21 آب/أغسطس 1996\n", "ar"))
                .contains("amman").doesNotContain("OMN");
        assertThat(keys("وسافر الوفد إلى عمان، 3 وفود أخرى", "ar")).contains("OMN").doesNotContain("amman");
    }

    @Test
    void englishAndFrenchWriteTheCityAndTheStateApart() {
        assertThat(keys("Amman, 3 May 2005. The Sultanate of Oman", "en")).containsExactly("amman", "OMN");
        assertThat(keys("le Sultanat d'Oman; une réunion se tiendra à Amman", "fr")).containsExactly("OMN", "amman");
    }

    @Test
    void marksDecideOnlyWhereBothTheTextAndTheLabelWriteThem() {
        assertThat(ArabicMarks.compatible("عمّان", "عُمان")).isFalse();
        assertThat(ArabicMarks.compatible("وعمّان", "عمّان")).isTrue();
        assertThat(ArabicMarks.compatible("عُمان", "عمّان")).isFalse();
        assertThat(ArabicMarks.compatible("عمان", "عُمان")).isTrue();
        assertThat(ArabicMarks.compatible("عَمّان", "عمّان")).isTrue();
    }
}
