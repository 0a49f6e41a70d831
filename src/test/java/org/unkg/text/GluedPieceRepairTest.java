package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GluedPieceRepairTest {
    private final Lexicon lexicon = TextRules.lexicon(List.of(
            "مكتب الأمم المتحدة الإقليمي لوسط أفريقيا",
            "القوائم الانتخابية",
            "الحوار الوطني"));

    private String body(String visual) {
        return new BodyBuilder(lexicon, TextRules.furniture()).build(visual, Layout.VISUAL_PDF).text();
    }

    @Test
    void putsBackAPieceGluedToTheStartOfTheNextChunkBetweenTheHalvesOfItsWord() {
        // "الإدارة" split into "ا" | "لإ" | "دارة"; "لإ" glued to the chunk after it; the letter uses the word twice
        String visual = " .ويعمل المكتب مع الإدارة الوطنية ومع الإدارة في الأقاليم\n"
                + " دارة المحلية في المقاطعات الشمالية.   لإوفي إطار ولايته قدم المكتب الدعم لتعزيز ا\n";
        assertThat(body(visual)).endsWith(
                "وفي إطار ولايته قدم المكتب الدعم لتعزيز الإدارة المحلية في المقاطعات الشمالية.");
    }

    @Test
    void rotatesALineWhoseChunksWereSeparatedByOneSpaceAroundAGluedPiece() {
        // "القوائم" split into "القو" | "ا" | "ئم", "ا" glued to "وساعد"; the sentence goes on with a date
        String visual = "ئم الانتخابية الجديدة التي اوساعد المكتب اللجنة على إعداد القو\n"
                + ".٢٠٠٩ مارس/نشرت في آذار\n";
        assertThat(body(visual)).isEqualTo(
                "وساعد المكتب اللجنة على إعداد القوائم الانتخابية الجديدة التي نشرت في آذار/مارس ٢٠٠٩.");
    }

    @Test
    void joinsAPieceEndingInRaToTheFirstHalfBeforeIt() {
        // "الحوار" split into "الحوا" | "ر", "ر" glued to "ويسر"
        assertThat(body("الوطني بين الأحزاب رويسر المكتب الحوا\n"))
                .isEqualTo("ويسر المكتب الحوار الوطني بين الأحزاب");
    }

    @Test
    void joinsAPieceEndingInDalGluedAtAChunkStart() {
        // "الوفود" split into "الوفو" | "د"; "الوفود" used elsewhere in the letter
        String visual = " .واستقبل المكتب الوفود الإقليمية ثم الوفود الدولية\n"
                + " الزائرة في العاصمة.   دوقد رافق المكتب الوفو\n";
        assertThat(body(visual)).endsWith("وقد رافق المكتب الوفود الزائرة في العاصمة.");
    }

    @Test
    void movesAStrayLamAlefPieceFromTheStartOfItsChunkToTheWordItCompletes() {
        // "الإصلاحات" split into "ا" | "لإ" | "صلاحات"; "لإ" stands alone at the start of the chunk after it,
        // while "على" (a glyph run and a word) stays where it is
        String visual = " .وتدعم البعثة الإصلاحات القضائية وتتابع الإصلاحات الأمنية\n"
                + " صلاحات التشريعية.   لإ وقدمت البعثة المشورة على الفور إلى الوزارة بشأن ا\n";
        assertThat(body(visual)).endsWith(
                "وقدمت البعثة المشورة على الفور إلى الوزارة بشأن الإصلاحات التشريعية.");
    }

    @Test
    void keepsLaAndWaThatAreWordsAndTokensWhosePieceCompletesNothing() {
        assertThat(body("ولا تزال الأوضاع الأمنية في المنطقة هشة لا سيما في الشمال\n"))
                .isEqualTo("ولا تزال الأوضاع الأمنية في المنطقة هشة لا سيما في الشمال");
        assertThat(body("عمل المكتب على تحسين اوضاع اللاجئين في المخيمات\n"))
                .isEqualTo("عمل المكتب على تحسين اوضاع اللاجئين في المخيمات");
        assertThat(body("دعا الممثل اوكرانيا وبيلاروس إلى الحوار\n"))
                .isEqualTo("دعا الممثل اوكرانيا وبيلاروس إلى الحوار");
    }

    @Test
    void recognisesGlyphRunsEndingInANonJoiningLetter() {
        assertThat(GluedPieceRepair.isGlyphRun("ا")).isTrue();
        assertThat(GluedPieceRepair.isGlyphRun("لا")).isTrue();
        assertThat(GluedPieceRepair.isGlyphRun("تمر")).isTrue();
        assertThat(GluedPieceRepair.isGlyphRun("دا")).isFalse();
        assertThat(GluedPieceRepair.isGlyphRun("لم")).isFalse();
    }
}
