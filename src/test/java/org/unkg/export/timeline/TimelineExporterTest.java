package org.unkg.export.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineExporterTest {
    @TempDir
    static Path dir;
    static Dataset ds;
    final TimelineExporter timeline = new TimelineExporter();

    @BeforeAll
    static void store() throws Exception {
        ds = TimelineFixture.build(dir.resolve("db"));
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    private List<TimelineRow> rows(List<String> entities, List<String> types, String from, String to) {
        return timeline.rows(ds, TimelineQuery.parse(entities, types, from, to, "en"));
    }

    private static String iso(org.unkg.model.DateValue d) {
        return d == null ? null : d.iso();
    }

    @Test
    void foldsOneEventStatedInAnArabicLetterAndItsEnglishVersionIntoOneRowWithBothSources() {
        List<TimelineRow> rows = rows(List.of("UNOCA"), List.of("establishment"), null, null);

        assertThat(rows).hasSize(1);
        TimelineRow r = rows.get(0);
        assertThat(r.sources()).extracting(SourceRef::file).containsExactly("ltr_unoca_ar.txt", "ltr_unoca_en.txt");
        assertThat(r.sources()).extracting(SourceRef::symbol).containsOnly("S/2010/457");
        assertThat(r.sources()).extracting(SourceRef::stem).containsExactly("ltr_unoca_ar", "ltr_unoca_en");
        assertThat(r.quotes()).containsExactly("سيبدأ عمله في ليبرفيل اعتبارا من 1 كانون الثاني/يناير 2011",
                "will start its operations in Libreville as from 1 January 2011");
        assertThat(r.status()).isEqualTo("decided");
        assertThat(r.participants()).extracting(BodyRef::key).containsExactly("ECCAS");
        assertThat(r.body().uri()).isEqualTo("https://w3id.org/unkg/id/org/UNOCA");
    }

    @Test
    void carriesTheBodysArabicAndEnglishLabels() {
        TimelineRow r = rows(List.of("UNOCA"), List.of("establishment"), null, null).get(0);

        assertThat(r.body().labelAr()).isEqualTo("مكتب الأمم المتحدة الإقليمي لوسط أفريقيا");
        assertThat(r.body().labelEn()).isEqualTo("United Nations Regional Office for Central Africa");
        assertThat(r.body().label("ar")).isEqualTo(r.body().labelAr());
    }

    @Test
    void showsABodyInAnyUnLanguageItHasALabelInAndFallsBackToEnglishThenArabic() {
        TimelineRow untop = rows(List.of("Bureau des Nations Unies pour la consolidation de la paix au tadjikistan"),
                List.of("closure"), null, null).get(0);
        TimelineRow unoca = rows(List.of("UNOCA"), List.of("establishment"), null, null).get(0);

        assertThat(untop.body().key()).isEqualTo("UNTOP");
        assertThat(untop.body().label("fr")).isEqualTo("Bureau des Nations Unies pour la consolidation de la paix au Tadjikistan");
        assertThat(unoca.body().label("fr")).isEqualTo("United Nations Regional Office for Central Africa");
        assertThat(new BodyRef("X", "u", "اسم", null).label("ru")).isEqualTo("اسم");
        assertThat(new BodyRef("X", "u", null, null).label("zh")).isEqualTo("X");
    }

    @Test
    void ordersByDateWithPartialDatesAtTheirStartThenByType() {
        List<TimelineRow> rows = rows(List.of(), List.of(), null, null);

        assertThat(rows).extracting(r -> r.body().key(), TimelineRow::type, r -> iso(r.date()), r -> iso(r.endDate()))
                .containsExactly(
                        tuple("UNTOP", "establishment", "2000-06-01", "2001-06-01"),
                        tuple("UNTOP", "mandate", "2000-06-01", "2001-06-01"),
                        tuple("UNTOP", "mandate", "2001-06-01", "2006-06-01"),
                        tuple("UNTOP", "extension", "2006-06-01", null),
                        tuple("UNTOP", "closure", "2007-05", null),
                        tuple("UNRCCA", "establishment", "2007-12", null),
                        tuple("UNOCA", "establishment", "2011-01-01", null),
                        tuple("UNOCA", "mandate", "2011-01-01", "2013-02-28"),
                        tuple("UNOCA", "mandate", "2013-02-28", "2014-02-28"),
                        tuple("UNOCA", "extension", "2014-02-28", null));
        assertThat(rows.get(4).date().precision()).isEqualTo(org.unkg.model.Precision.MONTH);
    }

    @Test
    void chainsAStatedMandateAndALaterExtensionIntoConsecutiveSpansWithTheSourcesOfBoth() {
        List<TimelineRow> periods = rows(List.of("UNOCA"), List.of("mandate"), null, null);

        assertThat(periods).allMatch(r -> r.kind() == TimelineRow.Kind.PERIOD);
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).sources()).extracting(SourceRef::file).containsExactly("ltr_unoca_ar.txt");
        assertThat(periods.get(0).quotes()).containsExactly("لفترة أولية مدتها سنتان تنتهي في 28 شباط/فبراير 2013");
        assertThat(periods.get(1).sources()).extracting(SourceRef::file)
                .containsExactly("ltr_unoca_ar.txt", "ltr_unoca_ext.txt");
    }

    @Test
    void combinesEntityAndFromFiltersKeepingPeriodsThatReachTheDate() {
        List<TimelineRow> rows = rows(List.of("UNTOP"), List.of(), "2005", null);

        assertThat(rows).extracting(TimelineRow::type, r -> iso(r.date()))
                .containsExactly(tuple("mandate", "2001-06-01"), tuple("extension", "2006-06-01"), tuple("closure", "2007-05"));
    }

    @Test
    void readsAPartialToDateAsTheEndOfItsMonth() {
        List<TimelineRow> rows = rows(List.of(), List.of("closure", "establishment"), "2007", "2007-05");

        assertThat(rows).extracting(r -> r.body().key(), TimelineRow::type).containsExactly(tuple("UNTOP", "closure"));
    }

    @Test
    void matchesAnEntityThatTakesPartInAnEventOfAnotherBody() {
        List<TimelineRow> rows = rows(List.of("eccas"), List.of(), null, null);

        assertThat(rows).extracting(r -> r.body().key(), TimelineRow::type).containsExactly(tuple("UNOCA", "establishment"));
    }

    @Test
    void acceptsSeveralEntitiesAndCommaSeparatedValues() {
        List<TimelineRow> rows = rows(List.of("UNRCCA,UNOCA"), List.of("establishment"), null, null);

        assertThat(rows).extracting(r -> r.body().key()).containsExactly("UNRCCA", "UNOCA");
    }

    @Test
    void rejectsAnUnknownEntityKeyListingCloseMatches() {
        assertThatThrownBy(() -> rows(List.of("UNTOB"), List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown entity key 'UNTOB'")
                .hasMessageContaining("UNTOP (United Nations Tajikistan Office of Peacebuilding)")
                .hasMessageNotContaining("GAB");
    }

    @Test
    void suggestsBodiesWhoseKeyStartsWithWhatWasTyped() {
        assertThatThrownBy(() -> rows(List.of("UNO"), List.of(), null, null))
                .hasMessageContaining("UNOCA").hasMessageContaining("UNOWA");
    }

    @Test
    void saysSoWhenNothingIsCloseToAnUnknownKey() {
        assertThatThrownBy(() -> rows(List.of("XYZXYZXYZ"), List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no body or state has a key or label like it");
    }

    @Test
    void rejectsAnUnknownTypeListingCloseMatches() {
        assertThatThrownBy(() -> rows(List.of(), List.of("extention"), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown event type 'extention'")
                .hasMessageContaining("close matches: extension");
    }

    @Test
    void acceptsAKnownTypeThatNoLetterStates() {
        assertThat(rows(List.of(), List.of("renaming"), null, null)).isEmpty();
    }

    @Test
    void rejectsMalformedFilterDatesAndFromAfterTo() {
        assertThatThrownBy(() -> TimelineQuery.parse(List.of(), List.of(), "2005-13", null, "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--from '2005-13' is not a date");
        assertThatThrownBy(() -> TimelineQuery.parse(List.of(), List.of(), "10 May 2005", null, "en"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimelineQuery.parse(List.of(), List.of(), "2006", "2005-02", "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is after");
        assertThatThrownBy(() -> TimelineQuery.parse(List.of(), List.of(), null, null, "de"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use one of ar, en, fr, es, ru, zh");
    }
}
