package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Role words an Arabic PDF's text glues to the next word are split, and only those. */
class GluedRoleWordsTest {
    private static final Lexicon LEXICON = TextRules.lexicon(List.of());
    private static final GluedRoleWords GLUED = new GluedRoleWords(List.of("رئيس", "وزير", "الممثل", "المبعوث"),
            LEXICON.structure());

    private static OffsetText split(String line) {
        return GLUED.split(OffsetText.identity(line), LEXICON);
    }

    @Test
    void aRoleWordGluedToAWordWithTheArticleIsSplitAndTheSpaceMapsToTheWordAfterIt() {
        String line = "واستقبل رئيسالوزراء الوفد ووزيرالدولة والمبعوثالخاص.";
        OffsetText out = split(line);
        assertThat(out.text()).isEqualTo("واستقبل رئيس الوزراء الوفد ووزير الدولة والمبعوث الخاص.");
        int space = out.text().indexOf("رئيس ") + "رئيس".length();
        assertThat(out.sourceOffset(space)).isEqualTo(line.indexOf("الوزراء"));
        assertThat(out.sourceOffset(space + 1)).isEqualTo(line.indexOf("الوزراء"));
    }

    @Test
    void wordsThatOnlyStartLikeARoleWordOrHoldNoArticleAreLeftAsTheyAre() {
        String line = "رئيس الوزراء والرئاسة ووزيرها ورئيسا الاستقلال الممثلين.";
        assertThat(split(line).text()).isEqualTo(line);
    }
}
