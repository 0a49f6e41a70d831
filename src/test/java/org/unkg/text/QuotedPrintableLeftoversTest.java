package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Letters copied out of an e-mail keep its quoted-printable escapes inside words ("Sa=FAl", "Fran=C3=A7ois"): they are
 * decoded to the letters they stand for, offsets kept; an equals sign that is no such escape stays.
 */
class QuotedPrintableLeftoversTest {

    private static OffsetText decode(String s) {
        return QuotedPrintableLeftovers.decode(OffsetText.identity(s));
    }

    @Test
    void aLatin1EscapeInsideAWordBecomesItsLetter() {
        assertThat(decode("Ambassador Sa=FAl Weisleder and the Uni=E3o Nacional").text())
                .isEqualTo("Ambassador Saúl Weisleder and the União Nacional");
    }

    @Test
    void aRunOfEscapesThatFormsUtf8BecomesOneLetter() {
        assertThat(decode("M. Lamine Ciss=C3=A9 (S=C3=A9n=C3=A9gal)").text()).isEqualTo("M. Lamine Cissé (Sénégal)");
    }

    @Test
    void anEscapeOpeningAWordIsDecodedWhenALetterFollows() {
        assertThat(decode("les =C9tats membres").text()).isEqualTo("les États membres");
    }

    @Test
    void decodedLettersMapBackToTheirEscapes() {
        OffsetText out = decode("Sa=FAl");
        assertThat(out.text()).isEqualTo("Saúl");
        assertThat(out.sourceOffset(2)).isEqualTo(2);
        assertThat(out.sourceOffset(3)).isEqualTo(5);
    }

    @Test
    void equalsSignsThatAreNoEscapeOfALetterStay() {
        assertThat(decode("at a rate of 1 USD=0.95 EUR, x =AB y, A=B").text())
                .isEqualTo("at a rate of 1 USD=0.95 EUR, x =AB y, A=B");
        assertThat(decode("a guillemet =AB around").text()).isEqualTo("a guillemet =AB around");
    }

    @Test
    void aLineWithoutEscapesIsReturnedAsItIs() {
        OffsetText in = OffsetText.identity("No escapes here = none.");
        assertThat(QuotedPrintableLeftovers.decode(in)).isSameAs(in);
    }
}
