package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Task;

/**
 * Mandates stated in layouts of other offices and decades: a paragraph of clauses ("will be to ..., to ... and to
 * ..."), "the following" between the cue and the list, an annex's terms of reference followed by "The Office will:",
 * an Arabic office named after the one it succeeds (its seat too, not a partner's unless a clause right after the
 * partner gives it); and what is no mandate (a preposition's run, a mandate only
 * recalled from a resolution).
 */
class MandateLayoutsTest {

    /** The production pipeline with the project's catalog, which holds the offices these letters name. */
    private static LetterFacts read(String text, String language, String date) {
        return org.unkg.extract.Pipelines.facts(org.unkg.extract.Pipelines.PROJECT_CATALOG, text, language, date);
    }

    @Test
    void readsTheTasksOfAParagraphOfClausesWithoutColonOrMarkers() throws Exception {
        LetterFacts f = read("""
                I propose to establish a United Nations Integrated Peacebuilding Office in Guinea-Bissau (UNIOGBIS).
                The mandate of the new Office will be to assist the Peacebuilding Commission in its engagement, to
                strengthen national institutions, to support the reform of the security sector and to coordinate the
                work of the United Nations system in the country. I should be grateful if you would inform the Council.
                """, "en", "2008-12-01");
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size())
                .containsExactly(Tuple.tuple("UNIOGBIS", 4));
        assertThat(f.mandates().get(0).tasks()).extracting(Task::text)
                .last().asString().startsWith("to coordinate").doesNotContain("grateful");
    }

    @Test
    void readsNoTasksWhereToIsAPrepositionBeforeAnArticle() throws Exception {
        LetterFacts f = read("""
                I propose to establish a United Nations Integrated Peacebuilding Office in Guinea-Bissau (UNIOGBIS).
                The mandate of the new Office will be to provide support to the Government, to the Peacebuilding
                Commission and to the civil society of the country.
                """, "en", "2008-12-01");
        assertThat(f.mandates()).isEmpty();
    }

    @Test
    void readsAListAfterTheFollowingThatEndsTheCue() throws Exception {
        LetterFacts f = read("""
                I propose that it be succeeded by a United Nations Integrated Peacebuilding Office in Sierra Leone (UNIPSIL).
                The mandate of UNIPSIL would comprise the following:
                (a) Providing political support to national efforts;
                (b) Monitoring and promoting human rights;
                (c) Supporting the work of the Peacebuilding Commission.
                """, "en", "2008-02-01");
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size())
                .containsExactly(Tuple.tuple("UNIPSIL", 3));
    }

    @Test
    void readsTermsOfReferenceInAnAnnexWhereTheOfficeWillListsItsTasksInIndentedBullets() throws Exception {
        LetterFacts f = read("""
                The terms of reference are set out in the annex to the present letter.

                Annex

                Terms of reference of the United Nations Office for West Africa and the Sahel

                The Office will:

                            • Monitor political developments in the subregion;

                            • Enhance subregional capacities to address cross-border threats;

                            • Promote good governance and respect for the rule of law.
                """, "en", "2016-01-28");
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size())
                .containsExactly(Tuple.tuple("UNOWAS", 3));
    }

    @Test
    void readsTheArabicMandateAsTheNewOfficesNotTheOneItSucceeds() throws Exception {
        LetterFacts f = read("""
                أتشرف بأن أقترح إنشاء مكتب الأمم المتحدة المتكامل لبناء السلام في سيراليون ليخلف مكتب الأمم المتحدة المتكامل في سيراليون، اعتبارا من 1 تشرين الأول/أكتوبر 2008، على أن يكون مقره في فريتاون. وتتمثل ولاية المكتب فيما يلي:
                (أ) تقديم الدعم السياسي للجهود الوطنية؛
                (ب) رصد حقوق الإنسان وتعزيزها؛
                (ج) دعم عمل لجنة بناء السلام.
                """, "ar", "2008-02-01");
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size())
                .containsExactly(Tuple.tuple("UNIPSIL", 3));
        assertThat(f.seats()).extracting(s -> s.entity()).containsExactly("UNIPSIL");
    }

    @Test
    void readsNoMandateFromAMandateRecalledFromAResolutionOrTheGovernmentsPriorities() throws Exception {
        LetterFacts f = read("""
                The mandate of the United Nations Assistance Mission for Iraq (UNAMI), as set out in resolution 1770
                (2007), expires on 7 August 2010. The Government has listed its priorities as follows: (a) the holding
                of the census; (b) the settlement of disputed internal boundaries; (c) the return of displaced persons.
                """, "en", "2010-07-22");
        assertThat(f.mandates()).isEmpty();
    }

    @Test
    void readsAFrenchParagraphOfInfinitivesButNotTheNounsAfterDe() throws Exception {
        LetterFacts f = read("""
                Le mandat du Bureau d'appui des Nations Unies pour la consolidation de la paix en République
                centrafricaine (BONUCA) vient à expiration le 31 décembre 2004. Le mandat révisé du Bureau sera
                d'appuyer le dialogue entre les partis politiques, de renforcer les capacités des institutions de
                police, de justice et de défense et de promouvoir le respect des droits de l'homme.
                """, "fr", "2004-10-06");
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size())
                .containsExactly(Tuple.tuple("BONUCA", 3));
    }

    @Test
    void givesAPartnerTheSeatOfAClauseRightAfterItNotTheOfficeNamedBefore() throws Exception {
        LetterFacts f = read("""
                وتعمل بعثة الأمم المتحدة المتكاملة للمساعدة في الفترة الانتقالية في السودان بالتنسيق مع مفوضية الاتحاد الأفريقي، التي يوجد مقرها في أديس أبابا.
                """, "ar", "2021-01-10");
        assertThat(f.seats()).extracting(s -> s.entity()).doesNotContain("UNITAMS");
    }
}
