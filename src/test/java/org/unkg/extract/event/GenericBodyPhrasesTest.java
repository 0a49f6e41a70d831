package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * "ad hoc" tells no body from another: a Council or Assembly decision to set up "an ad hoc committee" or "an ad hoc
 * working group" names none of the catalogued ad hoc bodies (the Ad Hoc Committee on the Indian Ocean, the Assembly's
 * revitalization working group), while the catalogued body named in full still is.
 */
class GenericBodyPhrasesTest {

    @Test
    void aGenericAdHocBodyIsNoCataloguedOne() {
        LetterFacts en = Pipelines.facts("""
                The members of the Council decided to set up an ad hoc committee to review the mandates of its
                subsidiary bodies, and an ad hoc working group on conflict prevention.
                """, "en", "2006-05-31");
        assertThat(en.events()).extracting(Event::entity).doesNotContain("AHC-IO", "AHWG-GA-REVITALIZATION");
        LetterFacts fr = Pipelines.facts("""
                Les membres du Conseil ont décidé de créer un comité ad hoc chargé d'examiner les mandats.
                """, "fr", "2006-05-31");
        assertThat(fr.events()).extracting(Event::entity).doesNotContain("AHC-IO");
    }

    @Test
    void theCataloguedAdHocCommitteeNamedInFullIsStillFound() {
        LetterFacts en = Pipelines.facts("""
                By its resolution 2992 (XXVII) of 15 December 1972, the General Assembly decided to establish an ad hoc
                committee on the Indian Ocean.
                """, "en", "1973-02-01");
        assertThat(en.events()).extracting(Event::type, Event::entity)
                .contains(tuple("establishment", "AHC-IO"));
    }
}
