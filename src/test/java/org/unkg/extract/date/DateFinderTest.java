package org.unkg.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Precision;

class DateFinderTest {
    private final DateFinder finder = Pipelines.project().dates();

    private List<String> isoOf(String text) {
        return finder.find(text).stream().map(d -> d.value().iso()).toList();
    }

    @Test
    void readsArabicDayWithPairedMonthInArabicIndicDigits() {
        assertThat(isoOf("رسالة مؤرخة ٣ تشرين الثاني/نوفمبر ٢٠١١ موجهة إلى الأمين العام")).containsExactly("2011-11-03");
    }

    @Test
    void readsArabicDayWithEgyptianMonthAloneAndLevantineAlone() {
        assertThat(isoOf("عقد في 1 يونيه 2004 ثم في 15 تموز 2004")).containsExactly("2004-06-01", "2004-07-15");
    }

    @Test
    void spanCoversTheWholeDateAsWritten() {
        String text = "المؤرخ ١٤ آذار/مارس ٢٠٠٠، وفيه";
        DateMention d = finder.find(text).get(0);
        assertThat(text.substring(d.start(), d.end())).isEqualTo("١٤ آذار/مارس ٢٠٠٠");
    }

    @Test
    void readsEnglishDayFirstAndMonthFirst() {
        assertThat(isoOf("Letter dated 3 December 2008 from the Chargé, received January 5, 2009"))
                .containsExactly("2008-12-03", "2009-01-05");
    }

    @Test
    void readsFrenchDatesWithPremier() {
        assertThat(isoOf("Lettre datée du 1er juin 2000 adressée le 26 mai 2000")).containsExactly("2000-06-01", "2000-05-26");
    }

    @Test
    void readsMonthOnlyDatesWithMonthPrecision() {
        List<DateMention> found = finder.find("elections held in February 2005 and في شباط/فبراير ٢٠٠٦");
        assertThat(found).extracting(d -> d.value().iso()).containsExactly("2005-02", "2006-02");
        assertThat(found).allMatch(d -> d.value().precision() == Precision.MONTH);
    }

    @Test
    void readsYearsOnlyAfterACue() {
        assertThat(isoOf("established in 1999; since 2004 the Office; 2003 staff; في عام ٢٠٠٠ ومنذ عام ٢٠٠٤"))
                .containsExactly("1999", "2004", "2000", "2004");
    }

    @Test
    void ignoresNumbersThatAreNotYearsOrDates() {
        assertThat(isoOf("more than 1 000 persons, document S/2000/214 and 13,000 staff in 41 districts")).isEmpty();
    }

    @Test
    void readsDateSplitOverReversedChunks() {
        assertThat(isoOf("رسالة مؤرخة     ٢٠٠٥مايو  / أيار ١٠ موجهة")).containsExactly("2005-05-10");
        assertThat(isoOf("٢٠٠٩ تموز/يوليه ١٤رسالة")).containsExactly("2009-07-14");
    }

    @Test
    void toleratesTatweelInsideMonthNames() {
        assertThat(isoOf("في ١٠ شــباط/فبرايــر ٢٠٠٥")).containsExactly("2005-02-10");
    }

    @Test
    void rejectsMismatchedMonthPairsAndImpossibleDays() {
        assertThat(finder.find("31 حزيران/يونيه 2000")).noneMatch(d -> d.value().precision() == Precision.DAY);
        assertThat(isoOf("3 أيار/يونيه 2000")).doesNotContain("2000-05-03", "2000-06-03", "2000-05");
    }

    @Test
    void prefersTheDayOverTheMonthYearInside() {
        assertThat(finder.find("on 16 December 2003")).singleElement()
                .satisfies(d -> assertThat(d.value().precision()).isEqualTo(Precision.DAY));
    }
}
