package org.unkg.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;

/**
 * A letter's date where no title states it: a signing line ("Dated this 8th day of June 2001"), a place-date line by
 * the close of a note verbale, a date line under a dateless title ("Read out in Dakar on 21 May 2002"); never a date a
 * sentence of the body wraps onto its own line, nor one after words of running prose. A memo's or a message's date is
 * never a distribution date, and a mission's reference number is no document symbol.
 */
class DateLinesAndLabelsTest {
    private static String field(LetterFacts f, MetaField field) {
        return f.meta(field).map(Meta::value).orElse(null);
    }

    @Test
    void aSigningLinesOrdinalDayIsTheLettersDate() throws Exception {
        LetterFacts f = Pipelines.facts("signing.txt", """
                Sir,

                     I have the honour to inform you that my Government will continue to contribute troops.

                     Dated this 21st day of March 2002.

                                                        (Signed) Jane Doe
                                                        Permanent Representative
                """);
        assertThat(field(f, MetaField.DATE)).isEqualTo("2002-03-21");
    }

    @Test
    void aNoteVerbalesPlaceDateLineAfterItsCloseIsItsDate() throws Exception {
        LetterFacts f = Pipelines.facts("nv.txt", """
                     The Permanent Mission of Chile to the United Nations presents its compliments to the
                Secretary-General of the United Nations and has the honour to inform him that the
                Government of Chile will host a regional seminar.

                     The Permanent Mission of Chile avails itself of this opportunity to renew to the
                Secretary-General the assurances of its highest consideration.

                                                        New York, 14 October 2003
                """);
        assertThat(field(f, MetaField.DATE)).isEqualTo("2003-10-14");
    }

    @Test
    void aDateTheBodyWrapsOntoALineOrNamesAfterProseWordsIsNoLettersDate() throws Exception {
        LetterFacts wrapped = Pipelines.facts("wrapped.txt", """
                Sir,

                     I have the honour to refer to the ceasefire agreement that the parties signed on
                14 July 2003.

                     Accept, Sir, the assurances of my highest consideration.

                                                        (Signed) John Doe
                """);
        assertThat(field(wrapped, MetaField.DATE)).isNull();
        LetterFacts prose = Pipelines.facts("prose.txt", """
                Sir,

                     I have the honour to welcome the Mission, which the Council
                     established on 22 October 1999.

                     Accept, Sir, the assurances of my highest consideration.

                                                        (Signed) John Doe
                """);
        assertThat(field(prose, MetaField.DATE)).isNull();
    }

    @Test
    void aMemosLabelledDateIsItsDateAndNoDistributionDate() throws Exception {
        LetterFacts f = Pipelines.facts("memo.txt", """
                UNITED NATIONS                    NATIONS UNIES

                              INTEROFFICE MEMORANDUM

                TO:         Mr. Tuliameni Kalomoh
                FROM:       Mr. Ibrahima Fall
                DATE:       9 April 2002
                SUBJECT:    Great Lakes

                1.   Further to our meeting, I attach the revised plan.
                """);
        assertThat(field(f, MetaField.DATE)).isEqualTo("2002-04-09");
        assertThat(field(f, MetaField.ISSUED)).isNull();
    }

    @Test
    void aDatelessTitlesDateLineUnderItIsTheDateNotADistributionDate() throws Exception {
        LetterFacts f = Pipelines.facts("message.txt", """
                      MESSAGE FROM THE SECRETARY-GENERAL TO THE SUMMIT OF THE AFRICAN UNION

                                 Delivered in Maputo on 10 July 2003

                     I send my warm greetings to all the leaders gathered here.

                                                        Kofi A. Annan
                """);
        assertThat(field(f, MetaField.DATE)).isEqualTo("2003-07-10");
        assertThat(field(f, MetaField.ISSUED)).isNull();
        assertThat(f.parties()).extracting(p -> p.role()).contains("secretary-general");
    }

    @Test
    void aMissionsReferenceNumberIsNoDocumentSymbol() throws Exception {
        LetterFacts f = Pipelines.facts("ref.txt", """
                                                        NV/2003/45

                     The Permanent Mission of Chile to the United Nations presents its compliments to the
                Secretary-General and has the honour to transmit the enclosed statement.
                """);
        assertThat(field(f, MetaField.SYMBOL)).isNull();
    }
}
