package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * A document's cue may name where the document was issued, adopted or signed between its words and its date ("the
 * communiqué issued in Tbilisi on 4 July 1998", "l'accord signé à Lusaka le ...", "البيان الصادر في ... في ...",
 * "в заявлении, принятом в Москве 14 мая ..."): that date is still the document's, so the event the sentence states
 * (an extension welcomed, an establishment requested) takes the letter's date, as it does when no place stands
 * between. A body established at a place on a date keeps that date.
 */
class DocumentPlaceDatesTest {

    private static void datedByTheLetter(LetterFacts facts, String type, String entity, String letterDate, String documentDate) {
        assertThat(facts.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple(type, entity, letterDate))
                .doesNotContain(tuple(type, entity, documentDate));
    }

    @Test
    void aPlaceBetweenIssuedAndTheDateLeavesTheDateTheDocuments() {
        LetterFacts en = Pipelines.facts("""
                The Government of Georgia welcomes the extension of the mandate of the United Nations Observer Mission in
                Georgia (UNOMIG), as called for in the communiqué issued in Tbilisi on 4 July 1998.
                """, "en", "1998-07-10");
        datedByTheLetter(en, "extension", "UNOMIG", "1998-07-10", "1998-07-04");
        LetterFacts twoWords = Pipelines.facts("""
                The Ministers welcome the establishment of the United Nations Observer Mission in Angola (MONUA), as set out
                in the declaration adopted at Addis Ababa on 12 June 1997.
                """, "en", "1997-06-20");
        datedByTheLetter(twoWords, "establishment", "MONUA", "1997-06-20", "1997-06-12");
    }

    @Test
    void frenchSpanishArabicAndRussianDocumentsIssuedAtAPlace() {
        LetterFacts fr = Pipelines.facts("""
                Les parties se félicitent de la création de la MINURCA, prévue par l'accord signé à Libreville le
                15 mars 1998.
                """, "fr", "1998-03-30");
        datedByTheLetter(fr, "establishment", "MINURCA", "1998-03-30", "1998-03-15");
        LetterFacts es = Pipelines.facts("""
                Las partes acogen con beneplácito el establecimiento de la Misión de Observadores de las Naciones Unidas en
                Liberia (UNOMIL), prevista en el Acuerdo firmado en Cotonú el 25 de julio de 1993.
                """, "es", "1993-08-05");
        datedByTheLetter(es, "establishment", "UNOMIL", "1993-08-05", "1993-07-25");
        LetterFacts ar = Pipelines.facts("""
                ورحب الوزراء بتمديد ولاية بعثة مراقبي الأمم المتحدة في جورجيا، على النحو الوارد في البيان الصادر في تبليسي في 4 تموز/يوليه 1998.
                """, "ar", "1998-07-10");
        datedByTheLetter(ar, "extension", "UNOMIG", "1998-07-10", "1998-07-04");
        LetterFacts ru = Pipelines.facts("""
                Главы государств приветствуют продление мандата Миссии наблюдателей Организации Объединенных Наций в
                Таджикистане, предусмотренное в заявлении, принятом в Москве 14 мая 1997 года.
                """, "ru", "1997-05-20");
        datedByTheLetter(ru, "extension", "UNMOT", "1997-05-20", "1997-05-14");
    }

    @Test
    void aBodyEstablishedAtAPlaceOnADateKeepsThatDate() {
        LetterFacts en = Pipelines.facts("""
                The United Nations Observer Mission in Georgia (UNOMIG) was established in Sukhumi on 24 August 1993,
                as set out in the statement issued by the parties on 14 May 1993.
                """, "en", "1993-09-01");
        assertThat(en.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("establishment", "UNOMIG", "1993-08-24"));
    }
}
