package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;

/**
 * An organ's reply (or a body's letter) that requests, welcomes, agrees to or decides an establishment, closure,
 * merger or extension stated without a date gives that event on the letter's date, with the status the nearest cue
 * before it states (requested, welcomed, agreed, decided; "your intention" is the Secretary-General's, announced); a
 * date the clause states dates it. What only looks like it gives no event on the letter's date: a recalled event (its
 * own date or nothing), a report or information asked on it, a hypothesis, a refusal, a welcome of a body's work.
 */
class RequestsWelcomesAndAgreementsTest {


    private static ListAssert<Tuple> events(LetterFacts f) {
        return assertThat(f.events().stream().map(e -> tuple(e.type(), e.entity(), e.date().iso(), e.status())).toList());
    }

    @Test
    void aRequestToProceedTakesTheRepliesDateInEnglishFrenchAndArabic() {
        events(Pipelines.facts("""
                The members of the Council request you to proceed with the establishment of the Office of the United Nations
                Special Coordinator for Lebanon (UNSCOL).
                """, "en", "2007-02-13")).containsExactly(tuple("establishment", "UNSCOL", "2007-02-13", "requested"));
        events(Pipelines.facts("""
                Ceux-ci vous prient de procéder à la création du Bureau intégré des Nations Unies pour la consolidation de
                la paix en République centrafricaine (BINUCA).
                """, "fr", "2009-12-21")).containsExactly(tuple("establishment", "BINUCA", "2009-12-21", "requested"));
        events(Pipelines.facts("""
                ويطلب أعضاء المجلس إليكم المضي في إنشاء بعثة الأمم المتحدة لتقديم المساعدة إلى الصومال.
                """, "ar", "2013-05-02")).containsExactly(tuple("establishment", "UNSOM", "2013-05-02", "requested"));
    }

    @Test
    void aMergerWhosePurposeClauseRunsLongIsTheNewBodysOnTheRepliesDate() {
        events(Pipelines.facts("""
                They request you to proceed with the merger, with a view to consolidating the two presences under a single
                leadership and a common support structure in the new United Nations Office for West Africa and the Sahel
                (UNOWAS).
                """, "en", "2015-12-23")).containsExactly(tuple("merger", "UNOWAS", "2015-12-23", "requested"));
        events(Pipelines.facts("""
                Ceux-ci vous prient de procéder à la fusion, en vue d'assurer une direction unique et une structure d'appui
                commune au sein du nouveau Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel (UNOWAS).
                """, "fr", "2015-12-23")).containsExactly(tuple("merger", "UNOWAS", "2015-12-23", "requested"));
        events(Pipelines.facts("""
                ويطلب الأعضاء إليكم المضي في الدمج، بهدف توحيد الوجودين تحت قيادة واحدة في مكتب الأمم المتحدة لغرب أفريقيا ومنطقة الساحل.
                """, "ar", "2015-12-23")).containsExactly(tuple("merger", "UNOWAS", "2015-12-23", "requested"));
    }

    @Test
    void eachEventTakesTheStatusOfTheNearestCueBeforeIt() {
        events(Pipelines.facts("""
                The members of the Council agree with your proposal to close the United Nations Mission in Nepal (UNMIN)
                and welcome the establishment of the United Nations Office for West Africa and the Sahel (UNOWAS).
                """, "en", "2016-01-14")).containsExactly(
                tuple("closure", "UNMIN", "2016-01-14", "agreed"), tuple("establishment", "UNOWAS", "2016-01-14", "welcomed"));
        events(Pipelines.facts("""
                Les membres du Conseil se félicitent de la création du Bureau des Nations Unies pour l'Afrique de l'Ouest
                et le Sahel (UNOWAS).
                """, "fr", "2016-01-28")).containsExactly(tuple("establishment", "UNOWAS", "2016-01-28", "welcomed"));
        events(Pipelines.facts("""
                ويرحب أعضاء المجلس بإنشاء مكتب الأمم المتحدة لغرب أفريقيا ومنطقة الساحل.
                """, "ar", "2016-01-28")).containsExactly(tuple("establishment", "UNOWAS", "2016-01-28", "welcomed"));
    }

    @Test
    void theIntentionAReplyNotesIsTheSecretaryGeneralsAndTakesTheRepliesDate() {
        events(Pipelines.facts("""
                They take note of your intention to establish the United Nations Mission in Nepal (UNMIN).
                """, "en", "2007-01-05")).containsExactly(tuple("establishment", "UNMIN", "2007-01-05", "announced"));
        events(Pipelines.facts("""
                Ils prennent note de votre intention de créer le Bureau des Nations Unies pour l'Afrique de l'Ouest et le
                Sahel (UNOWAS).
                """, "fr", "2016-01-28")).containsExactly(tuple("establishment", "UNOWAS", "2016-01-28", "announced"));
        // what the reply only notes, without the Secretary-General's intention, is no event on its date
        events(Pipelines.facts("""
                They take note of the establishment of the United Nations Mission in Nepal (UNMIN).
                """, "en", "2007-01-05")).isEmpty();
    }

    @Test
    void aDateTheClauseStatesDatesTheWelcomedEvent() {
        events(Pipelines.facts("""
                My Government welcomed the opening of the United Nations Office for West Africa and the Sahel (UNOWAS) in
                Dakar on 27 January 2016.
                """, "en", "2016-02-03")).containsExactly(tuple("establishment", "UNOWAS", "2016-01-27", "welcomed"));
    }

    @Test
    void aRecalledEventKeepsItsOwnDateOrGivesNone() {
        events(Pipelines.facts("""
                The members of the Council, recalling the establishment of the United Nations Mission in Nepal (UNMIN) in
                January 2007, welcome the work of the Mission.
                """, "en", "2010-09-15")).containsExactly(tuple("establishment", "UNMIN", "2007-01", "noted"));
        events(Pipelines.facts("""
                Recalling the establishment of the United Nations Mission in Nepal (UNMIN), the members of the Council
                welcome the work of the Mission.
                """, "en", "2010-09-15")).isEmpty();
        events(Pipelines.facts("""
                Rappelant la création du Bureau intégré des Nations Unies pour la consolidation de la paix en République
                centrafricaine (BINUCA), les membres du Conseil saluent le travail du Bureau.
                """, "fr", "2012-06-20")).isEmpty();
    }

    @Test
    void aReportAskedOnItAHypothesisOrARefusalIsNoEventOnTheRepliesDate() {
        events(Pipelines.facts("""
                They request you to keep them informed of the arrangements for the closure of the United Nations Mission in
                Nepal (UNMIN), and to submit your recommendations on a follow-on presence, should the Council decide to
                establish one.
                """, "en", "2010-09-15")).isEmpty();
        events(Pipelines.facts("""
                The members of the Council did not agree with the proposal to close the United Nations Office for West
                Africa and the Sahel (UNOWAS).
                """, "en", "2016-06-30")).isEmpty();
        events(Pipelines.facts("""
                Ils vous prient de les tenir informés des modalités de la fermeture de la Mission des Nations Unies au
                Népal (MINUNEP).
                """, "fr", "2010-09-15")).isEmpty();
        events(Pipelines.facts("""
                ويطلبون إليكم إبقاءهم على علم بترتيبات إغلاق بعثة الأمم المتحدة في نيبال.
                """, "ar", "2010-09-15")).isEmpty();
    }

    @Test
    void aWelcomeOfABodysWorkIsNoEvent() {
        List<?> none = Pipelines.facts("""
                The members of the Council welcome the work of the Office of the United Nations Special Coordinator for
                Lebanon (UNSCOL) and request you to continue to keep them informed.
                """, "en", "2012-03-07").events();
        assertThat(none).isEmpty();
    }
}
