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

    @Test
    void aSuccessorNamedInAppositionAfterTheOldOfficesLastDayOpensTheDayItsClauseStates() {
        LetterFacts en = Pipelines.facts("""
                I propose that the United Nations Mission of Support in East Timor (UNMISET) conclude its work on
                20 May 2005 and that the successor office, the United Nations Office in Timor-Leste (UNOTIL), open on
                21 May 2005.
                """, "en", "2005-02-18");
        assertThat(en.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("closure", "UNMISET", "2005-05-20"), tuple("establishment", "UNOTIL", "2005-05-21"));
        LetterFacts fr = Pipelines.facts("""
                Je recommande que l'Opération des Nations Unies au Burundi (ONUB) achève ses activités le 31 décembre 2006
                et que le bureau qui lui succédera, le Bureau intégré des Nations Unies au Burundi (BINUB), ouvre ses
                portes le 1er janvier 2007.
                """, "fr", "2006-05-30");
        assertThat(fr.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("closure", "ONUB", "2006-12-31"), tuple("establishment", "BINUB", "2007-01-01"));
    }

    @Test
    void aRussianOfficeThatComesToReplaceAnotherClosesIt() {
        LetterFacts ru = Pipelines.facts("""
                Члены Совета согласны с Вашим предложением о создании Объединенного представительства Организации
                Объединенных Наций по миростроительству в Центральноафриканской Республике, которое придет на смену
                Отделению Организации Объединенных Наций по поддержке миростроительства в Центральноафриканской Республике.
                """, "ru", "2009-12-07");
        assertThat(ru.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("closure", "BONUCA", "2009-12-07"), tuple("establishment", "BINUCA", "2009-12-07"));
    }

    @Test
    void aSpanishOrRussianReplyRequestingAnEstablishmentDatesItOnTheReply() {
        LetterFacts es = Pipelines.facts("""
                Los miembros del Consejo le piden que proceda al establecimiento de la Oficina Integrada de las Naciones
                Unidas para la Consolidación de la Paz en Guinea-Bissau.
                """, "es", "2008-12-22");
        assertThat(es.events()).extracting(Event::type, Event::entity, e -> e.date().iso(), Event::status)
                .contains(tuple("establishment", "UNIOGBIS", "2008-12-22", "requested"));
        LetterFacts ru = Pipelines.facts("""
                Члены Совета просят Вас приступить к учреждению Отделения Организации Объединенных Наций для Западной
                Африки и Сахеля.
                """, "ru", "2016-01-28");
        assertThat(ru.events()).extracting(Event::type, Event::entity, e -> e.date().iso(), Event::status)
                .contains(tuple("establishment", "UNOWAS", "2016-01-28", "requested"));
    }

    @Test
    void aSuccessorTheCouncilMightDecideOnGivesNoEvent() {
        LetterFacts fr = Pipelines.facts("""
                Si le Conseil décidait que la Mission des Nations Unies en Sierra Leone (MINUSIL) doit achever son mandat,
                je lui soumettrais des propositions concernant la mission qui lui succédera.
                """, "fr", "2005-03-01");
        assertThat(fr.mentions()).extracting(org.unkg.model.Mention::key).contains("UNAMSIL");
        assertThat(fr.events()).noneMatch(e -> e.type().equals("closure") && e.entity().equals("UNAMSIL"));
    }
}
