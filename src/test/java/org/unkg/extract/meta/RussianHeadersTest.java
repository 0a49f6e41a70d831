package org.unkg.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.MetaField;

/**
 * Russian headers as the documents of other years write them: the distribution line "Общий" with the date under it,
 * "Оригинал: английский", and the 1990s header in capitals ("ОРИГИНАЛ: ФРАНЦУЗСКИЙ"). Hand-written variants, other
 * symbols and languages than the genre letters.
 */
class RussianHeadersTest {

    @Test
    void theGeneralDistributionLineInRussianGivesTheIssuedDateAndTheOriginal() throws Exception {
        LetterFacts f = Pipelines.facts("ru.txt", """
                S/2011/288

                Организация Объединенных Наций

                Совет Безопасности

                Общий
                6 мая 2011 года
                Русский
                Оригинал: английский

                Письмо Генерального секретаря от 4 мая 2011 года на имя Председателя Совета Безопасности

                     Имею честь сослаться на резолюцию 1959 (2010) Совета Безопасности.

                (Подпись) Пан Ги Мун
                """);
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isEqualTo("2011-05-06");
        assertThat(Pipelines.meta(f, MetaField.ORIGINAL_LANGUAGE)).isEqualTo("en");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("2011-05-04");
    }

    @Test
    void theOriginalInTheCapitalsOfThe1990sHeaderIsRead() throws Exception {
        LetterFacts f = Pipelines.facts("ru.txt", """
                ОРГАНИЗАЦИЯ
                ОБЪЕДИНЕННЫХ НАЦИЙ

                СОВЕТ БЕЗОПАСНОСТИ

                                                   Distr.
                                                   GENERAL

                                                   S/1994/1020
                                                   30 августа 1994 года
                                                   РУССКИЙ
                                                   ОРИГИНАЛ: ФРАНЦУЗСКИЙ

                ПИСЬМО ГЕНЕРАЛЬНОГО СЕКРЕТАРЯ ОТ 29 АВГУСТА 1994 ГОДА НА ИМЯ ПРЕДСЕДАТЕЛЯ СОВЕТА БЕЗОПАСНОСТИ

                     Имею честь сообщить Вам о положении в Руанде.

                                        (Подпись) Бутрос БУТРОС-ГАЛИ
                """);
        assertThat(Pipelines.meta(f, MetaField.ORIGINAL_LANGUAGE)).isEqualTo("fr");
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isEqualTo("1994-08-30");
    }
}
