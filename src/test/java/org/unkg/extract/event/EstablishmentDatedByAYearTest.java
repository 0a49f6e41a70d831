package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * An establishment the letter dates by a year only ("établie en 1993", "establecida en 1993", "было учреждено в 1993
 * году"): the event is read with that year; a year the clause does not give the establishment leaves none.
 */
class EstablishmentDatedByAYearTest {

    @Test
    void frenchSpanishAndRussianEstablishmentsDatedByAYear() {
        LetterFacts fr = Pipelines.facts("""
                Mon gouvernement rend hommage à la Mission d'observation des Nations Unies en Géorgie (MONUG), établie en
                1993 à la demande des parties.
                """, "fr", "2001-03-02");
        assertThat(fr.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("establishment", "UNOMIG", "1993"));
        LetterFacts es = Pipelines.facts("""
                Mi Gobierno rinde homenaje a la Misión de Observadores de las Naciones Unidas en Liberia, establecida en
                1993 a petición de las partes.
                """, "es", "1996-03-02");
        assertThat(es.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("establishment", "UNOMIL", "1993"));
        LetterFacts ru = Pipelines.facts("""
                Миссия наблюдателей Организации Объединенных Наций в Таджикистане была учреждена в 1994 году по просьбе
                сторон.
                """, "ru", "1998-03-02");
        assertThat(ru.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("establishment", "UNMOT", "1994"));
    }

    @Test
    void aYearTheClauseDoesNotGiveTheEstablishmentDatesNone() {
        LetterFacts ru = Pipelines.facts("""
                Миссия наблюдателей Организации Объединенных Наций в Таджикистане работает с 1994 года.
                """, "ru", "1998-03-02");
        assertThat(ru.events()).extracting(Event::type).doesNotContain("establishment");
    }
}
