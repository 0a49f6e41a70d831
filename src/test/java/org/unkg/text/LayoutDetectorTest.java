package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutDetectorTest {
    private final LayoutDetector detector = TextRules.layouts();

    @Test
    void detectsUnbisRecordByPercentLine() {
        assertThat(detector.detect("%%%PEACEKEEPING|HAITI|\n\nرسالة مؤرخة 3 آب/أغسطس 2004 موجهة من الأمين العام"))
                .isEqualTo(Layout.UNBIS_ONE_LINE);
    }

    @Test
    void detectsDistrHeaderNearTheTop() {
        String letter = "A/65/120\n\nGeneral Assembly\n\nDistr.: General\n1 July 2010\nOriginal: Spanish\n\n"
                + "Letter dated 29 June 2010 from the Permanent Representative of Chile\n";
        assertThat(detector.detect(letter)).isEqualTo(Layout.DISTR_HEADER);
    }

    @Test
    void detectsPlainLogicalArabicLetter() {
        String letter = "رسالة مؤرخة ١٥ آذار/مارس ٢٠١٠ موجهة من الأمين العام إلى رئيس الجمعية العامة\n\n"
                + "أتشرف بأن أحيطكم علما بأنني قررت تعيين السيد أحمد سالم ممثلا خاصا لي (في المنطقة).\n";
        assertThat(detector.detect(letter)).isEqualTo(Layout.PLAIN);
    }

    @Test
    void visualOrderWinsOverDistrHeader() {
        String letter = "Distr.: General\n3 April 2010\nArabic\n\n"
                + " ــالة مؤرخـ ــار١٥رسـ ــارس / آذ   ٢٠١٠مـ ــة مـ  موجهـ\n"
                + ".المكتب الإقليمي في نيروبي       وسيتولى المركز التنسيق مع\n"
                + "الأمم المتحدة للبيئة      ســـيعمل المكتـب بالتعاون مع برنامج\n"
                + " ساره بيرز) توقيع(\n";
        assertThat(detector.detect(letter)).isEqualTo(Layout.VISUAL_PDF);
    }
}
