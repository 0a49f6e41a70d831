package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * A body an organ decided to set up, on a date the sentence states before the decision (the date of the resolution
 * that decided it, or of the meeting), first named in lower case: established on that date, not on the letter's.
 */
class DecisionDatesTest {

    @Test
    void aBodyTheAssemblyDecidedToEstablishByAResolutionDatesFromTheResolution() {
        LetterFacts en = Pipelines.facts("""
                By its resolution 3499 (XXX) of 15 December 1975, the General Assembly decided to establish a special
                committee on the Charter of the United Nations and on the strengthening of the role of the Organization.
                """, "en", "1976-03-02");
        assertThat(en.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("establishment", "SCCHARTER", "1975-12-15"))
                .doesNotContain(tuple("establishment", "SCCHARTER", "1976-03-02"));
        LetterFacts fr = Pipelines.facts("""
                Par sa résolution 3499 (XXX) du 15 décembre 1975, l'Assemblée générale a décidé de créer un comité spécial
                de la Charte des Nations Unies et du raffermissement du rôle de l'Organisation.
                """, "fr", "1976-03-02");
        assertThat(fr.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("establishment", "SCCHARTER", "1975-12-15"));
    }

    @Test
    void anArabicDecisionStatedBeforeItsResolutionsDateDatesTheEstablishment() {
        LetterFacts ar = Pipelines.facts("""
                وقد قررت الجمعية العامة، بموجب قرارها 2992 (د-27) المؤرخ 15 كانون الأول/ديسمبر 1972، إنشاء لجنة مخصصة
                للمحيط الهندي.
                """, "ar", "1973-01-10");
        assertThat(ar.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("establishment", "AHC-IO", "1972-12-15"));
    }

    @Test
    void aCountryConfigurationSetUpOnAStatedDayIsEstablishedThatDay() {
        LetterFacts en = Pipelines.facts("""
                On 12 June 2008, the Organizational Committee decided to establish a country-specific configuration on
                the Central African Republic.
                """, "en", "2008-06-20");
        assertThat(en.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("establishment", "PBC-CAF", "2008-06-12"));
    }

    @Test
    void aDateWithoutADecisionBetweenItAndTheTriggerDoesNotDateAnIntention() {
        LetterFacts en = Pipelines.facts("""
                Further to my letter of 15 March 2008, I intend to establish a country-specific configuration on the
                Central African Republic.
                """, "en", "2008-04-02");
        assertThat(en.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("establishment", "PBC-CAF", "2008-04-02"))
                .doesNotContain(tuple("establishment", "PBC-CAF", "2008-03-15"));
    }
}
