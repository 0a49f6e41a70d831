package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arabic names of the Sahel, the Maghreb, the Horn of Africa and Central Asia after roles and titles: a given name
 * that begins with the lam of a role's complement ("لانسانا"), "علي" (Ali) inside a name, a name after a role and the
 * State it is of with no comma, a role's complement linked to its State by "في" before the comma, a title after a
 * preposition and a conjunction ("وبالسفير"), two persons of one given name. Hand-written variants, other persons and
 * States than the genre letters.
 */
class OtherRegionsArabicNamesTest {
    private static final String TITLE = "رسالة مؤرخة 4 نيسان/أبريل 2011 موجهة من الأمين العام إلى رئيس مجلس الأمن\n\n";

    private static List<String> persons(String body) throws Exception {
        return PersonLabels.of("ar.txt", TITLE + body + "\n");
    }

    @Test
    void aGivenNameThatBeginsWithTheComplementsLamIsANameAfterARole() throws Exception {
        assertThat(persons("وقد اجتمع الممثل الخاص لانسانا كوياتي بالأطراف في كوناكري."))
                .contains("لانسانا كوياتي");
        assertThat(persons("وقد اجتمع الممثل الخاص لعملية السلام بالأطراف في كوناكري.")).isEmpty();
    }

    @Test
    void aliBetweenTwoNameWordsIsPartOfTheName() throws Exception {
        assertThat(persons("وحضر الاجتماع وزير الخارجية حسن علي خيري ورئيس الوزراء عمر عبد الرشيد علي شرماركي."))
                .contains("حسن علي خيري");
    }

    @Test
    void aliBeforeAnIdiomsNounStaysAPreposition() throws Exception {
        assertThat(persons("وأبلغ السيد نيكولاي مالادينوف علي وجه السرعة الأطراف بالقرار."))
                .contains("نيكولاي مالادينوف")
                .noneMatch(p -> p.contains("وجه"));
    }

    @Test
    void aNameAfterARoleAndTheStateItIsOfIsAPerson() throws Exception {
        assertThat(persons("والتقى المبعوث الخاص بوزير خارجية طاجيكستان سراج الدين أصلوف في دوشانبي."))
                .contains("سراج الدين أصلوف");
        assertThat(persons("وأكد وزير خارجية فرنسا في باريس دعم بلده للمبادرة.")).isEmpty();
    }

    @Test
    void aRolesComplementLinkedToItsStateBeforeTheCommaIsNoBarToTheName() throws Exception {
        assertThat(persons("واستقبلني وزير الشؤون الخارجية في تشاد، موسى فقي محمد، في نجامينا."))
                .contains("موسى فقي محمد");
    }

    @Test
    void aTitleAfterAPrepositionAndAConjunctionIntroducesAName() throws Exception {
        assertThat(persons("والتقى المبعوث الخاص بالرئيس وبالسفير عمر هلال وبالدكتورة فاطمة سمورة في الرباط."))
                .contains("عمر هلال", "فاطمة سمورة");
    }

    @Test
    void twoPersonsOfOneGivenNameAreTwo() throws Exception {
        assertThat(persons("وحضر وزير الخارجية عبد العزيز كاملوف والسفير عبد العزيز عبد الرحمنوف."))
                .contains("عبد العزيز كاملوف", "عبد العزيز عبد الرحمنوف");
    }
}
