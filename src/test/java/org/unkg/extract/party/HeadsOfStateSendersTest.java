package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unkg.extract.party.Parties.role;
import static org.unkg.extract.party.Parties.state;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;

/**
 * A head of State or Government, or a minister, writing as such is a sender of role {@code other} with the State the
 * title names ("from the President of the Republic of Kenya", "par le Premier Ministre de ...", "من رئيس وزراء ...");
 * the Presidents of the Council and of the Assembly keep their own roles. Hand-written variants (other States and
 * decades than the genre corpus's heads letters).
 */
class HeadsOfStateSendersTest {
    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    @Test
    void thePresidentOfARepublicIsOtherWithItsState() throws Exception {
        LetterFacts f = run("en.txt", """
                Letter dated 12 January 2008 from the President of the Republic of Kenya addressed to the
                Secretary-General

                     I wish to inform you of the measures taken by my Government since the elections.

                                                        (Signed) Mwai KIBAKI
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(state(f, Party.Slot.SENDER)).isEqualTo("KEN");
        assertThat(role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void aPrimeMinisterInEnglishFrenchAndArabicIsOtherWithTheState() throws Exception {
        LetterFacts en = run("en.txt", """
                Letter dated 8 May 2006 from the Prime Minister of Nepal addressed to the Secretary-General

                     I have the honour to request the assistance of the United Nations in the peace process.
                """);
        assertThat(role(en, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(state(en, Party.Slot.SENDER)).isEqualTo("NPL");
        LetterFacts fr = run("fr.txt", """
                Lettre datée du 2 avril 2008, adressée au Secrétaire général par le Premier Ministre du Togo

                     J'ai l'honneur de vous faire part de la préparation des élections législatives.
                """);
        assertThat(role(fr, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(state(fr, Party.Slot.SENDER)).isEqualTo("TGO");
        LetterFacts ar = run("ar.txt", """
                رسالة مؤرخة 9 تموز/يوليه 2007 موجهة إلى الأمين العام من رئيس وزراء العراق

                     أتشرف بأن أطلب تمديد ولاية بعثة الأمم المتحدة لتقديم المساعدة إلى العراق.
                """);
        assertThat(role(ar, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(state(ar, Party.Slot.SENDER)).isEqualTo("IRQ");
    }

    @Test
    void thePresidentsOfTheCouncilAndOfTheAssemblyKeepTheirRoles() throws Exception {
        LetterFacts f = run("en.txt", """
                Letter dated 30 June 2004 from the President of the Security Council addressed to the
                Secretary-General

                     I have the honour to inform you that your letter has been brought to the attention of the members.
                """);
        assertThat(role(f, Party.Slot.SENDER)).isEqualTo("president-of-the-security-council");
        LetterFacts ga = run("en.txt", """
                Letter dated 14 March 2011 from the President of the General Assembly addressed to the
                Secretary-General

                     I have the honour to inform you of the consultations held on the revitalization of the Assembly.
                """);
        assertThat(role(ga, Party.Slot.SENDER)).isEqualTo("president-of-the-general-assembly");
    }
}
