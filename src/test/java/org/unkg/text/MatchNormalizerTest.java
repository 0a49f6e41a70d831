package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchNormalizerTest {

    @Test
    void foldsAlefVariantsTehMarbutaAlefMaksuraAndHarakat() {
        assertThat(MatchNormalizer.normalize("إلى الأمم المتحدة")).isEqualTo(MatchNormalizer.normalize("الي الامم المتحده"));
        assertThat(MatchNormalizer.normalize("مُنِحَت")).isEqualTo("منحت");
    }

    @Test
    void makesArabicIndicAndPersianDigitsAscii() {
        assertThat(MatchNormalizer.normalize("١٥ آذار ٢٠١٠ / ۱۲")).isEqualTo("15 اذار 2010 / 12");
    }

    @Test
    void foldsLatinCaseAndDashes() {
        assertThat(MatchNormalizer.normalize("Ban Ki\u2013moon")).isEqualTo("ban ki-moon");
    }

    @Test
    void mapsEachCharacterBackAcrossDroppedTatweelAndHarakat() {
        String body = "مكتـب الأمَم المتحدة";
        OffsetText m = MatchNormalizer.normalizeWithOffsets(body);
        int s = m.text().indexOf("الامم");
        assertThat(body.substring(m.sourceOffset(s), m.sourceEnd(s + 5))).isEqualTo("الأمَم");
    }
}
