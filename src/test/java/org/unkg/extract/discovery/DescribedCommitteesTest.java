package org.unkg.extract.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;

/**
 * An Arabic committee described by a purpose word without the article ("لجنة وطنية مكلفة بمتابعة ...", "لجنة معنية
 * بحقوق الإنسان") is no catalogued body and no new one, even where the letter reports its establishment; a body's name
 * writes the purpose word with the article. Hand-written variants, other States than the genre letters.
 */
class DescribedCommitteesTest {
    private static final String TITLE = "رسالة مؤرخة 9 أيلول/سبتمبر 2012 موجهة إلى رئيس مجلس الأمن من الممثل الدائم لتونس لدى الأمم المتحدة\n\n";

    @Test
    void anEstablishedCommitteeDescribedByAPurposeWordIsNoNewBody() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", TITLE
                + "أتشرف بأن أبلغكم بأن الحكومة قررت إنشاء لجنة وطنية مكلفة بمتابعة تنفيذ توصيات الحوار الوطني في تونس.\n");
        assertThat(f.discovered()).isEmpty();
        assertThat(f.events()).isEmpty();
    }

    @Test
    void aDescribedCommitteeIsNotTheCatalogedCommitteeOfThatPurpose() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", TITLE
                + "أتشرف بأن أبلغكم بأن مجلس الوزراء قرر إنشاء لجنة معنية بحقوق الإنسان تتبع رئاسة الحكومة.\n");
        assertThat(f.events()).noneMatch(e -> "CCPR".equals(e.entity()));
        assertThat(f.discovered()).isEmpty();
    }

    @Test
    void theCatalogedCommitteeNamedWithTheArticleIsStillNamed() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", TITLE
                + "أتشرف بأن أبلغكم بأن اللجنة المعنية بحقوق الإنسان نظرت في تقرير تونس.\n");
        assertThat(f.mentions()).anyMatch(m -> "CCPR".equals(m.key()));
    }
}
