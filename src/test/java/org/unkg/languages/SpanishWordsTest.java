package org.unkg.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.extract.TestLetters;
import org.unkg.extract.core.NameMatch;

/** What Spanish writes differently, read from {@code data/rules/es}: ordinal days, "de" in dates, everyday words. */
class SpanishWordsTest {
    private static List<String> dates(String text) {
        return Pipelines.project().dates().find(text).stream().map(d -> d.value().iso()).toList();
    }

    private static List<String> keys(String text, String language) {
        return Pipelines.project().gazetteer().find(TestLetters.of(text, language)).stream().map(NameMatch::key).toList();
    }

    @Test
    void readsADateWithAnOrdinalDayAndDeBeforeMonthAndYear() {
        assertThat(dates("con efecto a partir del 1º de noviembre de 1997 y hasta el 31 de diciembre de 2003"))
                .containsExactly("1997-11-01", "2003-12-31");
    }

    @Test
    void readsAMonthAndYearJoinedByDe() {
        assertThat(dates("en octubre de 2003")).containsExactly("2003-10");
    }

    @Test
    void laPazWrittenWithoutCapitalsIsPeaceInASpanishLetter() {
        assertThat(keys("a fin de consolidar la paz en el país", "es")).doesNotContain("la-paz");
    }

    @Test
    void laPazWithALowerCaseArticleInsideABodysNameIsPeace() {
        assertThat(keys("la Oficina de Apoyo a la Consolidación de la Paz en Guinea-Bissau", "es")).doesNotContain("la-paz");
        assertThat(keys("el Fondo para la Consolidación de la Paz", "es")).doesNotContain("la-paz");
    }

    @Test
    void laPazWrittenWithCapitalsIsTheCity() {
        assertThat(keys("LA REUNIÓN CELEBRADA EN LA PAZ", "es")).contains("la-paz");
        assertThat(keys("la reunión celebrada en La Paz", "es")).contains("la-paz");
    }

    @Test
    void theEverydayWordsOfSpanishAreNotThoseOfEnglishLetters() {
        assertThat(keys("delegates met in la paz", "en")).contains("la-paz");
    }
}
