package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * The date of documents a clause cites after their year ("in accordance with resolutions 350 (1974) and 363 (1974)
 * of 29 November 1974", "résolutions ... du ...", "resoluciones ... de ...") is those documents' date, never the
 * date of the event the clause states; a resolution cited as the event's instrument ("established by the Council in
 * its resolution X of D") and a date the clause gives the event itself still date it. Hand-written
 * variants, other missions than the held-out letter that showed the kind.
 */
class CitedDocumentDatesTest {

    @Test
    void aResolutionsDateAfterItsYearDatesNoExtension() {
        LetterFacts en = Pipelines.facts("""
                I have the honour to inform you that the Government of the Syrian Arab Republic requests the Security
                Council to extend the mandate of the United Nations Disengagement Observer Force (UNDOF) for a further
                period of six months, in accordance with resolutions 350 (1974) and 363 (1974) of 29 November 1974.
                """, "en", "1975-05-12");
        assertThat(en.events()).extracting(e -> e.date().iso()).doesNotContain("1974-11-29");
        LetterFacts fr = Pipelines.facts("""
                J'ai l'honneur de vous informer que le Gouvernement chypriote demande au Conseil de sécurité de proroger
                le mandat de la Force des Nations Unies chargée du maintien de la paix à Chypre (UNFICYP) pour une
                nouvelle période de six mois, conformément aux résolutions 186 (1964) et 187 (1964) du 13 mars 1964.
                """, "fr", "1990-12-04");
        assertThat(fr.events()).extracting(e -> e.date().iso()).doesNotContain("1964-03-13");
    }

    @Test
    void aResolutionCitedAsTheEventsInstrumentStillDatesIt() {
        LetterFacts fr = Pipelines.facts("""
                Les préparatifs du déploiement de la Mission des Nations Unies au Soudan (MINUS), créée par le Conseil dans
                sa résolution 1590 (2005) du 24 mars 2005, se déroulent comme prévu.
                """, "fr", "2005-04-12");
        assertThat(fr.events()).extracting(Event::type, e -> e.entity(), e -> e.date().iso())
                .contains(org.assertj.core.groups.Tuple.tuple("establishment", "UNMIS", "2005-03-24"));
    }

    @Test
    void aDateTheClauseGivesTheEventStillDatesItBesideACitedResolution() {
        LetterFacts en = Pipelines.facts("""
                The Council decided to extend the mandate of the United Nations Disengagement Observer Force (UNDOF) until
                30 November 1975, in accordance with resolution 350 (1974) of 31 May 1974.
                """, "en", "1975-05-28");
        assertThat(en.events()).extracting(Event::type, e -> e.entity(), e -> e.date().iso())
                .contains(org.assertj.core.groups.Tuple.tuple("extension", "UNDOF", "1975-11-30"));
    }
}
