package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * A succession whose verb and successor a clause set off by commas parts ("be succeeded, following the end of its
 * mandate on 30 September 1997, by X", "be replaced, once the parties have been consulted and the Government has
 * agreed to the arrangements, by X"): the clause does not count against the words the phrase may span, so the old
 * body's closure and the new one's establishment are read; words that are no clause still may not part them further.
 */
class SuccessionAcrossAClauseTest {

    @Test
    void aClauseBetweenSucceededAndItsSuccessorDoesNotCount() {
        LetterFacts en = Pipelines.facts("""
                I propose that the United Nations Observer Mission in Liberia (UNOMIL) be succeeded, following the end of
                its mandate on 30 September 1997, by the United Nations Peace-building Support Office in Liberia (UNOL).
                """, "en", "1997-08-20");
        assertThat(en.events()).extracting(Event::type, Event::entity)
                .contains(tuple("closure", "UNOMIL"), tuple("establishment", "UNOL"));
    }

    @Test
    void aLongClauseBetweenReplacedAndItsSuccessorDoesNotCount() {
        LetterFacts en = Pipelines.facts("""
                The Government proposes that the United Nations Observer Mission in Angola (MONUA) be replaced, once the
                parties have been consulted and the Government has agreed to the arrangements for the transition, by the
                United Nations Office in Angola (UNOA).
                """, "en", "1999-01-20");
        assertThat(en.events()).extracting(Event::type, Event::entity)
                .contains(tuple("closure", "MONUA"), tuple("establishment", "UNOA"));
    }

    @Test
    void wordsThatAreNoClauseStillMayNotPartThemFurther() {
        LetterFacts en = Pipelines.facts("""
                The United Nations Observer Mission in Liberia (UNOMIL) will be succeeded in its tasks of monitoring the
                ceasefire and the disarmament and demobilization of the combatants of all the factions by the
                Government's own forces and by the United Nations Peace-building Support Office in Liberia (UNOL).
                """, "en", "1997-08-20");
        assertThat(en.events()).extracting(Event::type, Event::entity)
                .doesNotContain(tuple("establishment", "UNOL"));
    }
}
