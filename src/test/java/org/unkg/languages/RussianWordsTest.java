package org.unkg.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.extract.TestLetters;
import org.unkg.extract.core.NameMatch;

/** What Russian writes differently, read from {@code data/rules/ru}: dates in the genitive, names in their cases. */
class RussianWordsTest {
    private static List<String> dates(String text) {
        return Pipelines.project().dates().find(text).stream().map(d -> d.value().iso()).toList();
    }

    private static List<String> keys(String text, String language) {
        return Pipelines.project().gazetteer().find(TestLetters.of(text, language)).stream().map(NameMatch::key).toList();
    }

    @Test
    void readsADateWithTheMonthInTheGenitiveAndTheWordForYear() {
        assertThat(dates("письмо от 10 декабря 2008 года")).containsExactly("2008-12-10");
    }

    @Test
    void namesAreFoundInTheirGenitiveDativeAndInstrumentalCases() {
        assertThat(keys("членов Совета Безопасности", "ru")).containsExactly("UNSC");
        assertThat(keys("Генеральному секретарю", "ru")).containsExactly("UNSG");
        assertThat(keys("с Шанхайской организацией сотрудничества", "ru")).containsExactly("SCO");
        assertThat(keys("для Центральной Азии", "ru")).containsExactly("central-asia");
        assertThat(keys("правительство Российской Федерации", "ru")).containsExactly("RUS");
    }

    @Test
    void aStatesNameFromTheThesaurusIsFoundWithAndWithoutItsBracketedPart() {
        assertThat(keys("Соединенных Штатов Америки", "ru")).containsExactly("USA");
        assertThat(keys("Соединенные Штаты", "ru")).containsExactly("USA");
    }

    @Test
    void anIndeclinableNameIsNotTheStemOfAnEverydayWord() {
        assertThat(keys("малых островных государств", "ru")).isEmpty();
        assertThat(keys("в Мали", "ru")).containsExactly("MLI");
    }

    @Test
    void aCapitalsShortNameInALowerCaseWordIsAnEverydayWord() {
        assertThat(keys("малые островные развивающиеся государства", "ru")).isEmpty();
        assertThat(keys("сана и лима", "ru")).isEmpty();
        assertThat(keys("встреча в Мале и в Риме", "ru")).contains("male", "rome");
    }

    @Test
    void togoWrittenWithoutCapitalsIsAPronounInARussianLetter() {
        assertThat(keys("помимо того, доклад", "ru")).isEmpty();
        assertThat(keys("правительство Того", "ru")).containsExactly("TGO");
    }

    @Test
    void theEndingsOfRussianCutNoWordOfAnotherScript() {
        assertThat(keys("the Security Councils", "en")).doesNotContain("UNSC");
        assertThat(keys("members of the Security Council", "en")).containsExactly("UNSC");
    }
}
