package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.model.DiscoveredBody;
import org.unkg.model.Head;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Task;

/** Mandates, new bodies, memberships, seats and heads read from hand-written letters of the genre. */
class BodyFactsTest {
    private static final String WEST_AFRICA_EN = """
            Letter dated 26 November 2001 from the Secretary-General addressed to the President of the Security Council
            Following consultations with the Governments of the subregion, I propose the establishment of a United
            Nations Office for West Africa in Dakar, for an initial period of three years from 1 January 2002.
            The Office would be entrusted with the following mandate:
            (a) To enhance linkages in the work of the United Nations in the subregion;
            (b) To liaise with and assist the Economic Community of West African States;
            (c) To carry out good offices roles in the countries of the subregion;
            (d) To report to Headquarters on key developments of subregional significance.
            I further propose that the Office be headed by a Special Representative of the Secretary-General at
            the Under-Secretary-General level.
            """;

    @Test
    void discoversANewOfficeWithItsMandateSeatAndEstablishment() throws Exception {
        LetterFacts f = Lifecycle.read(WEST_AFRICA_EN, "en", "2001-11-26");
        assertThat(f.discovered()).extracting(DiscoveredBody::key, DiscoveredBody::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNOWA", "United Nations Office for West Africa"));
        assertThat(f.mandates()).singleElement().satisfies(m -> {
            assertThat(m.entity()).isEqualTo("UNOWA");
            assertThat(m.tasks()).extracting(Task::order).containsExactly(1, 2, 3, 4);
            assertThat(m.tasks().get(3).text()).startsWith("To report to Headquarters");
        });
        assertThat(f.seats()).extracting(s -> s.entity() + " " + s.place()).containsExactly("UNOWA dakar");
        assertThat(f.events()).extracting(e -> e.type() + " " + e.entity() + " " + e.date().iso())
                .containsExactly("establishment UNOWA 2002-01-01");
    }

    @Test
    void mintsTheKeyFromTheAcronymTheLetterGives() throws Exception {
        LetterFacts f = Lifecycle.read("""
                I intend to proceed with the establishment of a United Nations Integrated Peacebuilding Office in
                Sierra Leone (UNIPSIL) from 1 October 2008.
                """, "en", "2008-08-01");
        assertThat(f.discovered()).extracting(DiscoveredBody::key).containsExactly("UNIPSIL");
    }

    @Test
    void readsArabicMandateInLetteredItems() throws Exception {
        LetterFacts f = Lifecycle.read("""
                ولذلك أقترح إنشاء مكتب للأمم المتحدة لدعم بناء السلام في طاجيكستان لفترة محدودة. وستناط بالمكتب الولاية التالية: (أ) توفير الإطار السياسي لأنشطة بناء السلام؛ (ب) تعبئة الدعم الدولي؛ (ج) المساعدة في تهيئة بيئة تمكن من ترسيخ السلام؛ (د) الاتصال بالحكومة والأحزاب السياسية. (هـ) هذه فقرة أخرى لا صلة لها. ويكون إنشاء المكتب لفترة مبدئية مدتها عام واحد تبدأ في 1 حزيران/يونيه 2000.
                """, "ar", "2000-05-26");
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNTOP", 5));
        assertThat(f.discovered()).isEmpty();
        assertThat(f.events()).extracting(e -> e.type() + " " + e.entity() + " " + e.date().iso())
                .contains("establishment UNTOP 2000-06-01");
    }

    @Test
    void readsMandateInBulletsAfterAFunctionsCue() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The United Nations Regional Centre for Preventive Diplomacy for Central Asia would have, inter alia, the following functions:
                • To liaise with the Governments of the region on issues relevant to preventive diplomacy.
                • To monitor and analyse the situation on the ground.
                • To maintain contact with the Organization for Security and Cooperation in Europe.
                I should be grateful if you would bring the present letter to the attention of the members of the Council.
                """, "en", "2007-05-07");
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNRCCA", 3));
        assertThat(f.mandates().get(0).tasks().get(2).text()).doesNotContain("grateful");
    }

    @Test
    void readsNoMandateFromOperativeParagraphsOfADraftResolution() throws Exception {
        LetterFacts f = Lifecycle.read("""
                إن الجمعية العامة،
                ١ - تحيط علما بنشاط منظمة معاهدة الأمن الجماعي؛
                ٢ - تلاحظ أهمية تعزيز الحوار؛
                ٣ - تطلب إلى الأمين العام أن يقدم تقريرا.
                """, "ar", "2009-07-14");
        assertThat(f.mandates()).isEmpty();
    }

    @Test
    void readsMembersOfAnOrganizationFromAnArabicList() throws Exception {
        LetterFacts f = Lifecycle.read("""
                ومن بين الدول الأعضاء في منظمة معاهدة الأمن الجماعي الاتحاد الروسي، وأرمينيا، وبيلاروس، وكازاخستان. ويتمثل هدف المنظمة في تعزيز السلام مع طاجيكستان.
                """, "ar", "2009-07-14");
        assertThat(f.memberships()).singleElement().satisfies(m -> {
            assertThat(m.organization()).isEqualTo("CSTO");
            assertThat(m.members()).containsExactly("RUS", "ARM", "BLR", "KAZ");
        });
    }

    @Test
    void readsMembersOfAnOrganizationFromAnEnglishList() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The member States of the Collective Security Treaty Organization are Armenia, Belarus, Kazakhstan and
                the Russian Federation.
                """, "en", "2009-07-14");
        assertThat(f.memberships()).singleElement().satisfies(m -> assertThat(m.members())
                .containsExactly("ARM", "BLR", "KAZ", "RUS"));
    }

    @Test
    void readsTheHeadOfAnOfficeWithItsGrade() throws Exception {
        LetterFacts f = Lifecycle.read("""
                I recommend that the United Nations Tajikistan Office of Peacebuilding be headed by a Representative
                of the Secretary-General at the D-2 level who will be assisted by a small team.
                """, "en", "2000-05-26");
        assertThat(f.heads()).extracting(Head::entity, Head::post, Head::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNTOP", "Representative of the Secretary-General", "D-2"));
    }

    @Test
    void readsArabicHeadGradeAsEnglishCode() throws Exception {
        LetterFacts f = Lifecycle.read("""
                وفي ضوء ما سلف، أقترح أن يتولى رئاسة مكتب الأمم المتحدة لدعم بناء السلام في طاجيكستان ممثل للأمين العام من الرتبة مد - 2، يساعده فريق صغير.
                """, "ar", "2000-05-26");
        assertThat(f.heads()).extracting(Head::entity, Head::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNTOP", "D-2"));
    }

    @Test
    void readsSeatFromAHeadquartersCue() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The United Nations Regional Centre for Preventive Diplomacy for Central Asia, headquartered in Ashgabat,
                began its work in December 2007.
                """, "en", "2008-01-10");
        assertThat(f.seats()).extracting(s -> s.entity() + " " + s.place()).containsExactly("UNRCCA ashgabat");
    }
}
