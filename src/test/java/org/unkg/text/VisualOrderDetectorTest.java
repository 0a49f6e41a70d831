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
}
