package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unkg.extract.party.Parties.party;
import static org.unkg.extract.party.Parties.role;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;

/**
 * A Secretary-General qualified by another organization is that organization's, a party of role {@code other} with no
 * United Nations office: the organization after the role through "of", "de", "ل" ("the Secretary-General of the
 * Organisation of Islamic Cooperation", "le Secrétaire général de l'Organisation de la coopération islamique", "الأمين
 * العام لمنظمة التعاون الإسلامي") or before it ("the Commonwealth Secretary-General"); "of the United Nations" keeps
 * the Secretary-General. Hand-written variants (other organizations than the genre letters' League of Arab States).
 */
class OtherOrganizationsRolesTest {

    @Test
    void aSecretaryGeneralOfAnotherOrganizationAfterTheRoleIsOther() throws Exception {
        LetterFacts en = Pipelines.facts("en.txt", """
                Letter dated 2 March 2012 from the Secretary-General of the Organisation of Islamic Cooperation addressed to the President of the Security Council

                I have the honour to transmit the final communiqué of the meeting held in Jeddah.
                """);
        LetterFacts fr = Pipelines.facts("fr.txt", """
                Lettre datée du 2 mars 2012, adressée au Président du Conseil de sécurité par le Secrétaire général de l'Organisation de la coopération islamique

                J'ai l'honneur de vous faire tenir ci-joint le communiqué final de la réunion tenue à Djedda.
                """);
        LetterFacts ar = Pipelines.facts("ar.txt", """
                رسالة مؤرخة 2 آذار/مارس 2012 موجهة إلى رئيس مجلس الأمن من الأمين العام لمنظمة التعاون الإسلامي

                أتشرف بأن أحيل إليكم البيان الختامي للاجتماع المعقود في جدة.
                """);
        for (LetterFacts f : new LetterFacts[] {en, fr, ar}) {
            assertThat(role(f, Party.Slot.SENDER)).isEqualTo("other");
            assertThat(party(f, Party.Slot.SENDER).orElseThrow().body()).isNull();
            assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        }
    }

    @Test
    void anOrganizationBeforeTheRoleMakesItThatOrganizations() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 4 June 1999 from the Commonwealth Secretary-General addressed to the President of the General Assembly

                I have the honour to transmit the statement of the Commonwealth Ministerial Action Group.
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-general-assembly");
    }

    @Test
    void aTitleInCapitalsTellsNoAcronymBeforeTheRole() throws Exception {
        LetterFacts f = Pipelines.facts("fr.txt", """
                LETTRE DATEE DU 3 JUIN 1996, ADRESSEE AU PRESIDENT DU CONSEIL DE SECURITE PAR LE REPRESENTANT PERMANENT DU MAROC

                J'ai l'honneur de vous faire tenir ci-joint le texte du communiqué de mon gouvernement.
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(party(f, Party.Slot.RECIPIENT).orElseThrow().body()).isEqualTo("UNSC");
    }

    @Test
    void theUnitedNationsOrNoOrganizationKeepsTheSecretaryGeneral() throws Exception {
        LetterFacts en = Pipelines.facts("en.txt", """
                Letter dated 4 June 1999 from the Secretary-General of the United Nations addressed to the President of the Security Council

                I have received a letter from the Secretary-General of the Organization of American States.
                """);
        LetterFacts ar = Pipelines.facts("ar.txt", """
                رسالة مؤرخة 4 حزيران/يونيه 1999 موجهة إلى الأمين العام من المراقب الدائم لجامعة الدول العربية لدى الأمم المتحدة

                أتشرف بأن أحيل إليكم نص البيان.
                """);
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(party(en, Party.Slot.SENDER).orElseThrow().body()).isEqualTo("UNSG");
        assertThat(role(ar, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }
}
