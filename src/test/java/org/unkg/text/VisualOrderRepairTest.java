package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisualOrderRepairTest {
    private final VisualOrderRepair repair = new VisualOrderRepair();

    private String repaired(String visualLine) {
        return TextCleanup.clean(repair.repair(visualLine)).strip();
    }

    @Test
    void readsDateSplitOverReversedChunks() {
        String line = "إلى   موجهة من الممثل الدائم لكندا         ٢٠١٠مارس  / آذار ١٥رسالة مؤرخة     ";
        assertThat(repaired(line)).isEqualTo("رسالة مؤرخة ١٥ آذار/مارس ٢٠١٠ موجهة من الممثل الدائم لكندا إلى");
    }

    @Test
    void reversesChunksSeparatedByRunsOfSpaces() {
        assertThat(repaired("بأن المكتب سيغلق أبوابه   أود أن أحيطكم علما"))
                .isEqualTo("أود أن أحيطكم علما بأن المكتب سيغلق أبوابه");
    }

    @Test
    void movesLeadingFullStopToTheEndOfItsSentence() {
        assertThat(repaired(".المكتب الإقليمي في نيروبي")).isEqualTo("المكتب الإقليمي في نيروبي.");
        assertThat(repaired("وسيتولى المركز  . في العام المقبل"))
                .isEqualTo("في العام المقبل. وسيتولى المركز");
    }

    @Test
    void rejoinsTatweelFragmentsOldestPrefixFirst() {
        // right to left: مكتـ المنسـ ــب ــق الخاص  ->  مكتب المنسق الخاص
        assertThat(repaired("الخاص ــق ــب المنسـ مكتـ")).isEqualTo("مكتب المنسق الخاص");
    }

    @Test
    void keepsDateTogetherWhenItsWordsWereSplitByTatweel() {
        String line = " ــة     ــالة مؤرخـ ــان٢٠رسـ ــل / نيسـ ــيس   ٢٠١١أبريـ ــاص إلى رئـ ــثل الخـ ــن الممـ ــة مـ  موجهـ";
        String out = repaired(line);
        assertThat(out).contains("٢٠ نيسان/أبريل ٢٠١١");
        assertThat(out.split(" ")).contains("رسالة", "مؤرخة", "موجهة", "من", "الممثل", "الخاص", "إلى", "رئيس");
    }

    @Test
    void splitsDigitsGluedToFragments() {
        assertThat(repaired("ــالة٣رسـ")).isEqualTo("رسالة ٣");
    }

    @Test
    void keepsDigitGroupsAsOneNumber() {
        assertThat(repaired("شخص ١ ٥٠٠شارك أكثر من")).isEqualTo("شارك أكثر من ١ ٥٠٠ شخص");
    }

    @Test
    void restoresBracketsOfSignature() {
        assertThat(repaired("هيلين كلارك  )توقيع(")).isEqualTo("(توقيع) هيلين كلارك");
    }

    @Test
    void leavesSingleRunLineInLogicalOrder() {
        assertThat(repaired("أنشئ المكتب الإقليمي لدعم الحوار")).isEqualTo("أنشئ المكتب الإقليمي لدعم الحوار");
    }

    @Test
    void mapsEveryRepairedCharacterToItsSourceCharacter() {
        String line = "٢٠١٠مارس  / آذار ١٥رسالة مؤرخة";
        OffsetText out = repair.repair(OffsetText.identity(line));
        for (int i = 0; i < out.length(); i++) {
            char c = out.text().charAt(i);
            if (c != ' ') {
                assertThat(line.charAt(out.sourceOffset(i))).isEqualTo(c);
            }
        }
    }
}
