package org.unkg.english;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.MetaField;

/** English letters of the genre read through the whole pipeline. */
class EnglishLetterTest {

    @Test
    void dropsABarcodeRenderedAsARunOfOneSymbolAndMapsOffsetsBack() throws Exception {
        String original = "S/2003/1020\n\nSecurity Council\n\nDistr.: General\n20 October 2003\n\nOriginal: English\n\n"
                + "Letter dated 17 October 2003 from the Secretary-General addressed to the\n"
                + "President of the Security Council\n"
                + "I have the honour to refer to the United Nations Office in Burundi.\n\n"
                + "03-56789 (E) 211003\n``````````\n\n\fS/2003/1020\n\n"
                + "I should be grateful if you would bring this letter to the attention of the Council.\n\n"
                + "(Signed) Kofi A. Annan\n";
        org.unkg.text.LetterText letter = Pipelines.read("en-furniture.txt", original);
        assertThat(letter.language()).isEqualTo("en");
        assertThat(letter.body()).doesNotContain("`", "03-56789").contains("in Burundi.\n\nI should be grateful");
        int at = letter.body().indexOf("I should be grateful");
        assertThat(original.substring(letter.originalOffset(at), letter.originalOffset(at) + 20))
                .isEqualTo("I should be grateful");
    }

    @Test
    void aGlobalOfficeNameFollowedByTheCountryOfAProposedOfficeIsThatCountryOffice() throws Exception {
        LetterFacts f = Pipelines.facts("en-liberia.txt", """
                Letter dated 22 September 1997 from the Secretary-General addressed to the President of the
                Security Council
                Following the elections in Liberia, I propose that a United Nations Peacebuilding Support Office
                be established in Liberia for an initial period of one year from 1 November 1997.
                (Signed) Kofi A. Annan
                """);
        assertThat(Facts.meta(f, MetaField.DATE)).isEqualTo("1997-09-22");
        assertThat(Facts.organizations(f)).contains("UNOL").doesNotContain("PBSO");
        assertThat(Facts.events(f)).containsExactly("establishment UNOL 1997-11-01");
    }

    @Test
    void theGlobalOfficeNamedWithoutACountryStaysTheGlobalOffice() throws Exception {
        LetterFacts f = Pipelines.facts("en-pbso.txt", """
                Letter dated 3 March 2008 from the Secretary-General addressed to the President of the
                Security Council
                The Peacebuilding Support Office has briefed the Peacebuilding Commission on the situation in
                Burundi and will continue to support its work.
                (Signed) Ban Ki-moon
                """);
        assertThat(Facts.organizations(f)).contains("PBSO");
    }
}
