package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unkg.extract.party.Parties.role;
import static org.unkg.extract.party.Parties.state;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;

/**
 * Sender and recipient of letters whose title is missing or names no role: a note verbale's formula, a French
 * signature whose titles stand above the name, memo fields whose role is on the line under the person, an Arabic
 * salutation, officials whose title holds the Secretary-General's words. Hand-written variants in English, French and
 * Arabic, each with a negative.
 */
class UntitledHeaderFactsTest {
    private static final Party.Slot FROM = Party.Slot.SENDER;
    private static final Party.Slot TO = Party.Slot.RECIPIENT;

    @Test
    void aNoteVerbalesFormulaMakesTheMissionBeforeItTheSenderAndTheRoleAfterItTheRecipient() throws Exception {
        LetterFacts en = Pipelines.facts("nv-en.txt", """
                     The Permanent Mission of Norway to the United Nations presents its compliments
                to the President of the Security Council and has the honour to transmit the text of a
                statement by the Ministry of Foreign Affairs of Norway.
                """);
        assertThat(role(en, FROM)).isEqualTo("other");
        assertThat(state(en, FROM)).isEqualTo("NOR");
        assertThat(role(en, TO)).isEqualTo("president-of-the-security-council");
        LetterFacts fr = Pipelines.facts("nv-fr.txt", """
                     La Mission permanente du Mali auprès de l'Organisation des Nations Unies présente ses
                compliments au Secrétaire général et a l'honneur de lui faire tenir ci-joint un communiqué du
                Gouvernement malien.
                """);
        assertThat(role(fr, FROM)).isEqualTo("other");
        assertThat(state(fr, FROM)).isEqualTo("MLI");
        assertThat(role(fr, TO)).isEqualTo("secretary-general");
        LetterFacts ar = Pipelines.facts("nv-ar.txt", """
                تهدي البعثة الدائمة لسلطنة عمان لدى الأمم المتحدة تحياتها إلى رئيس مجلس الأمن، وتتشرف بأن تحيل إليه نص البيان المرفق.
                """);
        assertThat(role(ar, FROM)).isEqualTo("other");
        assertThat(state(ar, FROM)).isEqualTo("OMN");
        assertThat(role(ar, TO)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void theFormulaQuotedInATitledLetterLeavesTheTitlesParties() throws Exception {
        LetterFacts f = Pipelines.facts("quoted.txt", """
                Letter dated 3 May 2004 from the Secretary-General addressed to the President of the Security Council

                     I have the honour to transmit a note verbale in which the Permanent Mission of Norway presents its
                compliments to the Secretary-General and conveys its Government's views.

                                                        (Signed) Kofi A. Annan
                """);
        assertThat(role(f, FROM)).isEqualTo("secretary-general");
        assertThat(state(f, FROM)).isNull();
        assertThat(role(f, TO)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void aFrenchSignersTitleAboveTheNameIsTheSender() throws Exception {
        LetterFacts president = Pipelines.facts("pres-fr.txt", """
                                                        Le 12 mai 2003

                Monsieur le Secrétaire général,

                     J'ai l'honneur de vous informer que votre lettre a été portée à l'attention des membres du
                Conseil, qui en ont pris note.

                                                        Le Président du Conseil de sécurité
                                                        (Signé) Jean-Marc de La Sablière
                """);
        assertThat(role(president, FROM)).isEqualTo("president-of-the-security-council");
        assertThat(role(president, TO)).isEqualTo("secretary-general");
        LetterFacts ambassador = Pipelines.facts("pr-fr.txt", """
                MISSION PERMANENTE DU BÉNIN AUPRÈS DE L'ORGANISATION DES NATIONS UNIES

                Monsieur le Président,

                     J'ai l'honneur de vous faire tenir ci-joint le communiqué de mon gouvernement.

                                                        L'Ambassadeur,
                                                        Représentant permanent
                                                        (Signé) Joël Adechi
                """);
        assertThat(role(ambassador, FROM)).isEqualTo("permanent-representative");
        assertThat(state(ambassador, FROM)).isEqualTo("BEN");
    }

    @Test
    void aSentenceRightAboveTheSignatureIsNoSignersTitle() throws Exception {
        LetterFacts f = Pipelines.facts("sentence.txt", """
                Monsieur le Président,

                     Je vous serais reconnaissant de bien vouloir porter cette question à l'attention du Secrétaire général.
                (Signé) Jean Dupont
                """);
        assertThat(role(f, FROM)).isNull();
    }

    @Test
    void aMemoFieldNamingAPersonTakesTheRoleOnTheLineUnderItOrIsOther() throws Exception {
        LetterFacts en = Pipelines.facts("memo-en.txt", """
                                          INTEROFFICE MEMORANDUM

                TO:         Ms. Angela Kane
                            Assistant Secretary-General for Political Affairs

                FROM:       The Secretary-General

                DATE:       2 June 2005

                SUBJECT:    Staffing

                1.   Further to our conversation, please find attached the proposed staffing table.
                """);
        assertThat(role(en, TO)).isEqualTo("other");
        assertThat(role(en, FROM)).isEqualTo("secretary-general");
        LetterFacts fr = Pipelines.facts("memo-fr.txt", """
                                          MÉMORANDUM INTÉRIEUR

                A :         M. Jean Arnault

                DE :        M. Hédi Annabi
                            Sous-Secrétaire général aux opérations de maintien de la paix

                DATE :      3 juin 2005

                1.   Comme suite à notre entretien, je vous fais parvenir ci-joint le tableau des effectifs.
                """);
        assertThat(role(fr, TO)).isEqualTo("other");
        assertThat(role(fr, FROM)).isEqualTo("other");
    }

    @Test
    void aLetterheadLineOpeningWithToIsNoMemoField() throws Exception {
        LetterFacts f = Pipelines.facts("letterhead.txt", """
                PERMANENT MISSION OF GHANA
                TO THE UNITED NATIONS

                Sir,

                     I have the honour to transmit the statement of my Government.

                                                        (Signed) Nana Effah-Apenteng
                                                        Permanent Representative
                """);
        assertThat(role(f, TO)).isNotEqualTo("other");
        assertThat(role(f, FROM)).isEqualTo("permanent-representative");
    }

    @Test
    void anArabicMrSecretaryGeneralSalutationNamesTheRecipient() throws Exception {
        LetterFacts f = Pipelines.facts("salutation-ar.txt", """
                السيد الأمين العام،

                أتشرف بأن أحيطكم علما بأن رسالتكم قد عرضت على أعضاء مجلس الأمن.

                (توقيع) دوميساني س. كومالو
                رئيس مجلس الأمن
                """);
        assertThat(role(f, TO)).isEqualTo("secretary-general");
        assertThat(role(f, FROM)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void anUnderSecretaryGeneralOrASpecialRepresentativeOfTheSecretaryGeneralIsNotTheSecretaryGeneral() throws Exception {
        LetterFacts f = Pipelines.facts("usg.txt", """
                Letter dated 4 March 2004 from the Special Representative of the Secretary-General for Haiti addressed
                to the President of the Security Council

                     I have the honour to inform you of the situation in Haiti.
                """);
        assertThat(role(f, FROM)).isEqualTo("other");
        assertThat(role(f, TO)).isEqualTo("president-of-the-security-council");
    }
}
