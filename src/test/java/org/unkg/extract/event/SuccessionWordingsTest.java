package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * An office succeeded or replaced by another, in the wordings of letters not seen before: the new office named after a
 * description of it ("by a regional office, the X"), an infinitive sharing the subject ("X complete its work on D, to be
 * succeeded by Y"), "remplacer X par Y", Arabic "خلفا لـ" and "ليخلف": the old office closes, the new one is
 * established; a hypothesis gives neither.
 */
class SuccessionWordingsTest {

    @Test
    void theNewOfficeNamedAfterADescriptionOfItIsEstablished() {
        LetterFacts en = Pipelines.facts("""
                They concur with your recommendation that the United Nations Mission of Support in East Timor (UNMISET)
                be succeeded by a small political office, the United Nations Office in Timor-Leste (UNOTIL), with effect
                from 21 May 2005.
                """, "en", "2005-04-29");
        assertThat(en.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("closure", "UNMISET", "2005-05-21"), tuple("establishment", "UNOTIL", "2005-05-21"));
    }

    @Test
    void anInfinitiveSuccessionClosesTheSubjectOnTheDayItsClauseStates() {
        LetterFacts en = Pipelines.facts("""
                I intend that the United Nations Mission of Support in East Timor (UNMISET) complete its work on
                20 May 2005, to be succeeded by the United Nations Office in Timor-Leste (UNOTIL) on 21 May 2005.
                """, "en", "2005-04-18");
        assertThat(en.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("closure", "UNMISET", "2005-05-20"), tuple("establishment", "UNOTIL", "2005-05-21"))
                .doesNotContain(tuple("closure", "UNMISET", "2005-05-21"));
    }

    @Test
    void remplacerXParYEstablishesTheOfficeNamedAfterTheOld() {
        LetterFacts fr = Pipelines.facts("""
                Je propose de remplacer le Bureau d'appui des Nations Unies pour la consolidation de la paix en
                République centrafricaine (BONUCA) par un bureau intégré, le Bureau intégré des Nations Unies pour la
                consolidation de la paix en République centrafricaine (BINUCA).
                """, "fr", "2009-11-19");
        assertThat(fr.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("closure", "BONUCA", "2009-11-19"), tuple("establishment", "BINUCA", "2009-11-19"));
    }

    @Test
    void anArabicOfficeSetUpToSucceedAnotherClosesIt() {
        LetterFacts ar = Pipelines.facts("""
                وأعتزم أن ينشأ مكتب الأمم المتحدة المتكامل لبناء السلام في جمهورية أفريقيا الوسطى خلفا لمكتب الأمم المتحدة
                لدعم بناء السلام في جمهورية أفريقيا الوسطى اعتبارا من 1 كانون الثاني/يناير 2010.
                """, "ar", "2009-11-19");
        assertThat(ar.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("closure", "BONUCA", "2010-01-01"), tuple("establishment", "BINUCA", "2010-01-01"));
        LetterFacts decided = Pipelines.facts("""
                وقد قرر أعضاء المجلس إنشاء مكتب الأمم المتحدة في تيمور - ليشتي ليخلف بعثة الأمم المتحدة لتقديم الدعم في
                تيمور الشرقية.
                """, "ar", "2005-04-29");
        assertThat(decided.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("closure", "UNMISET", "2005-04-29"), tuple("establishment", "UNOTIL", "2005-04-29"));
    }

    @Test
    void aReplacementTheCouncilMightDecideGivesNoEvent() {
        LetterFacts en = Pipelines.facts("""
                Should the Council decide that the United Nations Office in Timor-Leste (UNOTIL) be replaced by a larger
                mission, my Government would be ready to support it.
                """, "en", "2006-05-02");
        assertThat(en.events()).noneMatch(e -> e.entity().equals("UNOTIL") && e.date().iso().equals("2006-05-02"));
    }
}
