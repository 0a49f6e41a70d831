package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.TestLetters;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;

class PartyExtractorTest {
    private static LetterFacts run(String text) {
        LetterFacts facts = new LetterFacts();
        org.unkg.text.LetterText letter = TestLetters.of(text, "xx");
        TestLetters.run(new org.unkg.extract.meta.LetterMetadataExtractor(TestLetters.context()), letter, facts);
        TestLetters.run(new PartyExtractor(TestLetters.context()), letter, facts);
        return facts;
    }

    private static Party slot(LetterFacts facts, Party.Slot slot) {
        return facts.parties().stream().filter(p -> p.slot() == slot).findFirst().orElse(null);
    }

    @Test
    void readsPermanentRepresentativeSenderWithStateInEnglish() {
        LetterFacts f = run("Letter dated 28 February 2011 from the Permanent Representative of Kazakhstan to the United"
                + " Nations addressed to the Secretary-General\nI have the honour to transmit ...");
        assertThat(slot(f, Party.Slot.SENDER)).extracting(Party::role, Party::state)
                .containsExactly("permanent-representative", "KAZ");
        assertThat(slot(f, Party.Slot.RECIPIENT)).extracting(Party::role, Party::state, Party::body)
                .containsExactly("secretary-general", null, "UNSG");
    }

    @Test
    void readsArabicTitleWhereRecipientComesFirst() {
        LetterFacts f = run("رسالة مؤرخة ٣ آذار/مارس ٢٠٠٨ موجهة إلى رئيس مجلس الأمن من القائم بالأعمال بالنيابة"
                + " للبعثة الدائمة للسنغال لدى الأمم المتحدة يشرفني أن ...");
        assertThat(slot(f, Party.Slot.SENDER)).extracting(Party::role, Party::state).containsExactly("charge-d-affaires", "SEN");
        assertThat(slot(f, Party.Slot.RECIPIENT).role()).isEqualTo("president-of-the-security-council");
    }

    @Test
    void readsSecretaryGeneralToPresidentOfTheGeneralAssembly() {
        LetterFacts f = run("Letter dated 9 June 2010 from the Secretary-General to the President of the General Assembly\n"
                + "I have the honour to refer to the Security Council ...");
        assertThat(slot(f, Party.Slot.SENDER).role()).isEqualTo("secretary-general");
        assertThat(slot(f, Party.Slot.RECIPIENT).role()).isEqualTo("president-of-the-general-assembly");
    }

    @Test
    void readsFrenchTitleWithParAndAdresseeAu() {
        LetterFacts f = run("Lettre datée du 14 décembre 2010, adressée au Président du Conseil de sécurité par le "
                + "Chargé d'affaires par intérim de la Mission permanente de la France auprès de l'Organisation");
        assertThat(slot(f, Party.Slot.RECIPIENT).role()).isEqualTo("president-of-the-security-council");
        assertThat(slot(f, Party.Slot.SENDER)).extracting(Party::role, Party::state).containsExactly("charge-d-affaires", "FRA");
    }

    @Test
    void findsNoPartiesWithoutATitleLine() {
        assertThat(run("The Secretary-General wrote to the President of the Security Council.").parties()).isEmpty();
    }

    @Test
    void readsTheOtherPartyFromAVisualOrderTitleWhoseWordsAreScrambled() {
        String text = "موجهة من الأمين العام رئيسة إلى رسالة ٣ تموز/يوليه ٢٠١٢ مؤرخة العامة الجمعية\n"
                + "يشرفني أن أحيل إليكم التقرير.";
        org.unkg.text.LetterText visual = new org.unkg.text.LetterText("v.txt", text, org.unkg.text.OffsetText.identity(text),
                org.unkg.text.FoldedText.of(text).asOffsetText(), org.unkg.text.Layout.VISUAL_PDF, "ar");
        LetterFacts f = new LetterFacts();
        TestLetters.run(new org.unkg.extract.meta.LetterMetadataExtractor(TestLetters.context()), visual, f);
        TestLetters.run(new PartyExtractor(TestLetters.context()), visual, f);
        assertThat(slot(f, Party.Slot.SENDER).role()).isEqualTo("secretary-general");
        assertThat(slot(f, Party.Slot.RECIPIENT).role()).isEqualTo("president-of-the-general-assembly");
    }

    @Test
    void scrambledTitlesAreOnlyGuessedForVisualOrderText() {
        LetterFacts f = run("موجهة من الأمين العام رئيسة إلى رسالة ٣ تموز/يوليه ٢٠١٢ مؤرخة العامة الجمعية\nنص.");
        assertThat(slot(f, Party.Slot.RECIPIENT)).isNull();
    }

    @Test
    void aNoteVerbaleFromAPermanentMissionHasItsStateAsSender() {
        LetterFacts f = run("Note verbale dated 30 September 2010 from the Permanent Mission of Kazakhstan to the United"
                + " Nations addressed to the Secretary-General\nThe Permanent Mission presents its compliments ...");
        assertThat(slot(f, Party.Slot.SENDER)).extracting(Party::role, Party::state).containsExactly("other", "KAZ");
        assertThat(slot(f, Party.Slot.RECIPIENT).role()).isEqualTo("secretary-general");
        LetterFacts ar = run("مذكرة شفوية مؤرخة ٣٠ أيلول/سبتمبر ٢٠١٠ موجهة إلى الأمين العام من البعثة الدائمة لكازاخستان لدى الأمم المتحدة");
        assertThat(slot(ar, Party.Slot.SENDER)).extracting(Party::role, Party::state).containsExactly("other", "KAZ");
    }

    @Test
    void aChargeDAffairesOfAPermanentMissionKeepsTheMissionsState() {
        LetterFacts f = run("Letter dated 1 March 2010 from the Chargé d'affaires a.i. of the Permanent Mission of Senegal to the"
                + " United Nations addressed to the Secretary-General\nOn behalf of ...");
        assertThat(slot(f, Party.Slot.SENDER)).extracting(Party::role, Party::state).containsExactly("charge-d-affaires", "SEN");
    }
}
