package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian letters name persons with their patronymic, in any case, after a role and the State or organization it is
 * of ("Министра иностранных дел Республики Узбекистан Абдулазиза Хафизовича Камилова"): the given name, the patronymic
 * and the surname are a person by their shape, and a place a given name looks like ("Нурсултан") is none inside it.
 * Hand-written variants, other persons than the genre letters.
 */
class PatronymicNamesTest {
    private static final String TITLE = "Письмо Постоянного представителя Узбекистана при Организации Объединенных Наций "
            + "от 3 мая 2011 года на имя Генерального секретаря\n\n";

    private static List<String> persons(String body) throws Exception {
        return PersonLabels.of("ru.txt", TITLE + body + "\n");
    }

    @Test
    void aGivenNamePatronymicAndSurnameAreAPersonInAnyCase() throws Exception {
        assertThat(persons("Министры приветствовали заявление Министра иностранных дел Республики Узбекистан "
                + "Абдулазиза Хафизовича Камилова и Председателя Совета Федерации Валентины Ивановны Матвиенко."))
                .contains("Абдулазиза Хафизовича Камилова", "Валентины Ивановны Матвиенко");
    }

    @Test
    void threeCapitalizedWordsWithoutAPatronymicAreNoPersonByShape() throws Exception {
        assertThat(persons("Совет Безопасности Организации Объединенных Наций принял решение.")).isEmpty();
    }

    @Test
    void aPlaceNamedLikeAGivenNameIsNoPlaceInsideAPersonsName() throws Exception {
        var f = org.unkg.extract.Pipelines.facts("ru.txt", TITLE
                + "Министры высоко оценили вклад Нурсултана Абишевича Назарбаева в укрепление безопасности.\n");
        assertThat(f.mentions()).noneMatch(m -> "astana".equals(m.key()));
    }
}
