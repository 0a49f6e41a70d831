package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * The regional organizations of the Americas and of Eurasia and the peacekeeping operations as Spanish and Russian
 * letters name them, in the declined forms of Russian (catalog labels in {@code labels-es.ttl}, {@code labels-ru.ttl}).
 * Hand-written variants, other sentences than the genre letters.
 */
class AmericasAndEurasiaNamesTest {

    @Test
    void spanishLettersNameTheOrganizationsOfTheAmericasAndTheMissions() throws Exception {
        LetterFacts f = Pipelines.facts("es.txt", """
                Carta de fecha 8 de abril de 2013 dirigida al Secretario General por el Representante Permanente del Paraguay ante las Naciones Unidas

                     Los Estados partes del Mercado Común del Sur y de la Comunidad de Estados Latinoamericanos y Caribeños reiteran su apoyo a la Misión de Estabilización de las Naciones Unidas en Haití.
                """);
        assertThat(f.mentions()).extracting(Mention::key).contains("MERCOSUR", "CELAC", "MINUSTAH");
    }

    @Test
    void russianLettersNameThemInTheirCases() throws Exception {
        LetterFacts f = Pipelines.facts("ru.txt", """
                Письмо Постоянного представителя Беларуси при Организации Объединенных Наций от 8 апреля 2013 года на имя Генерального секретаря

                     Министры приветствовали сотрудничество Евразийского экономического союза с Сообществом латиноамериканских и карибских государств и работу Миссии Организации Объединенных Наций по делам временной администрации в Косово.
                """);
        assertThat(f.mentions()).extracting(Mention::key).contains("EAEU", "CELAC", "UNMIK");
    }
}
