package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * A body's acronym before a noun naming a part of it ("a UNOCA liaison unit", "the UNMIL liaison office") names whose
 * part is meant: establishing or closing that part is no event of the body; the body itself named as the event's object
 * still is.
 */
class PartsOfBodiesTest {

    @Test
    void establishingALiaisonUnitOfAnOfficeIsNoEstablishmentOfTheOffice() {
        LetterFacts en = Pipelines.facts("""
                I intend to establish a UNOCA liaison unit in Bangui. I also propose the closure of the UNMIL liaison
                office in Accra at the end of June 2012.
                """, "en", "2012-03-14");
        assertThat(en.events()).noneMatch(e -> e.entity().equals("UNOCA") || e.entity().equals("UNMIL"));
    }

    @Test
    void theBodyItselfStillHasItsEvent() {
        LetterFacts en = Pipelines.facts("""
                I intend to establish UNOCA in Libreville. I also propose the closure of UNMIL at the end of June 2018.
                """, "en", "2010-03-14");
        assertThat(en.events()).extracting(Event::type, Event::entity)
                .contains(tuple("establishment", "UNOCA"), tuple("closure", "UNMIL"));
    }
}
