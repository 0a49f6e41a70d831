package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * A withdrawal or closure an organ's reply welcomes or requests without a date ("welcome the withdrawal of X", "se
 * félicitent du retrait de", "يرحب ... بانسحاب", "request the closure of X") takes the letter's date and the reply's
 * status; a withdrawal recalled or only mentioned keeps only a date its clause states.
 */
class WithdrawalsInRepliesTest {

    @Test
    void aWelcomedWithdrawalTakesTheLettersDate() {
        LetterFacts en = Pipelines.facts("""
                The members of the Council welcome the withdrawal of the United Nations Observer Mission in Georgia
                (UNOMIG).
                """, "en", "2009-07-02");
        assertThat(en.events()).extracting(Event::type, Event::entity, e -> e.date().iso(), Event::status)
                .contains(tuple("withdrawal", "UNOMIG", "2009-07-02", "welcomed"));
        LetterFacts fr = Pipelines.facts("""
                Les membres du Conseil se félicitent du retrait de la Mission des Nations Unies au Népal (MINUNEP).
                """, "fr", "2011-01-20");
        assertThat(fr.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("withdrawal", "UNMIN", "2011-01-20"));
        LetterFacts ar = Pipelines.facts("""
                ويرحب أعضاء المجلس بانسحاب بعثة الأمم المتحدة في نيبال.
                """, "ar", "2011-01-20");
        assertThat(ar.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("withdrawal", "UNMIN", "2011-01-20"));
    }

    @Test
    void aRequestedClosureTakesTheLettersDateOrTheEndItStates() {
        LetterFacts en = Pipelines.facts("""
                The members of the Council request the closure of the United Nations Observer Mission in Georgia
                (UNOMIG).
                """, "en", "2009-06-30");
        assertThat(en.events()).extracting(Event::type, Event::entity, e -> e.date().iso(), Event::status)
                .contains(tuple("closure", "UNOMIG", "2009-06-30", "requested"));
    }

    @Test
    void aWithdrawalOnlyMentionedOrRecalledTakesNoDateOfTheLetter() {
        LetterFacts en = Pipelines.facts("""
                Following the withdrawal of the United Nations Mission in Nepal (UNMIN), the country team took over its
                remaining tasks. The members of the Council recall the withdrawal of the United Nations Observer Mission
                in Georgia (UNOMIG).
                """, "en", "2011-06-20");
        assertThat(en.events()).noneMatch(e -> e.type().equals("withdrawal"));
    }
}
