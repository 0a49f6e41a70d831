package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Party;

/**
 * Parties below the principal organs: a letter to the chair of a committee ("dirigida al Presidente del Comité ...")
 * is addressed to that chair, not to the Secretary-General its circulation request would otherwise imply; a mission's
 * Minister Counsellor writes for its State ("Ministro Consejero de la Misión Permanente de Chile"); neither role word
 * is a person; the Gulf States' "نائب رئيس مجلس الوزراء" is a role, and "مجلس الوزراء" no name read back from the
 * next role. Hand-written variants (other committees, States and languages than the genre corpus's chairs letters).
 */
class ChairsAndCounsellorsTest {
    private static java.util.List<String> persons(LetterFacts f) {
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).map(Mention::label).toList();
    }

    @Test
    void aSpanishLetterToACommitteesChairFromAMinisterCounsellorNamesNeitherTheSecretaryGeneralNorAPerson() throws Exception {
        LetterFacts f = Pipelines.facts("es.txt", """
                Carta de fecha 4 de marzo de 2010 dirigida a la Presidenta del Comité del Consejo de Seguridad \
                establecido en virtud de la resolución 1718 (2006) por la Ministra Consejera de la Misión Permanente \
                de Chile ante las Naciones Unidas

                Tengo el honor de transmitirle el informe de mi Gobierno sobre la aplicación de la resolución.
                Le agradecería que hiciera distribuir la presente carta como documento del Consejo de Seguridad.
                """);
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("other");
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(Parties.state(f, Party.Slot.SENDER)).isEqualTo("CHL");
        assertThat(persons(f)).noneMatch(p -> p.contains("Consejera"));
    }

    @Test
    void anEnglishMinisterCounsellorWritesForTheStateOfTheMission() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 9 June 2004 from the Minister Counsellor of the Permanent Mission of Ghana to the United \
                Nations addressed to the Chairman of the Committee on Relations with the Host Country

                I have the honour to refer to the meeting of the Committee held on 2 June 2004.
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(Parties.state(f, Party.Slot.SENDER)).isEqualTo("GHA");
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("other");
    }

    @Test
    void theCouncilOfMinistersBeforeAnotherRoleIsNoPerson() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", """
                رسالة مؤرخة 8 أيار/ مايو 1996 موجهة إلى رئيس مجلس الأمن من القائم بالأعمال بالنيابة للبعثة الدائمة للبحرين لدى الأمم المتحدة

                أتشرف بأن أحيل إليكم رسالة من الشيخ محمد بن مبارك، نائب رئيس مجلس الوزراء، وزير الخارجية في دولة البحرين.
                """);
        assertThat(persons(f)).noneMatch(p -> p.contains("مجلس"));
        assertThat(persons(f)).anyMatch(p -> p.contains("محمد بن مبارك"));
    }
}
