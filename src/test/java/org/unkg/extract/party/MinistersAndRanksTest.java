package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unkg.extract.party.Parties.role;
import static org.unkg.extract.party.Parties.state;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Party;

/**
 * National officials in titles and texts: a Secretary of State or Minister of State for foreign affairs, a deputy
 * prime minister (role {@code other} with the State named after the role, in English, French and Arabic), and a
 * military rank before a name ("Major-General X", "اللواء X"), which names a person as an honorific does;
 * "General" alone does not ("the General Assembly Hall"). Hand-written variants, other States than the genre
 * corpus's ministers letters.
 */
class MinistersAndRanksTest {
    private static List<String> persons(LetterFacts f) {
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).map(Mention::label).toList();
    }

    @Test
    void aSecretaryOfStateForExternalAffairsIsAnOtherOfTheStateNamed() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 3 March 1992 from the Secretary-General addressed to the Secretary of State for External Affairs of Canada

                I have the honour to acknowledge receipt of your letter of 25 February 1992.
                """);
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("other");
        assertThat(state(f, Party.Slot.RECIPIENT)).isEqualTo("CAN");
    }

    @Test
    void aFrenchSecretaireDEtatAuxAffairesEtrangeresIsAnOtherOfTheStateNamed() throws Exception {
        LetterFacts f = Pipelines.facts("fr.txt", """
                Lettre datée du 2 mai 1995, adressée au Secrétaire général par le Secrétaire d'État aux affaires étrangères de l'Espagne

                J'ai l'honneur de vous faire part de la position du Gouvernement espagnol.
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(state(f, Party.Slot.SENDER)).isEqualTo("ESP");
    }

    @Test
    void anArabicMinisterOfStateForForeignAffairsAndADeputyPrimeMinisterAreOthers() throws Exception {
        LetterFacts minister = Pipelines.facts("ar.txt", """
                رسالة مؤرخة 5 أيلول/سبتمبر 1994 وموجهة من الأمين العام إلى وزير الدولة للشؤون الخارجية لعمان

                أفيدكم بأنني استلمت رسالتكم المؤرخة 30 آب/أغسطس 1994.
                """);
        assertThat(role(minister, Party.Slot.RECIPIENT)).isEqualTo("other");
        assertThat(state(minister, Party.Slot.RECIPIENT)).isEqualTo("OMN");
        LetterFacts deputy = Pipelines.facts("ar.txt", """
                رسالة مؤرخة 11 كانون الثاني/يناير 1993 وموجهة إلى نائب رئيس وزراء العراق من الأمين العام

                أود أن أشير إلى المحادثات التي جرت في نيويورك.
                """);
        assertThat(role(deputy, Party.Slot.RECIPIENT)).isEqualTo("other");
        assertThat(state(deputy, Party.Slot.RECIPIENT)).isEqualTo("IRQ");
    }

    @Test
    void aMilitaryRankBeforeANameNamesAPersonButGeneralAloneDoesNot() throws Exception {
        LetterFacts en = Pipelines.facts("en.txt", """
                Letter dated 2 July 1993 from the Secretary-General addressed to the President of the Security Council

                I have the honour to inform you of my intention to appoint Major-General Lalit Mohan Tewari as Chief
                Military Observer of the United Nations Military Observer Group in India and Pakistan. The briefing
                will be held in the General Assembly Hall.
                """);
        assertThat(persons(en)).contains("Lalit Mohan Tewari").noneMatch(p -> p.contains("Assembly"));
        LetterFacts ar = Pipelines.facts("ar.txt", """
                رسالة مؤرخة 2 تموز/يوليه 1993 موجهة إلى رئيس مجلس الأمن من الأمين العام

                أتشرف بأن أبلغكم بأنني أعتزم تعيين العميد ماريو ليبرتي رئيسا لفريق المراقبين العسكريين.
                """);
        assertThat(persons(ar)).contains("ماريو ليبرتي");
    }
}
