package org.unkg.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;

/**
 * A letter without a symbol of its own (a note under "Security Council / date", a web reprint) does not take the
 * symbol of a document its first paragraph cites ("my letter ... (S/..)", "(see S/..)", "ma lettre ... (S/..)",
 * "رسالتي ... (S/..)"); a symbol on a line of its own, in a distribution block or beside a reprint's date stays the
 * letter's own. Hand-written variants: other offices, States and decades than the genre corpus's ownsym letters.
 */
class CitedSymbolsTest {
    private static String symbol(String name, String text) throws Exception {
        LetterFacts f = Pipelines.facts(name, text);
        return f.meta(MetaField.SYMBOL).map(Meta::value).orElse(null);
    }

    @Test
    void aSymbolAfterMyLetterInTheFirstParagraphOfAnUntitledNoteIsCitedNotOwn() throws Exception {
        assertThat(symbol("en.txt", """
                                                        Security Council
                                                        3 September 1999
                                                        Original: English

                     Further to my letter of 24 August 1999 to the President of the Security Council (S/1999/906),
                I wish to inform the Council that Mr. Ian Martin will lead the United Nations Mission in East Timor.

                                                        (Signed) Kofi A. ANNAN
                """)).isNull();
    }

    @Test
    void aSymbolAfterASeeCueInAnUntitledLetterIsCitedNotOwn() throws Exception {
        assertThat(symbol("en.txt", """
                Security Council
                11 May 2010

                     The Government of Kenya welcomes the report of the Secretary-General on Somalia (see
                S/2010/234) and supports the Transitional Federal Government.

                                                        (Signed) Macharia KAMAU
                                                        Permanent Representative of Kenya
                """)).isNull();
    }

    @Test
    void aFrenchOrArabicCitationInTheFirstParagraphIsNotTheLettersSymbol() throws Exception {
        assertThat(symbol("fr.txt", """
                                                        Conseil de sécurité
                                                        5 mai 2009
                                                        Original : français

                     Dans ma lettre datée du 20 avril 2009 (S/2009/210), j'ai informé le Conseil de la situation
                au Tchad (voir aussi S/2009/199).

                                                        (Signé) BAN Ki-moon
                """)).isNull();
        assertThat(symbol("ar.txt", """
                                                        مجلس الأمن
                                                        2 حزيران/يونيه 2011

                     أشير إلى رسالتي المؤرخة 16 أيار/مايو 2011 (S/2011/305) بشأن الحالة في ليبيا.

                                                        (توقيع) بان كي - مون
                """)).isNull();
    }

    @Test
    void theLettersOwnSymbolOnItsLineOrBesideAReprintsDateStaysWhenTheBodyCitesAnother() throws Exception {
        assertThat(symbol("en.txt", """
                United Nations                                                 S/2001/1215

                Security Council                                               Distr.: General
                                                                               18 December 2001

                     Further to my letter of 3 December 2001 (S/2001/1157), I have the honour to inform you ...

                                                        (Signed) Kofi A. ANNAN
                """)).isEqualTo("S/2001/1215");
        assertThat(symbol("en.txt", """
                14 May 1998 (A/52/906, S/1998/403)

                Letter from Ambassador Nabil Elaraby, Permanent Representative of Egypt to the UN, to the
                Secretary-General: (situation in the Middle East)

                     Further to my letter of 2 May 1998 (S/1998/372), I have the honour to transmit ...
                """)).isEqualTo("A/52/906");
    }
}
