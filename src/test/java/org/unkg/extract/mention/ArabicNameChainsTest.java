package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arabic names as Gulf, royal and transliterated names are written: after a Gulf or royal style ("الشيخ", "الأمير")
 * a name runs over its articled parts to the first word that is no name part; an alef with a hamza before a lam
 * ("ألفارو") is no article; particles of transliterated names ("دي", "فان") are name parts; a given name that begins
 * with ل after a role ("ليلى") is a name, not the role's complement; the object of the verb after a name ("الوفد",
 * "الرسالة") is no part of it. Hand-written variants (other States, offices and names than the genre letters), with
 * negatives.
 */
class ArabicNameChainsTest {
    private static List<String> persons(String text) throws Exception {
        return PersonLabels.of("ar.txt", "رسالة مؤرخة 3 أيار/مايو 2010 موجهة إلى الأمين العام من الممثل الدائم للبحرين\n\n"
                + text + "\n");
    }

    @Test
    void aNameAfterAGulfStyleRunsOverItsArticledParts() throws Exception {
        assertThat(persons("وقد استقبل سمو الشيخ خليفة بن سلمان آل خليفة رئيس الوزراء والشيخ محمد الخالد الحمد الصباح، وزير الداخلية."))
                .contains("خليفة بن سلمان آل خليفة", "محمد الخالد الحمد الصباح");
        assertThat(persons("وألقى صاحب السمو الملكي الأمير تركي الفيصل كلمة."))
                .contains("تركي الفيصل");
    }

    @Test
    void twoChainedNamesOfTheSameWordsInAnotherOrderAreTwoPersons() throws Exception {
        assertThat(persons("والتقى الشيخ ناصر المحمد الأحمد الصباح، رئيس الوزراء، والشيخ أحمد المحمد الناصر الصباح، وزير النفط."))
                .contains("ناصر المحمد الأحمد الصباح", "أحمد المحمد الناصر الصباح");
    }

    @Test
    void aChainedNameEndsBeforeAnOfficeOrTheVerbsObject() throws Exception {
        List<String> p = persons("وتسلم الشيخ صباح الخالد الرسالة، ثم استقبل الشيخ جابر المبارك النائب الأول لرئيس مجلس الوزراء.");
        assertThat(p).contains("صباح الخالد", "جابر المبارك");
        assertThat(p).noneMatch(n -> n.contains("الرسالة") || n.contains("النائب"));
    }

    @Test
    void aNameAfterTheHonorificEndsAtItsArticledWordOutsideAGulfStyle() throws Exception {
        List<String> p = persons("وقد أبلغ السيد إيان مارتن الوفد بأن البعثة ستواصل عملها.");
        assertThat(p).contains("إيان مارتن");
        assertThat(p).noneMatch(n -> n.contains("الوفد"));
    }

    @Test
    void aHamzaAlefStartsANameAndParticlesStayInside() throws Exception {
        assertThat(persons("وقد عينت السيد أليكس دي وال مستشارا خاصا، كما عينت السيدة إليزابيث فان دير ستول مبعوثة شخصية."))
                .contains("أليكس دي وال", "إليزابيث فان دير ستول");
    }

    @Test
    void aGivenNameWithLamAfterARoleIsANameAndAComplementIsNone() throws Exception {
        List<String> p = persons("وقد أجرى المستشار الخاص لطفي بوشناق مشاورات، في حين تشاور المنسق الخاص لعملية السلام مع الأطراف.");
        assertThat(p).contains("لطفي بوشناق");
        assertThat(p).noneMatch(n -> n.contains("لعملية"));
    }
}
