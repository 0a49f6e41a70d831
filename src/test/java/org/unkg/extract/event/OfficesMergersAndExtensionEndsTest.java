package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * Kinds the held-out real letters missed: an office named through its head's title ("the Office of my Special Envoy
 * for the Great Lakes Region") is the catalog's office, the title alone is not; a merger named only by the body it makes
 * is that body's, "X and Y were merged" is X's; an extension's date is the end it states, not a date inside a body's
 * name ("the Commission into the terrorist bombing of 14 February 2005 ... until mid-June 2008"), nor the date of an
 * attack that occurred (Arabic وقع, also "was signed").
 */
class OfficesMergersAndExtensionEndsTest {


    private static java.util.List<String> bodies(LetterFacts f) {
        return f.mentions().stream().map(Mention::key).filter(java.util.Objects::nonNull).toList();
    }

    private static org.assertj.core.api.ListAssert<org.assertj.core.groups.Tuple> events(LetterFacts f, String type) {
        return assertThat(f.events().stream().filter(e -> e.type().equals(type)).map(e -> tuple(e.entity(), e.date().iso())).toList());
    }

    @Test
    void anOfficeNamedThroughItsHeadsTitleIsTheCatalogsOfficeInEnglishFrenchAndArabic() {
        assertThat(bodies(Pipelines.facts("""
                I have the honour to refer to the Office of my Special Envoy for the Horn of Africa, based in Addis Ababa.
                """, "en", "2019-11-06"))).contains("OSESG-HOA");
        assertThat(bodies(Pipelines.facts("""
                They take note of the activities of the Office of your Special Representative for West Africa.
                """, "en", "2009-08-10"))).contains("UNOWA");
        assertThat(bodies(Pipelines.facts("""
                le Bureau de mon Envoyé spécial pour le Sahel appuiera la mise en œuvre de la stratégie intégrée.
                """, "fr", "2013-03-28"))).contains("OSESG-SAHEL");
        assertThat(bodies(Pipelines.facts("""
                أتشرف بأن أبلغكم بأن مكتب مبعوثي الخاص إلى اليمن سيواصل دعم المشاورات.
                """, "ar", "2016-05-25"))).contains("OSESGY");
    }

    @Test
    void theTitleAloneIsAPersonsRoleNotTheOffice() {
        assertThat(bodies(Pipelines.facts("""
                I have asked my Special Envoy for the Horn of Africa, Mr. Parfait Onanga-Anyanga, and my Special Adviser on
                Cyprus, Mr. Alvaro de Soto, to remain in close contact with the parties.
                """, "en", "2019-11-06"))).doesNotContain("OSESG-HOA", "OSASG-CYPRUS");
    }

    @Test
    void aStatesOwnEnvoyIsNotTheSecretaryGeneralsOffice() {
        assertThat(bodies(Pipelines.facts("""
                The Special Envoy of the United States for the Great Lakes Region of Africa and the Office of our Special
                Envoy will continue to work with the Governments of the region.
                """, "en", "2014-08-06"))).doesNotContain("OSESG-GL");
    }

    @Test
    void aMergerNamedOnlyByTheBodyItMakesIsThatBodys() {
        events(Pipelines.facts("""
                They request you to proceed with the merger, with a view to establishing by 1 October 2008 the new United
                Nations Integrated Peacebuilding Office in Sierra Leone (UNIPSIL).
                """, "en", "2008-03-05"), "merger").containsExactly(tuple("UNIPSIL", "2008-10-01"));
        events(Pipelines.facts("""
                Je compte procéder à la fusion, en vue de la création du nouveau Département des affaires politiques et de
                la consolidation de la paix, à compter du 1er janvier 2019.
                """, "fr", "2018-11-16"), "merger").containsExactly(tuple("DPPA", "2019-01-01"));
    }

    @Test
    void bodiesMergedAreTheFirstBodysMerger() {
        events(Pipelines.facts("""
                The United Nations Office for West Africa and the Office of my Special Envoy for the Sahel were merged into
                a single office, the United Nations Office for West Africa and the Sahel (UNOWAS), effective 27 January 2016.
                """, "en", "2016-01-26"), "merger").containsExactly(tuple("UNOWA", "2016-01-27"));
    }

    @Test
    void anExtensionsDateIsTheEndItStatesNotADateInsideTheBodysName() {
        events(Pipelines.facts("""
                The Government requests that the Council extend the mandate of the International Independent Investigation
                Commission into the terrorist bombing of 14 February 2005 in Beirut until mid-June 2008.
                """, "en", "2007-10-24"), "extension").containsExactly(tuple("UNIIIC", "2008-06"));
        events(Pipelines.facts("""
                Le Gouvernement demande que le Conseil proroge le mandat de la Commission d'enquête internationale
                indépendante sur l'attentat terroriste du 14 février 2005, jusqu'à la mi-juin 2007.
                """, "fr", "2006-05-04"), "extension").containsExactly(tuple("UNIIIC", "2007-06"));
        LetterFacts ar = Pipelines.facts("""
                أتشرف بأن أنقل إليكم طلب الحكومة اللبنانية أن يقوم مجلس الأمن بتمديد ولاية لجنة التحقيق الدولية المستقلة في الهجوم الإرهابي الذي وقع في بيروت في 14 شباط/فبراير 2005 حتى منتصف حزيران/يونيه 2007.
                """, "ar", "2006-05-04");
        events(ar, "extension").containsExactly(tuple("UNIIIC", "2007-06"));
        events(ar, "signature").isEmpty();
    }

    @Test
    void aRangesStartStaysTheExtensionsDate() {
        // "from D1 to D2": the start is kept where it opens the range the end closes
        events(Pipelines.facts("""
                I intend to extend the mandate of the United Nations Office for West Africa for another three years, from
                1 January 2008 to 31 December 2010.
                """, "en", "2007-11-28"), "extension").containsExactly(tuple("UNOWA", "2008-01-01"));
    }
}
