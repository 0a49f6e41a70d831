package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Party;

/**
 * Titles set paragraph by paragraph, as reprint collections print a letter ("رسالة الممثل الدائم لتونس" / "إلى
 * الأمين العام" / date): the title goes on past a blank line that a direction word ends or that a direction word and a
 * role open; a role right after the title word is its sender (the Arabic construct: "the Permanent Representative's
 * letter"); the document's symbol line under the title ("S/1995/12، 5 كانون الثاني/ يناير 1995") is its own, with
 * the distribution date; "(توقيع):" with a colon still marks the signer. Hand-written variants (other States, organs
 * and years than the genre corpus's bluebook letters).
 */
class ParagraphTitlesTest {

    @Test
    void anArabicConstructTitleNamesItsSenderAndTheNextParagraphItsRecipient() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", """
                رسالة الممثل الدائم لتونس لدى الأمم المتحدة

                إلى الأمين العام للأمم المتحدة

                3 كانون الثاني/ يناير 1995

                أتشرف بأن أحيل إليكم نص البيان الصادر عن حكومة بلدي بشأن الحالة في رواندا.

                 (توقيع): أحمد الزين

                السفير

                المندوب الدائم
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(Parties.state(f, Party.Slot.SENDER)).isEqualTo("TUN");
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1995-01-03");
        assertThat(f.signatories()).extracting(s -> s.name()).containsExactly("أحمد الزين");
    }

    @Test
    void aDatedTitleWhoseLineEndsWithFromTakesItsSenderFromTheNextParagraphAndTheSymbolLineUnderIt() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", """
                رسالة من المندوب الدائم للمغرب

                إلى رئيس الجمعية العامة

                بتاريخ 9 أيلول/ سبتمبر 1996

                رسالة مؤرخة 9 أيلول/ سبتمبر 1996 وموجهة إلى رئيس الجمعية العامة من

                المندوب الدائم للمغرب، يحيل بها مذكرة بشأن الصحراء الغربية

                A/51/340، 10 أيلول/ سبتمبر 1996

                    بناء على تعليمات من حكومتي، أتشرف بأن أحيل إليكم المذكرة المرفقة.
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(Parties.state(f, Party.Slot.SENDER)).isEqualTo("MAR");
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-general-assembly");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("A/51/340");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1996-09-09");
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isEqualTo("1996-09-10");
    }

    @Test
    void anEnglishHeadingSetInParagraphsGoesOnToItsAddressee() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter from the Permanent Representative of Chile to the United Nations

                addressed to the President of the Security Council

                4 May 1994

                I have the honour to transmit the statement issued by my Government on the situation in Haiti.

                (Signed): Juan SOMAVÍA
                Permanent Representative
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(Parties.state(f, Party.Slot.SENDER)).isEqualTo("CHL");
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(f.signatories()).extracting(s -> s.name()).containsExactly("Juan SOMAVÍA");
    }

    @Test
    void aParagraphThatOpensWithNoDirectionWordEndsTheTitle() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", """
                رسالة الأمين العام

                إلى رئيس مجلس الأمن

                مرفقة برسالة من وزير خارجية العراق

                12 آذار/ مارس 1992

                أتشرف بأن أحيل إليكم الرسالة المرفقة.
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(f.parties()).extracting(Party::role).doesNotContain("other");
    }

    @Test
    void aSymbolLineAfterTheBodyOpensIsNoneOfTheLettersOwn() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", """
                رسالة مؤرخة 2 شباط/ فبراير 1994 وموجهة إلى الأمين العام من المندوب الدائم للأردن

                أتشرف بأن أشير إلى رسالتي السابقة الواردة في الوثيقة التالية:

                S/1994/88، 25 كانون الثاني/ يناير 1994
                """);
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isNull();
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isNull();
    }
}
