package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyTextTest {
    private final LetterReader reader = TextRules.reader();

    private static final String ENGLISH = "S/2011/101\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n"
            + "4 March 2011\nOriginal: English\n\n"
            + "Letter dated 1 March 2011 from the Secretary-General addressed to\nthe President of the Security Council\n"
            + "I have the honour to inform you that the United Nations Office for West\nAfrica will continue its work.\n\n"
            + "11-24680 (E) 070311\n\n*1124680*\n\n\fS/2011/101\n\n"
            + "The Office will report to the Council\nevery six months.\n\n2\n\n11-24680\n\n"
            + "\f11-24680 3\n(Signed) Ban Ki-moon\n";

    private LetterText read(String text) throws LetterReadException {
        return reader.read("letter.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dropsJobNumbersBarcodesPageNumbersAndRunningSymbol() throws Exception {
        LetterText letter = read(ENGLISH);
        String body = letter.body();
        assertThat(body).doesNotContain("11-24680", "*1124680*", "\f", "\n2\n");
        assertThat(body.indexOf("S/2011/101")).isZero();
        assertThat(body.lastIndexOf("S/2011/101")).isZero();
        assertThat(body).contains("Distr.: General\n4 March 2011\nOriginal: English");
        assertThat(body).contains("every six months.\n\n(Signed) Ban Ki-moon");
    }

    @Test
    void keepsLineBreaksOfPdftotextEnglish() throws Exception {
        assertThat(read(ENGLISH).body()).contains("for West\nAfrica will continue");
    }

    @Test
    void bodyOffsetsMapToOriginalWords() throws Exception {
        LetterText letter = read(ENGLISH);
        String body = letter.body();
        for (String words : new String[] {"West\nAfrica", "every six months", "Ban Ki-moon", "S/2011/101"}) {
            int s = body.indexOf(words);
            int e = s + words.length();
            assertThat(letter.original().substring(letter.originalOffset(s), letter.bodyText().sourceEnd(e)))
                    .isEqualTo(words);
        }
    }

    @Test
    void removesTatweelAndFoldsPresentationForms() throws Exception {
        // tatweel inside words, and meem-lam-alef written with presentation forms
        LetterText letter = read("أنشـــئ مكتـب \uFEE3\uFEFC\uFEAB\uFE8E في عام ٢٠١٠");
        assertThat(letter.body()).isEqualTo("أنشئ مكتب ملاذا في عام ٢٠١٠");
        int s = letter.body().indexOf("مكتب");
        assertThat(letter.original().substring(letter.originalOffset(s), letter.bodyText().sourceEnd(s + 4)))
                .isEqualTo("مكتـب");
    }

    @Test
    void composesCharactersToNfc() throws Exception {
        assertThat(read("Cafe\u0301 de la Paix").body()).isEqualTo("Caf\u00e9 de la Paix");
    }

    @Test
    void joinsVisualLinesThatContinueASentence() throws Exception {
        String visual = " ــالة مؤرخـ ــار١٥رسـ ــارس / آذ   ٢٠١٠مـ ــة مـ  موجهـ\n"
                + " الأمن مجلس\n\n"
                + "المتحدة للبيئة      ســـيعمل المكتـب بالتعاون مع برنامج الأمم\n"
                + ".في نيروبي       وسيتولى المركز التنسيق مع المكتب الإقليمي\n"
                + " ساره بيرز) توقيع(\n";
        LetterText letter = read(visual);
        assertThat(letter.layout()).isEqualTo(Layout.VISUAL_PDF);
        assertThat(letter.body()).contains("برنامج الأمم المتحدة للبيئة");
        assertThat(letter.body()).contains("(توقيع) ساره بيرز");
        int s = letter.body().indexOf("المتحدة للبيئة");
        assertThat(letter.original().substring(letter.originalOffset(s), letter.bodyText().sourceEnd(s + 14)))
                .isEqualTo("المتحدة للبيئة");
    }
}
