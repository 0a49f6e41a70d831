package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HalfWordJoinerTest {
    private final Lexicon lexicon = TextRules.lexicon(List.of("بعثة الأمم المتحدة في ليبريا", "ليبريا"));
    private final VisualOrderRepair repair = new VisualOrderRepair();

    private String repaired(String visualLine) {
        return TextCleanup.clean(repair.repair(OffsetText.identity(visualLine), lexicon)).text().strip();
    }

    @Test
    void joinsHalvesWhoseFirstHalfHasNoTatweelAndChainsTheRunsIntoLogicalOrder() {
        String line = "ــرة سنة أخرى حتى       ــزم تمديد ولاية البعثة لفت ــول٣٠ليبريا، فإني أعت ــر / أيل سبتمب";
        assertThat(repaired(line)).isEqualTo("ليبريا، فإني أعتزم تمديد ولاية البعثة لفترة سنة أخرى حتى ٣٠ أيلول/سبتمبر");
    }

    @Test
    void givesAGluedLetterAtAChunkStartBackToTheWordItEnds() {
        String line = "ــد أن سح  ــام    بفبع ــامها في ع ــة الأمم المتحدة مه ــم    ٢٠١٠ بعث ــقدم الدع ــب ي ، أصبح المكت";
        assertThat(repaired(line))
                .isEqualTo("فبعد أن سحب بعثة الأمم المتحدة مهامها في عام ٢٠١٠، أصبح المكتب يقدم الدعم");
    }

    @Test
    void neverTakesAWordEndingInANonJoiningLetterForAFirstHalf() {
        String line = "ــدورهم   ١٥ ــوا ب ــذي درب ــدربين ال ــيين، والخبراء   ٣٠٠ من الم  من الموظفين الحكوميين المحل";
        assertThat(repaired(line))
                .isEqualTo("١٥ من المدربين الذي دربوا بدورهم ٣٠٠ من الموظفين الحكوميين المحليين، والخبراء");
    }

    @Test
    void readsATatweelBeforeAnAlefWithHamzaAsAStrayMarkNotASecondHalf() {
        String line = "ـإحاطة إعلامية عن الإجراءات الجديدة";
        assertThat(repaired(line)).isEqualTo("إحاطة إعلامية عن الإجراءات الجديدة");
    }

    @Test
    void leavesLinesWithFirstHalvesEndingInTatweelToTheOrdinaryRepair() {
        assertThat(repaired("الخاص ــق ــب المنسـ مكتـ")).isEqualTo("مكتب المنسق الخاص");
    }
}
