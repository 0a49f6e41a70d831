package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unkg.extract.party.Parties.party;
import static org.unkg.extract.party.Parties.role;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Party;

/**
 * The recipient of a letter without a title line (memo, letterhead and reprint layouts): read from what the letter
 * asks of its addressee (circulation, the Council's attention, "in your capacity as"), its salutation, a circular's
 * addressees, and never from the letter's own signature block. Hand-written variants in English, French and Arabic,
 * with a negative for each.
 */
class UntitledRecipientsTest {
    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    @Test
    void aSignatureBlockHeadedByHisExcellencyIsTheSenderNeverTheAddressee() throws Exception {
        LetterFacts en = run("en.txt", """
                The occupying forces have continued their raids on the towns of the occupied territory this week.
                Please accept, Excellency, the assurances of my highest consideration.

                H.E. Mr. Tariq Haddad
                Ambassador
                Permanent Observer of Palestine
                to the United Nations
                """);
        assertThat(party(en, Party.Slot.RECIPIENT)).isEmpty();
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("other");
        LetterFacts fr = run("fr.txt", """
                Les forces d'occupation ont poursuivi leurs incursions dans les villes du territoire occupé cette semaine.
                Veuillez agréer, Monsieur le Président, les assurances de ma très haute considération.

                Son Excellence M. Amadou Diop
                Représentant permanent du Sénégal
                auprès de l'Organisation des Nations Unies
                """);
        assertThat(party(fr, Party.Slot.RECIPIENT)).isEmpty();
        assertThat(role(fr, Party.Slot.SENDER)).isEqualTo("permanent-representative");
    }

    @Test
    void theWritersOwnBlockUnderALetterheadIsNoAddresseeEvenWithoutASignatureMark() throws Exception {
        LetterFacts f = run("en.txt", """
                PERMANENT MISSION OF GHANA TO THE UNITED NATIONS

                                                   4 May 2001

                The Government of Ghana wishes to draw attention to the continuing attacks in the region.

                His Excellency Mr. Kwame Mensah
                Permanent Representative of Ghana to the United Nations
                """);
        assertThat(party(f, Party.Slot.RECIPIENT)).isEmpty();
    }

    @Test
    void anAddresseeBlockAfterTheSignatureStillNamesTheRecipient() throws Exception {
        LetterFacts f = run("en.txt", """
                PERMANENT MISSION OF GHANA TO THE UNITED NATIONS

                                                   4 May 2001

                I have the honour to transmit the communiqué issued in Accra on 3 May 2001.

                (Signed) Kwame Mensah
                Permanent Representative

                His Excellency
                Mr. Kofi A. Annan
                Secretary-General of the United Nations
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void aRequestToCirculateTheLetterAsADocumentMakesTheSecretaryGeneralTheRecipient() throws Exception {
        LetterFacts en = run("en.txt", """
                PERMANENT MISSION OF ZAMBIA TO THE UNITED NATIONS

                                                   New York, 3 June 1997

                I have the honour to transmit herewith the communiqué issued by the Ministry of Foreign Affairs on 2 June 1997.

                I should be grateful if you would have the present letter and its annex issued as a document of the General Assembly, under agenda item 38, and of the Security Council.

                (Signed) Peter Banda
                Permanent Representative
                """);
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        LetterFacts fr = run("fr.txt", """
                MISSION PERMANENTE DU BURKINA FASO AUPRÈS DE L'ORGANISATION DES NATIONS UNIES

                                                   New York, le 3 juin 1997

                J'ai l'honneur de vous faire tenir ci-joint le communiqué publié le 2 juin 1997.

                Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente lettre et de son annexe comme document de l'Assemblée générale, au titre du point 38 de l'ordre du jour.

                (Signé) Jean Ouedraogo
                """);
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        LetterFacts ar = run("ar.txt", """
                البعثة الدائمة للأردن لدى الأمم المتحدة

                                                   3 حزيران/يونيه 1997

                يشرفني أن أحيل إليكم طيه نص البيان الصادر عن وزارة الخارجية في 2 حزيران/يونيه 1997.

                وأكون ممتنا لو تفضلتم بتعميم نص هذه الرسالة ومرفقها بوصفهما وثيقة من وثائق الجمعية العامة.

                (توقيع) سامي خليل
                """);
        assertThat(role(ar, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void aRequestToCirculateIsNoRecipientWhenTheSalutationGreetsThePresidentOfTheCouncil() throws Exception {
        LetterFacts f = run("en.txt", """
                PERMANENT MISSION OF PERU TO THE UNITED NATIONS

                                                   8 July 1999

                Dear Mr. President,

                I have the honour to refer to the debate of the Security Council on the protection of civilians.
                I should be grateful if you would have this letter circulated as a document of the Security Council.

                (Signed) Luis Alvarado
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void aRequestToBringTheLetterToTheCouncilMembersMakesThePresidentOfTheCouncilTheRecipient() throws Exception {
        LetterFacts en = run("en.txt", """
                PERMANENT MISSION OF ZAMBIA TO THE UNITED NATIONS

                                                   New York, 3 June 1997

                I have the honour to transmit herewith the communiqué issued by the Ministry of Foreign Affairs on 2 June 1997.

                I should be grateful if you would bring the present letter and its annex to the attention of the members of the Security Council.

                (Signed) Peter Banda
                """);
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        LetterFacts fr = run("fr.txt", """
                MISSION PERMANENTE DU BURKINA FASO AUPRÈS DE L'ORGANISATION DES NATIONS UNIES

                                                   New York, le 3 juin 1997

                J'ai l'honneur de vous faire tenir ci-joint le communiqué publié le 2 juin 1997.

                Je vous serais obligé de bien vouloir porter le texte de la présente lettre à l'attention des membres du Conseil de sécurité.

                (Signé) Jean Ouedraogo
                """);
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void theCouncilsAttentionDoesNotOverrideARecipientTheTitleNames() throws Exception {
        LetterFacts f = run("en.txt", """
                Letter dated 3 June 1997 from the Permanent Representative of Zambia to the United Nations addressed to the Secretary-General
                I should be grateful if you would bring the present letter to the attention of the members of the Security Council.
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void aCircularToAllRepresentativesOrMemberStatesHasOtherAsRecipient() throws Exception {
        LetterFacts en = run("en.txt", """
                THE PRESIDENT OF THE GENERAL ASSEMBLY

                                                   20 October 2004

                To all Permanent Representatives and Permanent Observers to the United Nations

                I have the honour to inform you that the informal consultations will be held on 27 October 2004.
                """);
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("other");
        LetterFacts fr = run("fr.txt", """
                LE PRÉSIDENT DE L'ASSEMBLÉE GÉNÉRALE

                                                   Le 20 octobre 2004

                À tous les Représentants permanents et observateurs permanents auprès de l'Organisation des Nations Unies

                J'ai l'honneur de vous informer que les consultations officieuses se tiendront le 27 octobre 2004.
                """);
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("other");
        LetterFacts ar = run("ar.txt", """
                رئيس الجمعية العامة

                                                   20 تشرين الأول/أكتوبر 2004

                إلى جميع الممثلين الدائمين والمراقبين الدائمين لدى الأمم المتحدة

                يشرفني أن أبلغكم بأن المشاورات غير الرسمية ستعقد في 27 تشرين الأول/أكتوبر 2004.
                """);
        assertThat(role(ar, Party.Slot.RECIPIENT)).isEqualTo("other");
    }

    @Test
    void aLetterFromThePresidentOfTheAssemblyGreetingExcellencyWithoutAddresseeGoesToAllMemberStates() throws Exception {
        LetterFacts en = run("en.txt", """
                THE PRESIDENT OF THE GENERAL ASSEMBLY

                                                   20 October 2004

                Excellency,

                I have the honour to inform you that the informal consultations of the plenary on the revitalization of the work of the General Assembly will be held on 27 October 2004.

                Please accept, Excellency, the assurances of my highest consideration.

                Julio Mendes
                """);
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("president-of-the-general-assembly");
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("other");
        LetterFacts fr = run("fr.txt", """
                LE PRÉSIDENT DE L'ASSEMBLÉE GÉNÉRALE

                                                   Le 20 octobre 2004

                Excellence,

                J'ai l'honneur de vous informer que les consultations officieuses de l'Assemblée générale plénière se tiendront le 27 octobre 2004.

                Julio Mendes
                """);
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("other");
    }

    @Test
    void aRepresentativeGreetingExcellencyWithoutAddresseeHasNoRecipientGuessed() throws Exception {
        LetterFacts f = run("en.txt", """
                PERMANENT MISSION OF GHANA TO THE UNITED NATIONS

                                                   4 May 2001

                Excellency,

                I have the honour to transmit the communiqué issued in Accra on 3 May 2001.

                (Signed) Kwame Mensah
                Permanent Representative
                """);
        assertThat(party(f, Party.Slot.RECIPIENT)).isEmpty();
    }

    @Test
    void aSecretaryGeneralsLetterheadLetterGreetingMrPresidentAboutTheCouncilGoesToItsPresident() throws Exception {
        LetterFacts en = run("en.txt", """
                THE SECRETARY-GENERAL

                                                   7 November 2003

                Dear Mr. President,

                I wish to inform the members of the Security Council that I intend to extend the mandate of my Special Representative for a further period of six months.

                Yours sincerely,

                (Signed) Kofi A. Annan
                """);
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(en.mentions()).extracting(Mention::key).contains("UNSG", "UNSC");
        LetterFacts fr = run("fr.txt", """
                LE SECRÉTAIRE GÉNÉRAL

                                                   Le 7 novembre 2003

                Monsieur le Président,

                Je tiens à informer les membres du Conseil de sécurité de mon intention de proroger le mandat de mon Représentant spécial pour une nouvelle période de six mois.

                (Signé) Kofi A. Annan
                """);
        assertThat(role(fr, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(fr.mentions()).extracting(Mention::key).contains("UNSG");
    }

    @Test
    void mrPresidentFromTheSecretaryGeneralNamingNoOrganIsThePresidentOfTheCouncil() throws Exception {
        LetterFacts f = run("en.txt", """
                THE SECRETARY-GENERAL

                                                   7 November 2003

                Dear Mr. President,

                I wish to inform the members of the Council of my intention to appoint Mr. Ahmed Diallo as my Special Representative.

                Yours sincerely,

                Kofi A. Annan
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void aSalutationGreetingManyHasOtherAsRecipientFromAnySender() throws Exception {
        LetterFacts en = run("en.txt", """
                To: Permanent Representatives of all Member States

                Dear Colleagues,

                I wish to inform you of the arrangements for the high-level meeting.

                (Signed) Ahmed Diallo
                """);
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("other");
        LetterFacts fr = run("fr.txt", """
                MISSION PERMANENTE DU MALI AUPRÈS DE L'ORGANISATION DES NATIONS UNIES

                Chers collègues,

                J'ai le plaisir de vous inviter à la réunion du Groupe des États d'Afrique.

                (Signé) Oumar Keita
                """);
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("other");
    }

    @Test
    void mrPresidentInALetterAboutTheAssemblyGreetsItsPresidentAndDearSecretaryGeneralTheSecretaryGeneral() throws Exception {
        LetterFacts pga = run("en.txt", """
                PERMANENT MISSION OF CHILE TO THE UNITED NATIONS

                                                   2 March 2005

                Dear Mr. President,

                On behalf of the Group, I have the honour to request the inclusion of an item in the agenda of the fifty-ninth session of the General Assembly.

                (Signed) Carlos Rojas
                """);
        assertThat(role(pga, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-general-assembly");
        LetterFacts sg = run("fr.txt", """
                MISSION PERMANENTE DU MALI AUPRÈS DE L'ORGANISATION DES NATIONS UNIES

                                                   Le 2 mars 2005

                Monsieur le Secrétaire général,

                J'ai l'honneur de porter à votre connaissance le communiqué du Gouvernement malien.

                (Signé) Oumar Keita
                """);
        assertThat(role(sg, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void aSalutationInsideAnAnnexIsNotTheLettersAddressee() throws Exception {
        LetterFacts f = run("en.txt", """
                PERMANENT MISSION OF CHILE TO THE UNITED NATIONS

                                                   2 March 2005

                I have the honour to transmit the letter of our Minister for Foreign Affairs (see annex).

                (Signed) Carlos Rojas

                Annex

                Dear Mr. President,

                The Security Council will discuss the situation next week.
                """);
        assertThat(party(f, Party.Slot.RECIPIENT)).isEmpty();
    }

    @Test
    void inYourCapacityAsChairmanMakesTheChairmanTheRecipient() throws Exception {
        LetterFacts en = run("en.txt", """
                PERMANENT MISSION OF MALAYSIA TO THE UNITED NATIONS

                                                   12 May 1998

                I have the honour to write to you in your capacity as Chairman of the Open-ended Working Group on the Question of Equitable Representation on and Increase in the Membership of the Security Council.

                My delegation wishes to submit the following proposals to the Working Group.

                (Signed) Ahmad Rahman
                Permanent Representative
                """);
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("other");
        LetterFacts fr = run("fr.txt", """
                MISSION PERMANENTE DE LA TUNISIE AUPRÈS DE L'ORGANISATION DES NATIONS UNIES

                                                   Le 12 mai 1998

                J'ai l'honneur de m'adresser à vous en votre qualité de Président du Groupe de travail à composition non limitée sur la question de la représentation équitable au Conseil de sécurité.

                (Signé) Ali Ben Salem
                Représentant permanent
                """);
        assertThat(role(fr, Party.Slot.RECIPIENT)).isEqualTo("other");
        LetterFacts psc = run("en2.txt", """
                PERMANENT MISSION OF MALAYSIA TO THE UNITED NATIONS

                                                   12 May 1998

                I have the honour to write to you in your capacity as President of the Security Council for the month of May.

                (Signed) Ahmad Rahman
                """);
        assertThat(role(psc, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void someoneElsesCapacityIsNoRecipient() throws Exception {
        LetterFacts f = run("en.txt", """
                PERMANENT MISSION OF MALAYSIA TO THE UNITED NATIONS

                                                   12 May 1998

                I have the honour to transmit the statement made by our Minister in his capacity as Chairman of the Group of 77.

                (Signed) Ahmad Rahman
                """);
        assertThat(party(f, Party.Slot.RECIPIENT)).isEmpty();
    }

    @Test
    void aReprintedTitleThatLostItsFirstWordStillNamesSenderAndAddressee() throws Exception {
        LetterFacts council = run("en.txt", """
                14 Apr. 1996

                Dated 12 April 1996 from the President of the Security Council Addressed to the Secretary-General

                I have the honour to inform you that your letter of 9 April 1996 concerning the Office in Kigali has been
                brought to the attention of the members of the Council. They take note of the intention it contains.

                (Signed) Nugroho WISNUMURTI
                President of the Security Council
                """);
        assertThat(role(council, Party.Slot.SENDER)).isEqualTo("president-of-the-security-council");
        assertThat(role(council, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        LetterFacts state = run("en.txt", """
                DATED 2 JULY 1993 FROM THE PERMANENT REPRESENTATIVE OF NORWAY TO THE UNITED NATIONS ADDRESSED TO THE
                PRESIDENT OF THE SECURITY COUNCIL

                I have the honour to transmit herewith the text of a statement issued by my Government on 1 July 1993.

                (Signed) Hans Jacob BIORN LIAN
                Permanent Representative
                """);
        assertThat(role(state, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(role(state, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void datedInsideASentenceOpensNoTitleSoAMemosFieldsStillNameItsParties() throws Exception {
        LetterFacts memo = run("en.txt", """
                Below is the text of a letter, dated 14 March 2003:

                To: All Permanent Representatives and Permanent Observers
                From: The President of the General Assembly


                I am writing to you concerning the consideration of the report of the Secretary-General on the
                revitalization of the work of the General Assembly (A/57/387).
                """);
        assertThat(role(memo, Party.Slot.SENDER)).isEqualTo("president-of-the-general-assembly");
    }

    @Test
    void thePresidentsReplyThatALetterWasBroughtToTheMembersAttentionIsToTheSecretaryGeneral() throws Exception {
        LetterFacts en = run("en.txt", """
                I have the honour to inform you that your letter dated 21 November 2000 (S/2000/1105) concerning
                the extension of the mandate of your Special Representative for Guinea-Bissau has been brought to
                the attention of the members of the Security Council. They agree with the proposal in your letter.

                (Signed) Sergey LAVROV
                President of the Security Council
                """);
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("president-of-the-security-council");
        assertThat(role(en, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");

        LetterFacts ar = run("ar.txt", """
                أتشرف بإبلاغكم بأن رسالتكم المؤرخة ٣ آذار/مارس ٢٠١٠ بشأن اعتزامكم تعيين السيد يونغ - جين تشوي ممثلا خاصا لكم
                قد عرضت على انتباه أعضاء مجلس الأمن. وهم يحيطون علما بما اعتزمتم القيام به.

                (توقيع) إرتوغرول أباكان
                رئيس مجلس الأمن
                """);
        assertThat(role(ar, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void thePresidentsReplyWithoutTheSecretaryGeneralsWordsNamesNoRecipientAndARequestStillNamesThePresident() throws Exception {
        LetterFacts reply = run("en.txt", """
                I have the honour to inform you that your letter dated 4 May 2001 concerning the situation on the
                border has been brought to the attention of the members of the Security Council.

                (Signed) Wang YINGFAN
                President of the Security Council
                """);
        assertThat(role(reply, Party.Slot.SENDER)).isEqualTo("president-of-the-security-council");
        assertThat(role(reply, Party.Slot.RECIPIENT)).isNotEqualTo("president-of-the-security-council");

        LetterFacts request = run("en.txt", """
                On instructions from my Government, I have the honour to inform you of the attacks on the border
                towns, in which your Special Envoy's visit was also mentioned. I should be grateful if you would
                bring the present letter to the attention of the members of the Security Council.

                (Signed) Ahmad KAMAL
                Permanent Representative of Pakistan to the United Nations
                """);
        assertThat(role(request, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }
}
