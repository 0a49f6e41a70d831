package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;

/**
 * A chargé d'affaires "a.i." as Spanish and Russian letters write it ("Encargada de Negocios a.i. de la Misión
 * Permanente de ...", "Временного поверенного в делах a.i. Постоянного представительства ...", in capitals in the
 * 1990s) is a chargé d'affaires of the State named after the mission, and the title in the signature block is no
 * person. Hand-written variants, other States than the genre letters.
 */
class SpanishRussianChargesTest {

    @Test
    void aSpanishChargeAiOfAMissionWritesForItsState() throws Exception {
        LetterFacts f = Pipelines.facts("es.txt", """
                Carta de fecha 3 de marzo de 2015 dirigida al Secretario General por la Encargada de Negocios a.i. de la Misión Permanente de Honduras ante las Naciones Unidas

                     Tengo el honor de transmitirle la declaración de los Presidentes del Sistema de la Integración Centroamericana.

                (Firmado) Mary Elizabeth Flores Flake
                Embajadora
                Encargada de Negocios a.i.
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("charge-d-affaires");
        assertThat(Parties.state(f, Party.Slot.SENDER)).isEqualTo("HND");
        assertThat(f.mentions()).filteredOn(m -> m.kind() == EntityKind.PERSON)
                .noneMatch(m -> m.label().contains("Negocios"));
    }

    @Test
    void aRussianChargeAiInCapitalsWritesForTheStateOfTheMission() throws Exception {
        LetterFacts f = Pipelines.facts("ru.txt", """
                ПИСЬМО ВРЕМЕННОГО ПОВЕРЕННОГО В ДЕЛАХ a.i. ПОСТОЯННОГО ПРЕДСТАВИТЕЛЬСТВА УЗБЕКИСТАНА ПРИ ОРГАНИЗАЦИИ ОБЪЕДИНЕННЫХ НАЦИЙ ОТ 2 АПРЕЛЯ 1998 ГОДА НА ИМЯ ГЕНЕРАЛЬНОГО СЕКРЕТАРЯ

                     Имею честь препроводить настоящим текст заявления Министерства иностранных дел Республики Узбекистан.
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("charge-d-affaires");
        assertThat(Parties.state(f, Party.Slot.SENDER)).isEqualTo("UZB");
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }
}
