package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisualOrderDetectorTest {
    private final VisualOrderDetector detector = new VisualOrderDetector();

    @Test
    void scoresLeadingFullStopTatweelSuffixAndMirroredBracketsAsVisual() {
        assertThat(detector.lineScore(".المكتب الإقليمي في نيروبي")).isGreaterThanOrEqualTo(VisualOrderDetector.STRONG);
        assertThat(detector.lineScore("ــالة مؤرخـ")).isGreaterThanOrEqualTo(VisualOrderDetector.STRONG);
        assertThat(detector.lineScore("ساره بيرز )توقيع(")).isGreaterThanOrEqualTo(VisualOrderDetector.STRONG);
    }

    @Test
    void scoresLogicalArabicLineAsNotVisual() {
        assertThat(detector.lineScore("وأرجو ممتنا عرض هذه الرسالة (على أعضاء المجلس).")).isZero();
        assertThat(detector.isVisualOrder("وأرجو ممتنا عرض هذه الرسالة.\n(توقيع) ساره بيرز\n")).isFalse();
    }

    @Test
    void ignoresEnglishText() {
        assertThat(detector.isVisualOrder(". The Office\n(Signed) Helen Clark\n)x(\n")).isFalse();
    }

    @Test
    void readsLogicalArabicWithIndentedParagraphsAsLogical() {
        // a typed letter's layout: every paragraph and heading line indented, in logical order
        String letter = String.join("\n",
                "     رسالة مؤرخة 12 آذار/مارس 1995 موجهة إلى الأمين العام",
                "     من الممثل الدائم لليمن لدى الأمم المتحدة",
                "",
                "     بناء على تعليمات من حكومتي، أتشرف بأن أحيل إليكم طيه البيان الصادر عن",
                "وزارة الخارجية في صنعاء بشأن الحدود مع المملكة العربية السعودية",
                "",
                "     وتود حكومتي أن تؤكد التزامها بالحل السلمي للنزاع وفقا لميثاق",
                "     الأمم المتحدة ومبادئ حسن الجوار والقانون الدولي",
                "     وهي على استعداد لمواصلة الحوار مع الجانب الآخر",
                "     تحت رعاية الأمين العام لجامعة الدول العربية",
                "",
                "     وأكون ممتنا لو تفضلتم بتعميم هذه الرسالة ومرفقها بوصفهما وثيقة",
                "من وثائق مجلس الأمن",
                "",
                "     (توقيع) عبد الله صالح الأشطل",
                "     السفير",
                "     الممثل الدائم لليمن لدى الأمم المتحدة");
        assertThat(detector.score(letter)[0]).as("indentation alone reaches the least score").isGreaterThanOrEqualTo(
                VisualOrderDetector.MIN_SCORE);
        assertThat(detector.isVisualOrder(letter)).isFalse();
        assertThat(detector.isVisualOrder(letter.replace("(توقيع)", "توقيع:"))).isFalse();
    }

    @Test
    void stillReadsIndentedVisualLinesWithReversedChunksAsVisual() {
        // visual order: each line starts with a space and its justified chunks come in reverse, runs of spaces between
        String visual = String.join("\n",
                " مجلس  العام إلى رئيس  موجهة من الأمين  رسالة مؤرخة 3 أيار/مايو 2011  ",
                " الأمن  ",
                " بالتوصيات الواردة في تقريري     بأنه، عملا     أعضاء مجلس الأمن     أود أن أبلغ  ",
                " الأمم     في بوروندي، سيحل مكتب     التقني لوجود الأمم المتحدة     عن التقييم  ",
                " المتحدة المتكامل   محل مكتب الأمم   المتحدة في بوروندي  ",
                " في 1  المكتب عن العمل  كانون الثاني/يناير 2011.",
                " بيرز ساره )توقيع(");
        assertThat(detector.isVisualOrder(visual)).isTrue();
    }

    /** A line's score as it was computed, its words split by {@code \\s+}. */
    private static double scoreBySplit(String line) {
        double s = 0;
        String t = line.strip();
        for (String tok : t.split("\\s+")) {
            int k = 0;
            while (k < tok.length() && tok.charAt(k) == TextCleanup.TATWEEL) {
                k++;
            }
            if (k > 0 && k < tok.length() && VisualOrderDetector.isArabicLetter(tok.charAt(k))) {
                s += VisualOrderDetector.STRONG;
            }
            if (tok.length() > 1 && (tok.charAt(0) == '.' || tok.charAt(0) == '\u060C')
                    && VisualOrderDetector.isArabicLetter(tok.charAt(1))) {
                s += VisualOrderDetector.STRONG;
            }
        }
        if (t.startsWith(". ") || t.equals(".")) {
            s += VisualOrderDetector.STRONG;
        }
        int close = t.indexOf(')');
        int open = t.indexOf('(');
        if (close >= 0 && open > close) {
            s += VisualOrderDetector.STRONG;
        }
        s += VisualOrderDetector.indentScore(line);
        if (t.contains("   ")) {
            s += VisualOrderDetector.WEAK;
        }
        return s;
    }

    @Test
    void scoresALineAsSplittingItIntoWordsByWhiteSpaceScored() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = "\u0640\u0640..\u060C\u060Cمكتب ال  \t\u000B\f\r\u00A0\u2003\u001Cab()";
        for (int n = 0; n < 20_000; n++) {
            String line = RandomTexts.of(random, alphabet, 30);
            assertThat(detector.lineScore(line)).as("%s", line).isEqualTo(scoreBySplit(line));
        }
    }
}
