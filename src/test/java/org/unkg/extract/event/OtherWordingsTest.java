package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Membership;

/**
 * Wordings of memberships, mandates and a body's life that the letters the rules were first written from did not use:
 * an organization followed by the States it is made of, a mandate listed without markers, a mandate completed, a
 * coordinated succession, a duration counted from a current end stated in the same sentence.
 */
class OtherWordingsTest {

    @Test
    void readsTheStatesListedAfterAnOrganizationAndStopsWhereTheListEnds() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The Collective Security Treaty Organization, whose members are Armenia, Belarus and Kazakhstan,
                discussed the situation on the border between Tajikistan and Afghanistan.
                """, "en", "2010-03-02");
        assertThat(f.memberships()).extracting(Membership::organization, Membership::members)
                .containsExactly(Tuple.tuple("CSTO", java.util.List.of("ARM", "BLR", "KAZ")));
    }

    @Test
    void readsNoMembershipWhereTheCueBringsInPeopleFromStates() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The Collective Security Treaty Organization sent a team composed of experts from Armenia and Belarus.
                """, "en", "2010-03-02");
        assertThat(f.memberships()).isEmpty();
    }

    @Test
    void readsTheStatesOnTheLineAfterAColon() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The following States are members of the Collective Security Treaty Organization:
                Armenia, Belarus, Kazakhstan and Tajikistan.
                """, "en", "2010-03-02");
        assertThat(f.memberships()).singleElement().satisfies(m -> assertThat(m.members())
                .containsExactly("ARM", "BLR", "KAZ", "TJK"));
    }

    @Test
    void readsAMandateWhoseTasksOpenWithTheSameWordWithoutMarkers() throws Exception {
        LetterFacts f = Lifecycle.read("""
                I intend to continue the activities of the United Nations Tajikistan Office of Peacebuilding. The
                mandate of the Office will be: to support dialogue among political parties; to assist the Government
                in building national capacities; and to mobilize international support.
                """, "en", "2004-05-01");
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size())
                .containsExactly(Tuple.tuple("UNTOP", 3));
        assertThat(f.mandates().get(0).tasks().get(2).text()).isEqualTo("to mobilize international support");
    }

    @Test
    void readsNoMandateFromSemicolonsWhoseItemsOpenDifferently() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The mandate of the United Nations Tajikistan Office of Peacebuilding will be: to support dialogue; the
                Government has also asked for assistance; elections are planned.
                """, "en", "2004-05-01");
        assertThat(f.mandates()).isEmpty();
    }

    @Test
    void readsAMandateCompletedOnADateAndTheSuccessorOfItsBody() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The United Nations Mission of Observers in Tajikistan completed its mandate on 15 May 2000 and was
                succeeded by the United Nations Tajikistan Office of Peacebuilding on 1 June 2000.
                """, "en", "2000-07-01");
        assertThat(f.events()).extracting(e -> e.type() + " " + e.entity() + " " + e.date().iso())
                .contains("mandate-end UNMOT 2000-05-15", "establishment UNTOP 2000-06-01")
                .anyMatch(e -> e.startsWith("closure UNMOT"));
    }

    @Test
    void countsAFurtherPeriodFromTheEndStatedEarlierInTheSameSentence() throws Exception {
        LetterFacts f = Lifecycle.read("""
                I recommend that the mandate of the United Nations Tajikistan Office of Peacebuilding, which expires on
                1 June 2006, be extended for a further five months.
                """, "en", "2006-04-01");
        assertThat(f.events()).extracting(e -> e.type() + " " + e.entity() + " " + e.date().iso())
                .contains("mandate-end UNTOP 2006-06-01", "extension UNTOP 2006-11-01");
    }
}
