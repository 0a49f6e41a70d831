package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/** A body's name that is a word of a role's name is no mention of the body; the body a role is of still is. */
class InsideRoleNamesTest {
    private static List<String> organizations(String sentence) throws Exception {
        LetterFacts f = Pipelines.facts("role.txt", "Letter dated 4 May 2004 from the Permanent Representative of the United"
                + " Kingdom of Great Britain and Northern Ireland to the United Nations addressed to the Secretary-General\n\n     "
                + sentence + "\n\n(Signed) Someone\n");
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.ORGANIZATION).map(Mention::key).distinct().toList();
    }

    @Test
    void theCommonwealthInsideAMinistersTitleIsNotNamed() throws Exception {
        assertThat(organizations("I have the honour to transmit a statement by the Secretary of State for Foreign and"
                + " Commonwealth Affairs on the situation in Zimbabwe.")).doesNotContain("COMMONWEALTH");
    }

    @Test
    void theCommonwealthNamedOnItsOwnIsStillNamed() throws Exception {
        assertThat(organizations("The Secretary of State for Foreign and Commonwealth Affairs welcomed the decision of the"
                + " Commonwealth Secretariat.")).contains("COMMONWEALTH");
    }

    @Test
    void theOrganAPresidentPresidesIsStillNamed() throws Exception {
        assertThat(organizations("The President of the Security Council and the President of the General Assembly were"
                + " informed.")).contains("UNSC", "UNGA");
    }

    @Test
    void anArabicLetterNamesTheGulfCooperationCouncilByItsShortName() throws Exception {
        LetterFacts f = Pipelines.facts("gcc.txt", "رسالة مؤرخة 5 أيار/مايو 2011 موجهة إلى الأمين العام من الممثل الدائم لقطر"
                + " لدى الأمم المتحدة\n\n     أتشرف بأن أحيل إليكم البيان الصادر عن المجلس الوزاري لمجلس التعاون في دورته"
                + " الأخيرة.\n\n(توقيع) شخص\n");
        assertThat(f.mentions()).extracting(Mention::key).contains("GCC");
    }
}
