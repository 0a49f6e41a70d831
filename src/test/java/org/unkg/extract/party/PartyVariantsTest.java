package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unkg.extract.party.Parties.role;
import static org.unkg.extract.party.Parties.state;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;

/**
 * French and Arabic variants of the sender and recipient layouts the held-out real letters showed outside the
 * standard title (issue 10, kinds 1 and D of the failure analysis): a title that says "Lettre du X adressée au Y" with
 * no "datée", a circular to all permanent representatives, a letterhead naming an office's head that the role rules
 * did not know ("THE EXECUTIVE CHAIRMAN"), memo lines in Arabic, an addressee block in French; negatives: a body
 * organ named after "du" in the text is no sender, a plural role in the text is no recipient of a titled letter.
 */
class PartyVariantsTest {
    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    @Test
    void aFrenchTitleLettreDuWithoutDateeGivesTheSender() throws Exception {
        LetterFacts f = run("fr.txt", """
                Lettre du Représentant permanent du Maroc adressée au Secrétaire général le 12 mars 2003
                J'ai l'honneur de vous faire tenir ci-joint le texte du communiqué publié par mon gouvernement.
                (Signé) Mohamed Bennouna
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(state(f, Party.Slot.SENDER)).isEqualTo("MAR");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        LetterFacts de = run("fr2.txt", """
                Lettre de la Représentante permanente de la Norvège adressée au Président du Conseil de sécurité
                J'ai l'honneur de vous faire tenir ci-joint la déclaration de mon gouvernement.
                """);
        assertThat(role(de, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(state(de, Party.Slot.SENDER)).isEqualTo("NOR");
        assertThat(role(de, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void aFrenchOrArabicCircularToAllPermanentRepresentativesHasOtherAsRecipient() throws Exception {
        LetterFacts fr = run("fr.txt", """
                LE PRÉSIDENT DE L'ASSEMBLÉE GÉNÉRALE

                5 septembre 2001

                À tous les Représentants permanents et Observateurs permanents auprès de l'Organisation des Nations Unies

                J'ai l'honneur de vous informer que les consultations officieuses se poursuivront.
                """);
        LetterFacts ar = run("ar.txt", """
                رئيس الجمعية العامة

                5 أيلول/سبتمبر 2001

                إلى جميع الممثلين الدائمين والمراقبين الدائمين لدى الأمم المتحدة

                يشرفني أن أبلغكم بأن المشاورات غير الرسمية ستستمر.
                """);
        for (LetterFacts f : java.util.List.of(fr, ar)) {
            assertThat(role(f, Party.Slot.SENDER)).isEqualTo("president-of-the-general-assembly");
            // many addressees are no one office: the schema's role for them is other
            assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("other");
            assertThat(state(f, Party.Slot.RECIPIENT)).isNull();
        }
    }

    @Test
    void aPluralRoleInTheTextOfATitledLetterIsNoRecipient() throws Exception {
        LetterFacts f = run("fr.txt", """
                Lettre datée du 5 septembre 2001, adressée au Secrétaire général par le Représentant permanent du Sénégal auprès de l'Organisation des Nations Unies
                Les Représentants permanents des États de la région se sont réunis à Dakar.
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("permanent-representative");
    }

    @Test
    void aLetterheadNamingAnExecutiveChairmanIsAnotherSenderNotTheCouncil() throws Exception {
        LetterFacts en = run("en.txt", """
                THE EXECUTIVE CHAIRMAN

                                                                  12 April 2001

                Sir,

                I have the honour to transmit the report of the Commission.

                (Signed) Hans Blix
                Executive Chairman

                His Excellency
                Mr. Sergey Lavrov
                President of the Security Council
                New York
                """);
        LetterFacts fr = run("fr.txt", """
                LE PRÉSIDENT EXÉCUTIF

                                                                  12 avril 2001

                Monsieur le Président,

                J'ai l'honneur de vous faire tenir le rapport de la Commission.

                (Signé) Hans Blix

                Son Excellence
                Monsieur Sergey Lavrov
                Président du Conseil de sécurité
                New York
                """);
        for (LetterFacts f : java.util.List.of(en, fr)) {
            assertThat(role(f, Party.Slot.SENDER)).isEqualTo("other");
            assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        }
    }

    @Test
    void arabicMemoLinesGiveTheParties() throws Exception {
        LetterFacts f = run("ar.txt", """
                إلى: رئيس مجلس الأمن
                من: الأمين العام
                التاريخ: 3 أيار/مايو 2002

                أود أن أبلغ أعضاء المجلس باعتزامي تعيين ممثل خاص.
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }

    @Test
    void aFrenchLetterheadAndAddresseeBlockGiveTheParties() throws Exception {
        LetterFacts f = run("fr.txt", """
                LE PRÉSIDENT DE L'ASSEMBLÉE GÉNÉRALE

                                                                  12 avril 2001

                Monsieur le Secrétaire général,

                J'ai l'honneur de vous informer que l'Assemblée générale tiendra un débat sur la question.

                Harri Holkeri

                Son Excellence
                Monsieur Kofi A. Annan
                Secrétaire général de l'Organisation des Nations Unies
                New York
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("president-of-the-general-assembly");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }
}
