package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

class EventExtractorTest {

    private static List<String> events(LetterFacts f) {
        return f.events().stream().map(e -> e.type() + " " + e.entity() + " " + e.date().iso()).toList();
    }

    @Test
    void datesAnExtensionByTheNewEndOfItsPeriod() throws Exception {
        LetterFacts f = Lifecycle.read("""
                In view of the request of the Government, it is my intention to extend the mandate of the
                United Nations Observer Mission in Georgia for a further period of six months, until 15 October 2008.
                """, "en", "2008-04-02");
        assertThat(events(f)).containsExactly("extension UNOMIG 2008-10-15");
    }

    @Test
    void readsArabicExtensionWithUntil() throws Exception {
        LetterFacts f = Lifecycle.read("""
                واستجابة لطلب حكومة جورجيا، فإني أعتزم مواصلة أنشطة بعثة مراقبي الأمم المتحدة في جورجيا لفترة ستة أشهر أخرى حتى ١٥ تشرين الأول/أكتوبر ٢٠٠٨.
                """, "ar", "2008-04-02");
        assertThat(events(f)).containsExactly("extension UNOMIG 2008-10-15");
    }

    @Test
    void givesAnAnnouncedEstablishmentAndClosureTheLetterDate() throws Exception {
        LetterFacts f = Lifecycle.read("""
                I wish to inform the members of the Security Council of my intention to establish a United Nations
                Regional Centre for Preventive Diplomacy in Ashgabat. The Centre would be established in parallel
                with the phasing down and closure of the United Nations Tajikistan Office of Peacebuilding.
                """, "en", "2007-05-07");
        assertThat(events(f)).containsExactlyInAnyOrder("establishment UNRCCA 2007-05-07", "closure UNTOP 2007-05-07");
        assertThat(f.events()).extracting(Event::status).doesNotContainNull();
    }

    @Test
    void readsArabicClosureAndEstablishmentThroughAnaphora() throws Exception {
        LetterFacts f = Lifecycle.read("""
                أود إبلاغ أعضاء مجلس الأمن باعتزامي إنشاء مركز إقليمي للأمم المتحدة للدبلوماسية الوقائية في عشق أباد. وسينشأ هذا المركز بالتوازي مع التصفية التدريجية لمكتب الأمم المتحدة لبناء السلام في طاجيكستان وإغلاقه.
                """, "ar", "2007-05-07");
        assertThat(events(f)).containsExactlyInAnyOrder("establishment UNRCCA 2007-05-07", "closure UNTOP 2007-05-07");
    }

    @Test
    void takesTheStartOfAnInitialPeriodAsTheEstablishmentDate() throws Exception {
        LetterFacts f = Lifecycle.read("""
                I therefore propose that a United Nations Peace-building Support Office be established in Tajikistan.
                The Peace-building Support Office in Tajikistan would be established for an initial period of one
                year from 1 June 2000.
                """, "en", "2000-05-26");
        assertThat(events(f)).contains("establishment UNTOP 2000-06-01").allMatch(e -> e.contains("UNTOP"));
    }

    @Test
    void emitsNoEventForAPastEstablishmentWithoutADate() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The United Nations Tajikistan Office of Peacebuilding (UNTOP) was established to assist the
                post-conflict stabilization in Tajikistan. UNTOP organized training in 2004.
                """, "en", "2005-05-10");
        assertThat(f.events()).isEmpty();
    }

    @Test
    void readsWithdrawalOfAShortenedMissionNameByTheLettersCountry() throws Exception {
        LetterFacts f = Lifecycle.read("""
                ساعد المكتب حكومة طاجيكستان. فبعد أن سحبت بعثة مراقبي الأمم المتحدة في عام ٢٠٠٠، أصبح المكتب يوفر الإطار السياسي في طاجيكستان.
                """, "ar", "2005-05-10");
        assertThat(events(f)).containsExactly("withdrawal UNMOT 2000");
    }

    @Test
    void datesAnElectionByMonthAndGivesItTheLettersState() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The peace process in Liberia has progressed. The Office supported the presidential elections of
                October 2005 across all counties.
                """, "en", "2006-01-10");
        assertThat(events(f)).containsExactly("election LBR 2005-10");
    }

    @Test
    void readsTreatyEventsOfAnOrganizationWithSameYearDate() throws Exception {
        LetterFacts f = Lifecycle.read("""
                ٢ - ويتمثل هدف منظمة معاهدة الأمن الجماعي، التي غدت منظمة دولية إقليمية عند بدء نفاذ ميثاقها في ١٨ أيلول/سبتمبر ٢٠٠٣ والتي سُجلت لدى الأمانة العامة للأمم المتحدة في ١٦ كانون الأول/ديسمبر من العام نفسه، في تعزيز السلام.

                ٣ - وتحظى منظمة معاهدة الأمن الجماعي بمركز مراقب لدى الجمعية العامة منذ عام ٢٠٠٤.

                ٤ - وقد بدأ نفاذ الاتفاق (التي وقعت في ٦ تشرين الأول/أكتوبر ٢٠٠٧ خلال إحدى دورات مجلس الأمن الجماعي) في ١٦ كانون الثاني/يناير ٢٠٠٩.
                """, "ar", "2009-07-14");
        assertThat(events(f)).containsExactlyInAnyOrder(
                "entry-into-force CSTO 2003-09-18", "registration CSTO 2003-12-16", "observer-status CSTO 2004",
                "signature CSTO 2007-10-06", "entry-into-force CSTO 2009-01-16");
    }

    @Test
    void keepsTheMorePreciseDateOfOneEvent() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The Collective Security Treaty Organization has had observer status in the General Assembly since 2004.

                Recalling its resolution 59/50 of 2 December 2004, by which the Collective Security Treaty
                Organization was granted observer status in the General Assembly,
                """, "en", "2009-07-14");
        assertThat(events(f)).containsExactly("observer-status CSTO 2004-12-02");
    }

    @Test
    void datesAMeetingByTheDayItWasHeldNotTheLetterDate() throws Exception {
        LetterFacts f = Lifecycle.read("""
                رسالة مؤرخة 25 نيسان/أبريل 2003 موجهة إلى الأمين العام يشرفني أن أرفق طيه ملخصا للجلسة العلنية التي عقدها مجلس الأمن بشأن موضوع "مجلس الأمن والمنظمات الإقليمية: مواجهة التحديات"، المعقود في 11 نيسان/أبريل 2003. عقد مجلس الأمن، يوم 11 نيسان/أبريل 2003، جلسة رفيعة المستوى.
                """, "ar", "2003-04-25");
        assertThat(events(f)).containsExactly("meeting UNSC 2003-04-11");
    }

    @Test
    void readsNoEventsInAMandatesTaskList() throws Exception {
        LetterFacts f = Lifecycle.read("""
                The Centre would have the following functions:
                • To support the establishment of the United Nations Regional Centre for Preventive Diplomacy network.
                • To liaise with the Governments of the region.
                """, "en", "2007-05-07");
        assertThat(f.events()).isEmpty();
    }
}
