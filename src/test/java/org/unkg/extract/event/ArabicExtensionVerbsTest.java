package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * An Arabic extension stated by the verb, past or present, with its subject between ("الذي مدد بموجبه المجلس ولاية
 * ...", "مدد مجلس الأمن ولاية", "يمدد ولاية"), dated by the end its clause states; the plural noun مدد (periods, "مدد
 * ولاية الأعضاء": terms of office) is no trigger. A date right after "issued on" ("الصادر في", "publié le") is the
 * document's, not the event's.
 */
class ArabicExtensionVerbsTest {

    @Test
    void anExtensionStatedByThePastVerbTakesTheEndItsClauseStates() {
        LetterFacts byResolution = Pipelines.facts("""
                وترحب الحكومة بقرار مجلس الأمن 1494 (2003) الذي مدد بموجبه المجلس ولاية بعثة مراقبي الأمم المتحدة في جورجيا حتى 31 كانون الثاني/يناير 2004.
                """, "ar", "2003-08-04");
        assertThat(byResolution.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("extension", "UNOMIG", "2004-01-31"));
        LetterFacts byCouncil = Pipelines.facts("""
                وقد مدد مجلس الأمن ولاية قوة الأمم المتحدة لمراقبة فض الاشتباك حتى 30 حزيران/يونيه 2005.
                """, "ar", "2005-01-10");
        assertThat(byCouncil.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("extension", "UNDOF", "2005-06-30"));
    }

    @Test
    void anExtensionStatedByThePresentVerbIsRead() {
        LetterFacts f = Pipelines.facts("""
                وأود أن أبلغكم أن الحكومة تؤيد مشروع القرار الذي يمدد ولاية بعثة الأمم المتحدة في ليبريا حتى 30 أيلول/سبتمبر 2008.
                """, "ar", "2007-09-12");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("extension", "UNMIL", "2008-09-30"));
    }

    @Test
    void termsOfOfficeAreNoExtension() {
        LetterFacts f = Pipelines.facts("""
                وتتناول المذكرة انتهاء مدد ولاية أعضاء مجلس الأمن غير الدائمين في 31 كانون الأول/ديسمبر 2001.
                """, "ar", "2001-03-20");
        assertThat(f.events()).extracting(Event::type).doesNotContain("extension");
    }

    @Test
    void aDateRightAfterIssuedOnIsTheDocumentsNotTheExtensions() {
        LetterFacts en = Pipelines.facts("""
                I have the honour to transmit the statement on the extension of the mandate of the United Nations Mission
                in Sierra Leone issued on 30 March 2004 by the Ministry of Foreign Affairs.
                """, "en", "2004-04-02");
        assertThat(en.events()).extracting(Event::type, e -> e.date() == null ? null : e.date().iso())
                .doesNotContain(tuple("extension", "2004-03-30"));
        LetterFacts ar = Pipelines.facts("""
                أتشرف بأن أحيل إليكم البيان بشأن تمديد ولاية بعثة الأمم المتحدة في سيراليون الصادر في 30 آذار/مارس 2004 عن وزارة الخارجية.
                """, "ar", "2004-04-02");
        assertThat(ar.events()).extracting(Event::type, e -> e.date() == null ? null : e.date().iso())
                .doesNotContain(tuple("extension", "2004-03-30"));
    }
}
