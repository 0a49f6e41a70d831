package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unkg.extract.party.Parties.role;
import static org.unkg.extract.party.Parties.state;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Party;

/**
 * Sender and recipient roles outside the standard title (issue 10, kind 1): abbreviated roles, titles without
 * "dated", identical letters, the signature block deciding the role, a title cut short, letterhead and memo layouts,
 * addressee blocks; hand-written variants in English, French and Arabic, with negatives.
 */
class PartyLayoutsTest {
    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    @Test
    void abbreviatedRolesInAReprintTitleAreReadAndTheSecretaryGeneralIsMentioned() throws Exception {
        LetterFacts f = run("en.txt", """
                Letter dated 12 March 1999 from the UN SG addressed to the President of the UN SC
                I have the honour to inform you of my intention to extend the Office for a further year.
                (Signed) Kofi A. Annan
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(f.mentions()).extracting(Mention::key).contains("UNSG", "UNSC");
    }

    @Test
    void theSecretaryGeneralAbbreviatedInTheBodyIsStillTheOffice() throws Exception {
        LetterFacts f = run("en.txt", """
                Letter dated 12 March 1999 from the Permanent Representative of Norway to the United Nations addressed to the President of the Security Council
                I have the honour to transmit the statement welcoming the report of the UN SG to the UN SC.
                """);
        assertThat(f.mentions()).extracting(Mention::key).contains("UNSG", "UNSC");
        LetterFacts other = run("en2.txt", """
                Letter dated 12 March 1999 from the Permanent Representative of Egypt to the United Nations addressed to the President of the Security Council
                I have the honour to transmit the statement of the Secretary-General of the League of Arab States.
                """);
        assertThat(other.mentions()).extracting(Mention::key).doesNotContain("UNSG");
    }

    @Test
    void aTitleWithoutDatedStillGivesBothParties() throws Exception {
        LetterFacts en = run("en.txt", """
                Letter from the Permanent Representative of Kenya to the United Nations addressed to the President of the Security Council
                I have the honour to transmit the communiqué issued in Nairobi on 4 May 2001.
                """);
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(state(en, Party.Slot.SENDER)).isEqualTo("KEN");
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        LetterFacts fr = run("fr.txt", """
                Lettre adressée au Secrétaire général par le Représentant permanent du Sénégal auprès de l'Organisation des Nations Unies
                J'ai l'honneur de vous faire tenir ci-joint le communiqué publié à Dakar le 4 mai 2001.
                """);
        assertThat(role(fr, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(state(fr, Party.Slot.SENDER)).isEqualTo("SEN");
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void frenchUpperCaseTitleNamesTheRecipientAndNeverTheAfricanUnion() throws Exception {
        LetterFacts f = run("fr.txt", """
                   LETTRE DATEE DU 8 NOVEMBRE 1994, ADRESSEE AU PRESIDENT DU CONSEIL DE
                                    SECURITE PAR LE SECRETAIRE GENERAL

                     J'ai l'honneur de vous informer de mon intention.
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(f.mentions()).extracting(Mention::key).doesNotContain("AU");
    }

    @Test
    void anAcronymInParenthesesStaysAnAcronymInAnUpperCaseLine() throws Exception {
        LetterFacts f = run("en.txt", """
                LETTER DATED 3 MAY 2004 FROM THE PERMANENT REPRESENTATIVE OF NIGERIA TO THE UNITED NATIONS
                ADDRESSED TO THE SECRETARY-GENERAL TRANSMITTING THE COMMUNIQUE OF THE AFRICAN UNION (AU)

                I have the honour to transmit the communiqué.
                """);
        assertThat(f.mentions()).extracting(Mention::key).contains("AU");
    }

    @Test
    void identicalLettersToTwoAddresseesStillReadTheSenderNamedAfterThem() throws Exception {
        LetterFacts fr = run("fr.txt", """
                Lettres identiques datées du 7 avril 1994, adressées au Secrétaire général et au Président du Conseil
                de sécurité par le Chargé d'affaires par intérim de la Mission permanente du Rwanda auprès de
                l'Organisation des Nations Unies
                J'ai l'honneur de vous faire tenir ci-joint la déclaration de mon gouvernement.
                """);
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        assertThat(role(fr, Party.Slot.SENDER)).isEqualTo("charge-d-affaires");
        assertThat(state(fr, Party.Slot.SENDER)).isEqualTo("RWA");
        LetterFacts ar = run("ar.txt", "رسالتان متطابقتان مؤرختان 7 نيسان/أبريل 1994 موجهتان إلى الأمين العام ورئيس مجلس الأمن"
                + " من القائم بالأعمال بالنيابة للبعثة الدائمة لرواندا لدى الأمم المتحدة\nيشرفني أن أحيل إليكم البيان.");
        assertThat(role(ar, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        assertThat(role(ar, Party.Slot.SENDER)).isEqualTo("charge-d-affaires");
        assertThat(state(ar, Party.Slot.SENDER)).isEqualTo("RWA");
        LetterFacts en = run("en.txt", """
                IDENTICAL LETTERS DATED 7 APRIL 1994 FROM THE CHARGE D'AFFAIRES A.I. OF THE PERMANENT MISSION OF
                RWANDA TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL AND TO THE PRESIDENT OF THE
                SECURITY COUNCIL

                     I have the honour to transmit the statement of my Government.
                """);
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("charge-d-affaires");
        assertThat(state(en, Party.Slot.SENDER)).isEqualTo("RWA");
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void theSignatureBlockDecidesTheRoleAGenericTitleLeavesOpen() throws Exception {
        LetterFacts en = run("en.txt", """
                Letter dated 4 June 1996 from the representative of Liberia addressed to the President of the Security Council
                I have the honour to transmit the statement of my Government.
                (Signed) William Bull
                Permanent Representative of Liberia to the United Nations
                """);
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(state(en, Party.Slot.SENDER)).isEqualTo("LBR");
        LetterFacts fr = run("fr.txt", """
                Lettre datée du 4 juin 1996, adressée au Président du Conseil de sécurité par le représentant du Burundi
                J'ai l'honneur de vous transmettre la déclaration de mon gouvernement.
                (Signé) Jean-Marie Ngendahayo
                Chargé d'affaires par intérim de la Mission permanente du Burundi
                """);
        assertThat(role(fr, Party.Slot.SENDER)).isEqualTo("charge-d-affaires");
        assertThat(state(fr, Party.Slot.SENDER)).isEqualTo("BDI");
    }

    @Test
    void aSpecificTitleRoleIsNotOverriddenBySignatureLines() throws Exception {
        LetterFacts f = run("en.txt", """
                Letter dated 4 June 1996 from the Chargé d'affaires a.i. of the Permanent Mission of Ghana to the United Nations addressed to the Secretary-General
                I have the honour to transmit the statement.
                (Signed) Kwame Mensah
                Minister, Deputy Permanent Representative
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("charge-d-affaires");
        assertThat(state(f, Party.Slot.SENDER)).isEqualTo("GHA");
    }

    @Test
    void aPermanentObserverOfAStateWritingToTwoAddresseesIsTheSender() throws Exception {
        LetterFacts f = run("en.txt", """
                Identical letters dated 9 October 2000 from the Permanent Observer of Palestine to the United Nations addressed to the Secretary-General and to the President of the Security Council
                I have the honour to draw your attention to the situation.
                (Signed) Nasser Al-Kidwa
                Ambassador
                Permanent Observer of Palestine to the United Nations
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(state(f, Party.Slot.SENDER)).isEqualTo("PSE");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void aTitleCutAfterAddressedToGetsItsRecipientFromTheRequestToCirculate() throws Exception {
        LetterFacts en = run("en.txt", """
                Letter dated 2 May 2001 from the Permanent Representative of Uganda to the United Nations addressed to the
                I have the honour to transmit the statement issued on 1 May 2001. I should be grateful if you would have the present letter circulated as a document of the Security Council.
                (Signed) Semakula Kiwanuka
                """);
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        LetterFacts ar = run("ar.txt", "رسالة مؤرخة 2 أيار/مايو 2001 من الممثل الدائم لأوغندا لدى الأمم المتحدة\n"
                + "يشرفني أن أحيل البيان الصادر في 1 أيار/مايو 2001. وأرجو ممتنا تعميم هذه الرسالة بوصفها وثيقة من وثائق مجلس الأمن.\n"
                + "(توقيع) سيماكولا كيوانوكا");
        assertThat(role(ar, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void theCouncilsRequestToCirculateIsNoRecipientWhenTheTitleNamesOne() throws Exception {
        LetterFacts f = run("en.txt", """
                Letter dated 2 May 2001 from the Secretary-General addressed to the President of the Security Council
                I should be grateful if you would bring this letter to the attention of the members of the Council and have it circulated as a document of the Security Council.
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void aLetterheadAndAnAddresseeBlockGiveTheParties() throws Exception {
        LetterFacts f = run("en.txt", """
                THE PRESIDENT OF THE GENERAL ASSEMBLY

                                                                  12 April 2001

                Excellency,

                I have the honour to inform you that the General Assembly will hold a debate on the question.

                Please accept, Excellency, the assurances of my highest consideration.

                Harri Holkeri

                His Excellency
                Mr. Kofi A. Annan
                Secretary-General of the United Nations
                New York
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("president-of-the-general-assembly");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void memoToAndFromLinesGiveTheParties() throws Exception {
        LetterFacts en = run("en.txt", """
                To: The President of the Security Council
                From: The Secretary-General
                Date: 3 May 2002

                I wish to inform the members of the Council of my intention.
                """);
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        LetterFacts fr = run("fr.txt", """
                À : Monsieur le Président du Conseil de sécurité
                De : Le Secrétaire général

                Je souhaite informer les membres du Conseil de mon intention.
                """);
        assertThat(role(fr, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void aLetterToAllPermanentRepresentativesHasOtherAsRecipient() throws Exception {
        LetterFacts f = run("en.txt", """
                THE PRESIDENT OF THE GENERAL ASSEMBLY

                5 September 2001

                To all Permanent Representatives and Permanent Observers to the United Nations

                I have the honour to inform you that the informal consultations will continue.
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("president-of-the-general-assembly");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("other");
        assertThat(state(f, Party.Slot.RECIPIENT)).isNull();
    }

    @Test
    void anOrganMentionedInTheBodyIsNoRecipientOfALetterWithoutOne() throws Exception {
        LetterFacts f = run("en.txt", """
                PERMANENT MISSION OF KENYA TO THE UNITED NATIONS

                12 April 2001

                I have the honour to refer to the statement by the President of the Security Council of 2 April 2001.
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isNull();
    }
}
