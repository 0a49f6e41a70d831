package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconRepairTest {
    private final Lexicon lexicon = TextRules.lexicon(List.of(
            "مكتب الأمم المتحدة لبناء السلام في جمهورية أفريقيا الوسطى",
            "منظمة التعاون الإسلامي",
            "المنظمة البحرية الدولية",
            "بعثة الأمم المتحدة في ليبريا",
            "ليبريا"));
    private final LexiconRepair repair = new LexiconRepair(lexicon);

    private List<String> repaired(String... lines) {
        List<OffsetText> in = new ArrayList<>();
        for (String l : lines) {
            in.add(OffsetText.identity(l));
        }
        return repair.repair(in).stream().map(OffsetText::text).toList();
    }

    @Test
    void joinsWordSplitWithoutTatweelWhenTheJoinedWordIsKnown() {
        assertThat(repaired("مع التصفية التدريجية لم كتب الأمم المتحدة"))
                .containsExactly("مع التصفية التدريجية لمكتب الأمم المتحدة");
    }

    @Test
    void keepsTwoKnownWordsApartEvenWhenTheirJoinIsKnown() {
        assertThat(repaired("وتحدث في ما يتعلق بالمسألة")).containsExactly("وتحدث في ما يتعلق بالمسألة");
    }

    @Test
    void cutsTokenGluedOverChunkBoundaryAndStartsTheLineAfterTheCut() {
        assertThat(repaired("الية على وجه الخصوص، بالمهام التوستتولى البعثة،:"))
                .containsExactly("وستتولى البعثة، على وجه الخصوص، بالمهام التالية:");
    }

    @Test
    void cutsGluedTokenEvenWhenTheFragmentAtTheLineEndSpellsAWord() {
        Lexicon withMechanism = lexicon.plus(List.of("آلية الرصد"));
        List<String> out = new LexiconRepair(withMechanism).repair(List.of(OffsetText.identity(
                "الية في جملة أمور، بالمهام التوستضطلع اللجنة،:"))).stream().map(OffsetText::text).toList();
        assertThat(out).containsExactly("وستضطلع اللجنة، في جملة أمور، بالمهام التالية:");
    }

    @Test
    void neverCutsOnlyClitcsOffAGluedToken() {
        Lexicon withPrevention = lexicon.plus(List.of("منع الانتشار"));
        List<String> out = new LexiconRepair(withPrevention).repair(List.of(
                OffsetText.identity("وسيتولى هذا الفريق دعم الجهود الإقليمية"),
                OffsetText.identity("منع نشوب النزاعات في المنطقة"))).stream().map(OffsetText::text).toList();
        assertThat(out).containsExactly("وسيتولى هذا الفريق دعم الجهود الإقليمية", "منع نشوب النزاعات في المنطقة");
    }

    @Test
    void rotatesLineToJoinWordSplitAtItsEnds() {
        assertThat(repaired("مر الدولي المقبل وساعد المكتب في التحضير لعقد المؤت"))
                .containsExactly("وساعد المكتب في التحضير لعقد المؤتمر الدولي المقبل");
    }

    @Test
    void rotatesLineToCompleteKnownNameBrokenOverLines() {
        assertThat(repaired("بالتعاون مع الاتحاد الأفريقي، و منظمة",
                "والمنظمات الأخرى في المنطقة التعاون الإسلامي"))
                .containsExactly("بالتعاون مع الاتحاد الأفريقي، ومنظمة",
                        "التعاون الإسلامي والمنظمات الأخرى في المنطقة");
    }

    @Test
    void reversesShortLineWhoseWordsCompleteKnownNameOfThePreviousLine() {
        assertThat(repaired("مع التصفية التدريجية لمكتب الأمم المتحدة لبناء السلام في",
                "وإغلاقه جمهورية أفريقيا الوسطى."))
                .containsExactly("مع التصفية التدريجية لمكتب الأمم المتحدة لبناء السلام في",
                        "جمهورية أفريقيا الوسطى وإغلاقه.");
    }

    @Test
    void leavesLogicalLinesAlone() {
        List<String> lines = List.of("وقد أنشئت بعثة الأمم المتحدة في ليبريا عام ٢٠٠٣ بموجب القرار",
                "الذي اتخذه مجلس الأمن، وتواصل البعثة عملها في ليبريا حتى الآن.");
        assertThat(repaired(lines.toArray(String[]::new))).containsExactlyElementsOf(lines);
    }

    @Test
    void keepsSourceOffsetsOfMovedWords() {
        OffsetText line = OffsetText.identity("مر الدولي ولعقد المؤت");
        OffsetText out = repair.repair(List.of(line)).get(0);
        assertThat(out.text()).isEqualTo("ولعقد المؤتمر الدولي");
        assertThat(out.sourceOffset(0)).isEqualTo(line.text().indexOf("ولعقد"));
        assertThat(out.sourceOffset(out.text().indexOf("مر "))).isEqualTo(0);
    }
}
