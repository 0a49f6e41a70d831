package org.unkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.catalog.Catalog;
import org.unkg.extract.fact.Event;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Party;
import org.unkg.text.LetterReader;

/** Whole-pipeline checks on hand-written letters phrased the ways real UN letters vary, over the real catalog. */
class GenreVariantsTest {
    private static ExtractionPipeline pipeline;
    private static LetterReader reader;

    @BeforeAll
    static void load() throws Exception {
        Catalog catalog = Catalog.load(Path.of("data", "catalog"));
        pipeline = new ExtractionPipeline(Extractors.defaults(), new ExtractionContext(catalog));
        reader = catalog.reader();
    }

    private static LetterFacts run(String name, String text) throws Exception {
        return pipeline.run(reader.read(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anOfficeMaintainedForAFurtherPeriodUntilADateIsAnExtensionToThatDate() throws Exception {
        LetterFacts f = run("en.txt", """
                Letter dated 22 June 2010 from the Secretary-General addressed to the President of the Security Council
                The Council extended the mandate of the United Nations Integrated Peacebuilding Office in Sierra Leone
                (UNIPSIL) until 30 September 2010. I intend to maintain UNIPSIL for a further period of one year,
                until 30 September 2011.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(org.assertj.core.groups.Tuple.tuple("extension", "UNIPSIL", "2011-09-30"));
    }

    @Test
    void anArabicLetterFromAPermanentDelegateNamesItsStateAndSigner() throws Exception {
        LetterFacts f = run("ar.txt", "رسالة مؤرخة 3 آذار/مارس 2011 موجهة إلى الأمين العام من المندوب الدائم لمصر لدى الأمم المتحدة"
                + " يشرفني أن أحيل إليكم البيان. (توقيع) ماجد عبد العزيز السفير المندوب الدائم");
        Party sender = f.parties().stream().filter(p -> p.slot() == Party.Slot.SENDER).findFirst().orElseThrow();
        assertThat(sender.role()).isEqualTo("permanent-representative");
        assertThat(sender.state()).isEqualTo("EGY");
        assertThat(f.signatories().get(0).name()).isEqualTo("ماجد عبد العزيز");
    }

    @Test
    void aSessionOfAnotherOrganizationsCouncilHeldOnADayIsAMeeting() throws Exception {
        LetterFacts f = run("ar2.txt", "رسالة مؤرخة 5 أيار/مايو 2012 موجهة إلى الأمين العام من الممثل الدائم للأردن لدى الأمم المتحدة"
                + " أتشرف بأن أحيل إليكم القرار الصادر عن مجلس جامعة الدول العربية في دورته العادية المعقودة في القاهرة يوم 3 أيار/مايو 2012.");
        assertThat(f.events()).extracting(Event::type, e -> e.date().iso())
                .contains(org.assertj.core.groups.Tuple.tuple("meeting", "2012-05-03"));
    }

    @Test
    void aTwoColumnHeaderGivesSymbolIssuedDateAndAJointSender() throws Exception {
        LetterFacts f = run("ga.txt", """
                United Nations                                            A/65/150

                General Assembly                         Distr.: General
                                                         20 July 2010

                                                         Original: French
                Sixty-fifth session
                Letter dated 15 July 2010 from the Permanent Representatives of Chad and
                Niger to the United Nations addressed to the Secretary-General
                We have the honour to refer to resolution 64/100.
                """);
        assertThat(f.meta(org.unkg.extract.fact.MetaField.SYMBOL).orElseThrow().value()).isEqualTo("A/65/150");
        assertThat(f.meta(org.unkg.extract.fact.MetaField.ISSUED).orElseThrow().value()).isEqualTo("2010-07-20");
        assertThat(f.references()).extracting(org.unkg.extract.fact.Reference::symbol).doesNotContain("A/65/150");
        Party sender = f.parties().stream().filter(p -> p.slot() == Party.Slot.SENDER).findFirst().orElseThrow();
        assertThat(sender.role()).isEqualTo("permanent-representative");
        assertThat(sender.state()).isEqualTo("TCD");
        assertThat(f.mentions()).extracting(org.unkg.extract.fact.Mention::key).contains("TCD", "NER");
    }

    @Test
    void anArabicPastTenseWithdrawalIsDatedByTheMonthTheLetterGives() throws Exception {
        LetterFacts f = run("ar3.txt", "رسالة مؤرخة 15 كانون الأول/ديسمبر 2010 موجهة من الأمين العام إلى رئيس مجلس الأمن\n"
                + "وقد انسحبت آخر وحدات بعثة الأمم المتحدة في جمهورية أفريقيا الوسطى وتشاد من تشاد في تشرين الثاني/نوفمبر 2010.");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(org.assertj.core.groups.Tuple.tuple("withdrawal", "MINURCAT", "2010-11"));
    }

    @Test
    void theCommitteeAndItsExecutiveDirectorateAreTwoBodies() throws Exception {
        LetterFacts f = run("en2.txt", "Letter dated 2 May 2012 from the Chargé d'affaires a.i. of the Permanent Mission of Kenya"
                + " to the United Nations addressed to the Secretary-General\nWe welcome the work of the Counter-Terrorism"
                + " Committee and its Executive Directorate in the region.");
        assertThat(f.mentions()).extracting(org.unkg.extract.fact.Mention::key).contains("CTC", "CTED");
    }
}
