package org.unkg.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * Russian names of offices in the cases letters write them: the instrumental of a name whose head ends in -ие
 * ("Управлением", "Отделением") is its nominative's stem ({@code ru/endings.tsv}), and the offices of West Africa
 * and of West Africa and the Sahel are two bodies.
 */
class RussianOfficeNamesTest {
    private static List<String> organizations(String sentence) throws Exception {
        LetterFacts f = Pipelines.facts("pismo.txt", "Письмо Генерального секретаря от 3 февраля 2017 года на имя Председателя"
                + " Совета Безопасности\n\n     " + sentence + "\n\n(Подпись) Некто\n");
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.ORGANIZATION).map(Mention::key).distinct().toList();
    }

    @Test
    void anOfficeNamedInTheInstrumentalIsFound() throws Exception {
        assertThat(organizations("Центр сотрудничает с Управлением Организации Объединенных Наций по наркотикам и преступности."))
                .contains("UNODC");
    }

    @Test
    void theOfficeForWestAfricaAndTheSahelIsNotTheOfficeForWestAfrica() throws Exception {
        assertThat(organizations("Мандат Отделения Организации Объединенных Наций для Западной Африки и Сахеля будет продлен."))
                .contains("UNOWAS").doesNotContain("UNOWA");
    }

    @Test
    void anOfficeOfCentralAfricaNamedInTheGenitiveIsFound() throws Exception {
        assertThat(organizations("Деятельность Объединенного представительства Организации Объединенных Наций по"
                + " миростроительству в Центральноафриканской Республике продолжится.")).contains("BINUCA");
    }
}
