package org.unkg.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;

class PeriodFinderTest {
    private final PeriodFinder finder = Pipelines.project().periods();

    @Test
    void computesEndFromStartAndDuration() {
        StatedPeriod p = finder.find("The Office would be established for an initial period of one year from 1 June 2000.").get(0);
        assertThat(p.from().iso()).isEqualTo("2000-06-01");
        assertThat(p.to().iso()).isEqualTo("2001-05-31");
    }

    @Test
    void computesStartFromEndAndDuration() {
        StatedPeriod p = finder.find("to extend the mandate for a further period of one year, until 1 June 2006.").get(0);
        assertThat(p.to().iso()).isEqualTo("2006-06-01");
        assertThat(p.from().iso()).isEqualTo("2005-06-01");
    }

    @Test
    void readsArabicInitialPeriodStartingOnADate() {
        StatedPeriod p = finder.find("ويكون إنشاء المكتب لفترة مبدئية مدتها عام واحد تبدأ في 1 حزيران/يونيه 2000.").get(0);
        assertThat(p.from().iso()).isEqualTo("2000-06-01");
        assertThat(p.to().iso()).isEqualTo("2001-05-31");
    }

    @Test
    void readsArabicFurtherPeriodUntilADate() {
        StatedPeriod p = finder.find("مواصلة أنشطة المكتب لفترة عام آخر حتى ١ حزيران/يونيه ٢٠٠٦.").get(0);
        assertThat(p.to().iso()).isEqualTo("2006-06-01");
        assertThat(p.from().iso()).isEqualTo("2005-06-01");
    }

    @Test
    void readsBothEndsAndNumericDurations() {
        StatedPeriod p = finder.find("for a period of 6 months from 1 January 2010 to 30 June 2010").get(0);
        assertThat(p.from().iso()).isEqualTo("2010-01-01");
        assertThat(p.to().iso()).isEqualTo("2010-06-30");
        assertThat(p.duration().getMonths()).isEqualTo(6);
    }

    @Test
    void ignoresPeriodsWithoutDates() {
        assertThat(finder.find("during the period of transition the Mission will assist")).isEmpty();
    }
}
