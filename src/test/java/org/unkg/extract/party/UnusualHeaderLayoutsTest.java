package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unkg.extract.party.Parties.party;
import static org.unkg.extract.party.Parties.role;
import static org.unkg.extract.party.Parties.state;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Mention;
import org.unkg.model.Party;

/**
 * Header facts of letters whose layout hides them: a reprint's "Letter from X, role, to Y" title with a name particle,
 * an addressee block at the letter's foot, the Secretary-General known only from his own words, a lead-in line that
 * dates the letter, French and Arabic reprint titles that lost their first word. Hand-written variants (other
 * offices, States and decades than the genre corpus's letters of these kinds), with the negatives each rule must
 * leave alone.
 */
class UnusualHeaderLayoutsTest {
    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    private static String date(LetterFacts f) {
        return f.meta(MetaField.DATE).map(Meta::value).orElse(null);
    }

    @Test
    void aNameParticleGluedByAHyphenIsNoDirectionWordInAReprintTitle() throws Exception {
        LetterFacts f = run("en.txt", """
                4 August 1998 (S/1998/731)

                Letter from Ambassador Fawzi Al-Shobokshi, Permanent Representative of Saudi Arabia to the U.N., to
                the Secretary-General: (situation in Afghanistan)

                     I have the honour to transmit herewith a statement of the Government of Saudi Arabia.

                                                        (Signed) Fawzi AL-SHOBOKSHI
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(state(f, Party.Slot.SENDER)).isEqualTo("SAU");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        LetterFacts observer = run("en.txt", """
                2 March 2000 (A/54/790, S/2000/178)

                Letter from Ambassador Hussein El-Hassouna, Permanent Observer of the League of Arab States to the
                UN, to the President of the Security Council: (situation in the Middle East)

                     I have the honour to transmit herewith the resolution adopted by the Council of the League.

                                                        (Signed) Hussein EL-HASSOUNA
                """);
        assertThat(role(observer, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(role(observer, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void aSpanishTitlesAlIsStillADirectionWord() throws Exception {
        LetterFacts f = run("es.txt", """
                Carta de fecha 3 de mayo de 2001 dirigida al Secretario General por el Representante Permanente de
                Chile ante las Naciones Unidas

                     Tengo el honor de transmitirle el comunicado emitido por el Gobierno de Chile.
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("permanent-representative");
    }

    @Test
    void aFrenchReprintTitleLettreDeMonsieurXRoleNamesTheSenderAndItsState() throws Exception {
        LetterFacts f = run("fr.txt", """
                11 octobre 2002 (S/2002/1138)

                Lettre de M. Papa Louis Fall, Représentant permanent du Sénégal auprès de l'ONU, au Président du
                Conseil de sécurité : (situation en Côte d'Ivoire)

                     J'ai l'honneur de vous faire tenir ci-joint le communiqué du sommet de la CEDEAO.

                                                        (Signé) Papa Louis FALL
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(state(f, Party.Slot.SENDER)).isEqualTo("SEN");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void anAddresseeBlockAtTheFootNamingAnOfficialOfNoRoleIsTheRecipientNotTheSigner() throws Exception {
        LetterFacts f = run("en.txt", """
                The Executive Director

                                                   12 November 1996

                Excellency,

                     I wish to thank your Government for its contribution to the programme in the border provinces.

                     Please accept, Excellency, the assurances of my highest consideration.

                                                   [signed]
                                                   Pino Arlacchi


                His Excellency
                Dr. Surakiart Sathirathai
                Deputy Minister of Foreign Affairs
                Bangkok, Thailand
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("other");
        assertThat(state(f, Party.Slot.RECIPIENT)).isEqualTo("THA");
        // the foot block is not the signer's: the sender stays the letterhead's, of no state
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(state(f, Party.Slot.SENDER)).isNull();
        LetterFacts honourable = run("en.txt", """
                THE SECRETARY-GENERAL

                                                   9 June 1999

                Dear Minister,

                     Thank you for your letter of 2 June 1999 on the situation in Kosovo.

                                                   Yours sincerely,

                                                   Kofi A. Annan

                The Honourable Maria Minna, P.C., M.P.
                Minister for International Cooperation
                Ottawa, Canada
                """);
        assertThat(role(honourable, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(honourable, Party.Slot.RECIPIENT)).isEqualTo("other");
        assertThat(honourable.mentions()).extracting(Mention::label).contains("Maria Minna");
    }

    @Test
    void anAddresseeBlockOfAnAnnexUnderTheSignatureIsNotTheLettersRecipient() throws Exception {
        LetterFacts f = run("en.txt", """
                PERMANENT MISSION OF ZAMBIA TO THE UNITED NATIONS

                                                   14 July 1999

                     I have the honour to transmit the letter of my Foreign Minister.

                                                   (Signed) Peter L. KASANDA

                Annex

                His Excellency
                Mr. Laurent-Désiré Kabila
                Kinshasa
                """);
        assertThat(party(f, Party.Slot.RECIPIENT)).isEmpty();
    }

    @Test
    void theSecretaryGeneralsOwnWordsMakeAnUntitledLetterHisInThreeLanguages() throws Exception {
        LetterFacts en = run("en.txt", """
                Security Council

                3 December 2004

                Original: English

                     Further to my letter of 24 November 2004 to the President of the Security Council, I wish to
                inform you that Mr. Taye-Brook Zerihoun will serve as my Deputy Special Representative in Cyprus.

                                                   (Signed) Kofi A. ANNAN
                """);
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(en.mentions()).extracting(Mention::key).contains("UNSG");
        LetterFacts fr = run("fr.txt", """
                Conseil de sécurité

                22 janvier 1998

                     J'ai l'honneur de vous informer de mon intention de nommer M. Francesc Vendrell mon
                Représentant personnel pour l'Afghanistan.

                                                   (Signé) Kofi A. ANNAN
                """);
        assertThat(role(fr, Party.Slot.SENDER)).isEqualTo("secretary-general");
        LetterFacts ar = run("ar.txt", """
                مجلس الأمن

                5 آذار/مارس 2008

                أتشرف بأن أحيطكم علما بأنني قررت تعيين السيد ألفارو دي سوتو ممثلي الخاص للشرق الأوسط.

                (توقيع) بان كي - مون
                """);
        assertThat(role(ar, Party.Slot.SENDER)).isEqualTo("secretary-general");
    }

    @Test
    void aStatesWriterSpeakingOfHisOwnEnvoyOrOfHisLetterToTheCouncilIsNotTheSecretaryGeneral() throws Exception {
        LetterFacts head = run("en.txt", """
                Security Council

                17 May 2000

                     I have the honour to inform you that my Special Envoy, Mr. Ali Said Abdella, will travel to
                Algiers to consult my Government's partners on the proximity talks.

                                                   (Signed) Isaias AFWERKI
                """);
        assertThat(role(head, Party.Slot.SENDER)).isNull();
        LetterFacts representative = run("en.txt", """
                Security Council

                21 April 1999

                Sir,

                     I have the honour to refer to my letter to the President of the Security Council dated 12 April
                1999 and to the intention of the Secretary-General to appoint his Special Representative.

                                                   (Signed) Robert R. FOWLER
                                                   Permanent Representative of Canada
                """);
        assertThat(role(representative, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(role(representative, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        LetterFacts titled = run("en.txt", """
                Letter dated 8 May 2002 from the Permanent Representative of Norway to the United Nations addressed to
                the President of the Security Council

                     I have the honour to inform you that my Special Envoy for the peace process will visit the region.
                """);
        assertThat(role(titled, Party.Slot.SENDER)).isEqualTo("permanent-representative");
    }

    @Test
    void aLeadInLineGivesTheLettersDateButNotAQuotedLettersDate() throws Exception {
        LetterFacts en = run("en.txt", """
                Following is the text of a letter, dated 19 August 1997:

                To:   The President of the Security Council
                From: The Secretary-General

                     I have the honour to inform you that the Verification Mission will complete its withdrawal.
                """);
        assertThat(date(en)).isEqualTo("1997-08-19");
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        LetterFacts fr = run("fr.txt", """
                Voici le texte d'une lettre, datée du 4 février 2002 :

                À :  Monsieur le Président du Conseil de sécurité
                De : Le Secrétaire général

                     J'ai l'honneur de vous informer de la reprise des activités de la Mission.
                """);
        assertThat(date(fr)).isEqualTo("2002-02-04");
        LetterFacts quoted = run("en.txt", """
                Sir,

                     I have the honour to transmit the letter of my Foreign Minister to you. Following is the text of a
                letter, dated 2 February 2002, from the Minister:

                     "The Government wishes to inform the Council of the elections held on 1 February 2002."

                                                   New York, 6 February 2002

                                                   (Signed) Ivan ŠIMONOVIĆ
                """);
        assertThat(date(quoted)).isEqualTo("2002-02-06");
    }

    @Test
    void frenchAndArabicReprintTitlesThatLostTheirFirstWordStillNameBothParties() throws Exception {
        LetterFacts fr = run("fr.txt", """
                S/1994/1347

                Datée du 29 novembre 1994, adressée au Président du Conseil de sécurité par le Secrétaire général

                     J'ai l'honneur de vous informer que j'ai l'intention de proroger la présence de la Mission.

                                                   (Signé) Boutros BOUTROS-GHALI
                """);
        assertThat(role(fr, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(date(fr)).isEqualTo("1994-11-29");
        LetterFacts ar = run("ar.txt", """
                S/2001/1093

                مؤرخة 19 تشرين الثاني/نوفمبر 2001 موجهة إلى رئيس مجلس الأمن من الممثل الدائم لمصر لدى الأمم المتحدة

                أتشرف بأن أحيل إليكم طيه نص البيان الصادر عن وزارة الخارجية.

                (توقيع) أحمد أبو الغيط
                """);
        assertThat(role(ar, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(state(ar, Party.Slot.SENDER)).isEqualTo("EGY");
        assertThat(role(ar, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(date(ar)).isEqualTo("2001-11-19");
        // inside a sentence "datée du" opens no title: the memo's fields still name the parties
        LetterFacts leadIn = run("fr.txt", """
                On trouvera ci-après le texte d'une lettre, datée du 8 juin 2001 :

                À :  Monsieur le Président du Conseil de sécurité
                De : Le Secrétaire général

                     J'ai l'honneur de vous informer de la reprise des activités de la Mission.
                """);
        assertThat(role(leadIn, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(leadIn, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }
}
