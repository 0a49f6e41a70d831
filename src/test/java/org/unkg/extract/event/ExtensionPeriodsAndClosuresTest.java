package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Diagnostic;
import org.unkg.model.LetterFacts;

/**
 * Extensions, closures and successions as other offices and decades write them: the end of an extension's period is
 * the extension's date and no mandate end ("for a further period of twelve months, expiring on D", "لفترة سنة أخرى
 * تنتهي في D"); a mandate renewed "for an additional year" ends a year after its current end; an office that "will
 * cease its operations" (Arabic "ستنهي البعثة عملياتها") closes; a Russian mandate that "истекает" ends; the Arabic
 * establishment of a successor named in apposition is the succession's, with no unresolved subject reported.
 */
class ExtensionPeriodsAndClosuresTest {

    private static ListAssert<Tuple> events(LetterFacts f, String type) {
        return assertThat(f.events().stream().filter(e -> e.type().equals(type)).map(e -> tuple(e.entity(), e.date().iso())).toList());
    }

    @Test
    void theEndOfAnExtensionsPeriodIsTheExtensionsDateNotAMandateEnd() {
        LetterFacts en = Pipelines.facts("""
                I intend to extend the mandate of the United Nations Office for West Africa for a further period of twelve
                months, expiring on 31 December 2012.
                """, "en", "2011-11-28");
        events(en, "extension").containsExactly(tuple("UNOWA", "2012-12-31"));
        events(en, "mandate-end").isEmpty();
        LetterFacts ar = Pipelines.facts("""
                وأعتزم تمديد ولاية مكتب الأمم المتحدة لغرب أفريقيا لفترة سنة أخرى تنتهي في 31 كانون الأول/ديسمبر 2012.
                """, "ar", "2011-11-28");
        events(ar, "extension").containsExactly(tuple("UNOWA", "2012-12-31"));
        events(ar, "mandate-end").isEmpty();
        LetterFacts fr = Pipelines.facts("""
                J'ai l'intention de proroger le mandat du BINUB pour une nouvelle période de douze mois, qui prendra fin le
                31 décembre 2010.
                """, "fr", "2009-11-30");
        events(fr, "extension").containsExactly(tuple("BINUB", "2010-12-31"));
        events(fr, "mandate-end").isEmpty();
        LetterFacts es = Pipelines.facts("""
                Tengo la intención de prorrogar el mandato de la UNIOGBIS por un nuevo período de doce meses, que terminará
                el 31 de diciembre de 2011.
                """, "es", "2010-11-30");
        events(es, "extension").containsExactly(tuple("UNIOGBIS", "2011-12-31"));
        events(es, "mandate-end").isEmpty();
    }

    @Test
    void aCurrentEndStatedBeforeTheExtensionIsStillAMandateEnd() {
        LetterFacts relative = Pipelines.facts("""
                I intend to extend the mandate of the United Nations Office for West Africa, which expires on
                31 December 2011, for a further period of twelve months.
                """, "en", "2011-11-28");
        events(relative, "mandate-end").containsExactly(tuple("UNOWA", "2011-12-31"));
        LetterFacts ar = Pipelines.facts("""
                تنتهي ولاية مكتب الأمم المتحدة لغرب أفريقيا في 31 كانون الأول/ديسمبر 2011. وأعتزم تمديد ولاية المكتب لفترة سنة أخرى.
                """, "ar", "2011-11-28");
        events(ar, "mandate-end").containsExactly(tuple("UNOWA", "2011-12-31"));
        events(ar, "extension").containsExactly(tuple("UNOWA", "2012-12-31"));
    }

    @Test
    void aMandateRenewedForAnAdditionalYearEndsAYearAfterItsCurrentEnd() {
        LetterFacts f = Pipelines.facts("""
                The mandate of the United Nations Political Office for Somalia expires on 31 December 2001. I propose that the
                mandate of the Office be renewed for an additional year.
                """, "en", "2001-11-20");
        events(f, "extension").containsExactly(tuple("UNPOS", "2002-12-31"));
        events(f, "mandate-end").containsExactly(tuple("UNPOS", "2001-12-31"));
    }

    @Test
    void anOfficeThatWillCeaseItsOperationsCloses() {
        events(Pipelines.facts("""
                The United Nations Mission in Nepal will cease its operations on 15 January 2011.
                """, "en", "2010-12-20"), "closure").containsExactly(tuple("UNMIN", "2011-01-15"));
        events(Pipelines.facts("""
                وستنهي بعثة الأمم المتحدة في نيبال عملياتها في 15 كانون الثاني/يناير 2011.
                """, "ar", "2010-12-20"), "closure").containsExactly(tuple("UNMIN", "2011-01-15"));
    }

    @Test
    void operationsOfAStateThatCeaseCloseNoOffice() {
        events(Pipelines.facts("""
                The Government will cease its operations in the north on 15 January 2011, as the United Nations Mission in
                Nepal has recommended.
                """, "en", "2010-12-20"), "closure").isEmpty();
    }

    @Test
    void aRussianMandateThatExpiresEnds() {
        events(Pipelines.facts("""
                Мандат Отделения Организации Объединенных Наций для Западной Африки истекает 31 декабря 2010 года.
                """, "ru", "2010-11-30"), "mandate-end").containsExactly(tuple("UNOWA", "2010-12-31"));
    }

    @Test
    void anArabicSuccessorNamedInAppositionIsTheSuccessionsWithNoUnresolvedSubject() {
        LetterFacts f = Pipelines.facts("""
                أقترح أن ينهي مكتب الأمم المتحدة لدعم بناء السلام في غينيا بيساو أعماله في 31 كانون الأول/ديسمبر 2009، وأن ينشأ
                المكتب الذي يخلفه، وهو مكتب الأمم المتحدة المتكامل لبناء السلام في غينيا بيساو، في 1 كانون الثاني/يناير 2010.
                """, "ar", "2009-06-15");
        events(f, "establishment").containsExactly(tuple("UNIOGBIS", "2010-01-01"));
        assertThat(f.diagnostics()).extracting(Diagnostic::code).doesNotContain("event-subject-unresolved");
    }

    @Test
    void anArabicEstablishmentOfAnUnnamedOfficeIsStillReported() {
        LetterFacts f = Pipelines.facts("""
                وأقترح أن ينشأ المكتب في بيساو في 1 كانون الثاني/يناير 2010.
                """, "ar", "2009-06-15");
        assertThat(f.diagnostics()).extracting(Diagnostic::code).contains("event-subject-unresolved");
    }

    @Test
    void aClosureOnThatDateTakesTheDateStatedBefore() {
        events(Pipelines.facts("""
                The mandate of the United Nations Mission in Nepal ends on 15 January 2011. The Mission will cease its
                operations on that date.
                """, "en", "2010-12-20"), "closure").containsExactly(tuple("UNMIN", "2011-01-15"));
        events(Pipelines.facts("""
                تنتهي ولاية بعثة الأمم المتحدة في نيبال في 15 كانون الثاني/يناير 2011. وستنهي البعثة عملياتها في ذلك التاريخ.
                """, "ar", "2010-12-20"), "closure").containsExactly(tuple("UNMIN", "2011-01-15"));
    }

    @Test
    void aClosureOnThatDateAfterADocumentsDateOnlyIsUndated() {
        events(Pipelines.facts("""
                In my report dated 2 November 2010, I described the situation. The United Nations Mission in Nepal will cease
                its operations on that date.
                """, "en", "2010-12-20"), "closure").isEmpty();
    }

    @Test
    void theTerminationOfAMandateClosesTheBodyInRussianAndSpanish() {
        events(Pipelines.facts("""
                Я рекомендую прекращение мандата Миссии Организации Объединенных Наций в Непале 15 января 2011 года.
                """, "ru", "2010-12-20"), "closure").containsExactly(tuple("UNMIN", "2011-01-15"));
        events(Pipelines.facts("""
                Миссия Организации Объединенных Наций в Непале прекратит свои операции 15 января 2011 года.
                """, "ru", "2010-12-20"), "closure").containsExactly(tuple("UNMIN", "2011-01-15"));
        events(Pipelines.facts("""
                Миссия Организации Объединенных Наций в Непале выполнила свои задачи. Деятельность Миссии прекратится
                15 января 2011 года.
                """, "ru", "2010-12-20"), "closure").containsExactly(tuple("UNMIN", "2011-01-15"));
        events(Pipelines.facts("""
                Recomiendo la terminación del mandato de la Misión de las Naciones Unidas en Nepal el 15 de enero de 2011.
                """, "es", "2010-12-20"), "closure").containsExactly(tuple("UNMIN", "2011-01-15"));
    }
}
