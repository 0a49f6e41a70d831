package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;

/**
 * A body's establishment stated after its name, as letters recalling a mission's history put it: in a participle
 * clause ("UNPOS, established on 15 April 1995, continues"), in a relative clause in French and Arabic, and with a list
 * of its member States in apposition, over the project's catalog between the subject and the verb ("The SCO, comprising China, ..., was
 * established"); and what gives no establishment.
 */
class EstablishmentAfterTheNameTest {


    private static org.assertj.core.api.ListAssert<org.assertj.core.groups.Tuple> establishments(LetterFacts f) {
        return assertThat(f.events().stream().filter(e -> e.type().equals("establishment"))
                .map(e -> tuple(e.entity(), e.date().iso())).toList());
    }

    @Test
    void aParticipleClauseAfterTheNameDatesTheEstablishment() {
        establishments(Pipelines.facts("""
                The United Nations Political Office for Somalia (UNPOS), established on 15 April 1995, continues to
                advance the cause of peace and reconciliation.
                """, "en", "2008-01-24")).containsExactly(tuple("UNPOS", "1995-04-15"));
        establishments(Pipelines.facts("""
                The Organization recalls the United Nations Operation in Mozambique (ONUMOZ), established in
                December 1992, and its role in the elections.
                """, "en", "1996-03-01")).containsExactly(tuple("ONUMOZ", "1992-12"));
    }

    @Test
    void aRelativeClauseInFrenchAndArabicDatesTheEstablishment() {
        establishments(Pipelines.facts("""
                La Mission d'observation des Nations Unies en Géorgie (MONUG), créée le 24 août 1993 par la
                résolution 858 (1993), poursuit ses activités.
                """, "fr", "2002-09-20")).containsExactly(tuple("UNOMIG", "1993-08-24"));
        establishments(Pipelines.facts("""
                أتشرف بأن أشير إلى بعثة الأمم المتحدة في ليبريا، التي أنشئت في 19 أيلول/سبتمبر 2003 بموجب القرار 1509 (2003).
                """, "ar", "2010-08-02")).containsExactly(tuple("UNMIL", "2003-09-19"));
    }

    @Test
    void aSpanishOrRussianParticipleAfterTheNameDatesTheEstablishment() {
        establishments(Pipelines.facts("""
                Tengo el honor de referirme a la Misión de Observadores de las Naciones Unidas en Sierra Leona (UNOMSIL),
                creada el 13 de julio de 1998, y a su labor.
                """, "es", "1999-06-01")).containsExactly(tuple("UNOMSIL", "1998-07-13"));
        establishments(Pipelines.facts("""
                La Operación de las Naciones Unidas en Burundi (ONUB), establecida en junio de 2004, ha concluido su labor.
                """, "es", "2006-12-01")).containsExactly(tuple("ONUB", "2004-06"));
        establishments(Pipelines.facts("""
                Миссия Организации Объединенных Наций в Сьерра-Леоне (МООНСЛ), учрежденная 22 октября 1999 года,
                продолжает свою работу.
                """, "ru", "2003-03-01")).containsExactly(tuple("UNAMSIL", "1999-10-22"));
    }

    @Test
    void aSpanishParticipleWithoutADateGivesNoEstablishment() {
        establishments(Pipelines.facts("""
                La Oficina de las Naciones Unidas en Burundi (UNOB), establecida por el Secretario General, sigue su labor.
                """, "es", "2003-01-10")).isEmpty();
    }

    @Test
    void aListOfMemberStatesInAppositionDoesNotSeparateTheSubjectFromItsVerb() {
        establishments(Pipelines.facts("""
                The Southern African Development Community, comprising Angola, Botswana, Lesotho, Malawi, Mozambique,
                Namibia, Swaziland, the United Republic of Tanzania, Zambia and Zimbabwe, was established in Windhoek on
                17 August 1992.
                """, "en", "1999-05-03")).containsExactly(tuple("SADC", "1992-08-17"));
        establishments(Pipelines.facts("""
                L'Union du Maghreb arabe, qui regroupe l'Algérie, la Jamahiriya arabe libyenne, le Maroc, la Mauritanie
                et la Tunisie, a été créée le 17 février 1989.
                """, "fr", "2001-05-03")).containsExactly(tuple("UMA", "1989-02-17"));
    }

    @Test
    void aClauseWithoutADateOrWithWordsBesidesAListGivesNoEstablishment() {
        // no date in the clause: a historical fact the letter does not date
        establishments(Pipelines.facts("""
                The United Nations Political Office for Somalia (UNPOS), established in Nairobi, continues its work.
                """, "en", "2008-01-24")).isEmpty();
        // the words between the organization and the verb are a sentence of their own, not a member list
        establishments(Pipelines.facts("""
                The Southern African Development Community welcomed the progress made by Angola, Namibia and other
                States in the region, whose national commission was established on 3 March 1999.
                """, "en", "1999-05-03")).isEmpty();
    }
}
