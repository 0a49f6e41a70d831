package org.unkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;

/** Whole-pipeline checks on hand-written letters phrased the ways real UN letters vary, over the real catalog. */
class GenreVariantsTest {
    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    /** Letters that state an event: the behaviour pinned, the letter's file name and text, the event's type, body and date. */
    static Stream<Arguments> statedEvents() {
        return Stream.of(
                Arguments.of("anOfficeMaintainedForAFurtherPeriodUntilADateIsAnExtensionToThatDate", "en.txt", """
                        Letter dated 22 June 2010 from the Secretary-General addressed to the President of the Security Council
                        The Council extended the mandate of the United Nations Integrated Peacebuilding Office in Sierra Leone
                        (UNIPSIL) until 30 September 2010. I intend to maintain UNIPSIL for a further period of one year,
                        until 30 September 2011.
                        (Signed) Ban Ki-moon
                        """,
                        "extension", "UNIPSIL", "2011-09-30"),
                Arguments.of("anArabicPastTenseWithdrawalIsDatedByTheMonthTheLetterGives", "ar3.txt", "رسالة مؤرخة 15 كانون الأول/ديسمبر 2010 موجهة من الأمين العام إلى رئيس مجلس الأمن\n"
                        + "وقد انسحبت آخر وحدات بعثة الأمم المتحدة في جمهورية أفريقيا الوسطى وتشاد من تشاد في تشرين الثاني/نوفمبر 2010.",
                        "withdrawal", "MINURCAT", "2010-11"),
                Arguments.of("theWithdrawalOfItsComponentIsTheWithdrawalOfTheMissionNamedBefore", "minurcat.txt", """
                        Letter dated 11 December 2009 from the Secretary-General addressed to the President of the Security Council
                        I wish to inform you that the United Nations Mission in the Central African Republic and Chad (MINURCAT)
                        will complete the withdrawal of its military component by December 2010.
                        (Signed) BAN Ki-moon
                        """,
                        "withdrawal", "MINURCAT", "2010-12"),
                Arguments.of("anOfficeThatWillContinueItsActivitiesUntilADateIsExtendedToIt", "uniosil.txt", """
                        Letter dated 21 December 2006 from the Secretary-General addressed to the President of the Security Council
                        I wish to inform you that the United Nations Integrated Office in Sierra Leone (UNIOSIL) will continue its
                        activities until 31 December 2007.
                        (Signed) Kofi A. Annan
                        """,
                        "extension", "UNIOSIL", "2007-12-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statedEvents")
    void theLetterStatesTheEvent(String behaviour, String file, String text, String type, String body, String date) throws Exception {
        assertThat(run(file, text).events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(org.assertj.core.groups.Tuple.tuple(type, body, date));
    }

    /** Letters whose words might be read as an event they do not state: the behaviour pinned, the letter, the event not read. */
    static Stream<Arguments> eventsNotStated() {
        return Stream.of(
                Arguments.of("aDatePastTheTriggerOfAnotherKindOfEventIsThatEventsDate", "unowa.txt", """
                        Letter dated 14 December 2010 from the Secretary-General addressed to the President of the Security Council
                        I have the honour to refer to the exchange of letters concerning the establishment of the United Nations
                        Office for West Africa (UNOWA) in Dakar, and to my letter concerning the extension of its mandate until
                        31 December 2010.
                        (Signed) BAN Ki-moon
                        """,
                        "establishment", "UNOWA", "2010-12-31"),
                Arguments.of("anIntentionNeverTakesTheDateOfADocumentItCites", "unoca.txt", """
                        Letter dated 11 December 2009 from the Secretary-General addressed to the President of the Security Council
                        I refer to the request for the establishment of the United Nations Regional Office for Central Africa
                        (UNOCA), and to the letter from the President of the Security Council dated 30 October 2009 (S/2009/567).
                        (Signed) BAN Ki-moon
                        """,
                        "establishment", "UNOCA", "2009-10-30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsNotStated")
    void theLetterDoesNotStateTheEvent(String behaviour, String file, String text, String type, String body, String date) throws Exception {
        assertThat(run(file, text).events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(type, body, date));
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
        assertThat(f.meta(org.unkg.model.MetaField.SYMBOL).orElseThrow().value()).isEqualTo("A/65/150");
        assertThat(f.meta(org.unkg.model.MetaField.ISSUED).orElseThrow().value()).isEqualTo("2010-07-20");
        assertThat(f.references()).extracting(org.unkg.model.Reference::symbol).doesNotContain("A/65/150");
        Party sender = f.parties().stream().filter(p -> p.slot() == Party.Slot.SENDER).findFirst().orElseThrow();
        assertThat(sender.role()).isEqualTo("permanent-representative");
        assertThat(sender.state()).isEqualTo("TCD");
        assertThat(f.mentions()).extracting(org.unkg.model.Mention::key).contains("TCD", "NER");
    }

    @Test
    void theCommitteeAndItsExecutiveDirectorateAreTwoBodies() throws Exception {
        LetterFacts f = run("en2.txt", "Letter dated 2 May 2012 from the Chargé d'affaires a.i. of the Permanent Mission of Kenya"
                + " to the United Nations addressed to the Secretary-General\nWe welcome the work of the Counter-Terrorism"
                + " Committee and its Executive Directorate in the region.");
        assertThat(f.mentions()).extracting(org.unkg.model.Mention::key).contains("CTC", "CTED");
    }

    private static org.assertj.core.groups.Tuple event(String type, String entity, String date) {
        return org.assertj.core.groups.Tuple.tuple(type, entity, date);
    }

    @Test
    void anEventStatedOverARangeTakesEffectOnItsFirstDay() throws Exception {
        LetterFacts en = run("range.txt", """
                Letter dated 2 August 2010 from the Secretary-General addressed to the President of the Security Council
                Burundi held general elections from 21 May to 28 July 2010.
                The Summit of the Organization for Security and Co-operation in Europe will be held in Astana on 1 and 2 December 2010.
                (Signed) BAN Ki-moon
                """);
        assertThat(en.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(event("election", "BDI", "2010-05-21"), event("meeting", "OSCE", "2010-12-01"))
                .doesNotContain(event("election", "BDI", "2010-07-28"), event("meeting", "OSCE", "2010-12-02"));
        LetterFacts ar = run("range-ar.txt", "رسالة مؤرخة ٢٢ حزيران/يونيه ٢٠١٠ موجهة إلى الأمين العام من المندوب الدائم للبنان لدى الأمم المتحدة"
                + " أتشرف بأن أحيل إليكم البيان الصادر عن مجلس جامعة الدول العربية في دورته العادية المعقودة في القاهرة يومي ٣ و ٤ آذار/مارس ٢٠١٠.");
        assertThat(ar.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(event("meeting", "LAS", "2010-03-03"));
    }

    @Test
    void anIntentionToCloseAnOfficeOnADateIsAClosureOnThatDate() throws Exception {
        LetterFacts f = run("close.txt", """
                Letter dated 29 November 2010 from the Secretary-General addressed to the President of the Security Council
                I intend to close the United Nations Integrated Office in Burundi on 31 December 2010.
                We shall work in close cooperation with the African Union on 3 January 2011.
                (Signed) BAN Ki-moon
                """);
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(event("closure", "BINUB", "2010-12-31"))
                .noneMatch(t -> t.toList().get(1).equals("AU"));
    }

    @Test
    void anOfficeReplacedByAnotherIsClosedAndTheOtherEstablished() throws Exception {
        LetterFacts f = run("replace.txt", """
                Letter dated 11 December 2009 from the Secretary-General addressed to the President of the Security Council
                The United Nations Peacebuilding Support Office in the Central African Republic (BONUCA) was replaced by
                the United Nations Integrated Peacebuilding Office in the Central African Republic (BINUCA) on 1 January 2010.
                (Signed) BAN Ki-moon
                """);
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(event("closure", "BONUCA", "2010-01-01"), event("establishment", "BINUCA", "2010-01-01"));
    }

    @Test
    void aSessionOfARegionalOrganizationHeldInACityIsAMeetingOfThatOrganization() throws Exception {
        LetterFacts f = run("meet.txt", """
                Letter dated 12 December 2010 from the Permanent Representative of Nigeria to the United Nations addressed to the President of the Security Council
                I have the honour to transmit the final communiqué of the extraordinary session of the Authority of Heads of
                State and Government of the Economic Community of West African States (ECOWAS), held in Abuja on 7 December 2010.
                I also transmit the communiqué of the extraordinary meeting of the Executive Committee of the Organization of
                the Islamic Conference, held in Jeddah, Saudi Arabia, on 26 February 2010.
                Elections held in Guinea on 7 November 2010 were peaceful.
                (Signed) U. Joy Ogwu
                """);
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(event("meeting", "ECOWAS", "2010-12-07"), event("meeting", "OIC", "2010-02-26"))
                .doesNotContain(event("meeting", "ECOWAS", "2010-11-07"));
    }

    @Test
    void aSeatNamedPastTheBodysAcronymOrAfterItsHeadquartersIsTheSeat() throws Exception {
        LetterFacts f = run("seat.txt", """
                Letter dated 11 December 2009 from the Secretary-General addressed to the President of the Security Council
                I propose to establish the United Nations Regional Office for Central Africa (UNOCA) in Libreville, Gabon,
                for an initial period of two years. The United Nations Assistance Mission for Iraq (UNAMI) will be headed by
                my Special Representative, with its headquarters in Baghdad.
                (Signed) BAN Ki-moon
                """);
        assertThat(f.seats()).extracting(org.unkg.model.Seat::entity, org.unkg.model.Seat::place)
                .contains(org.assertj.core.groups.Tuple.tuple("UNOCA", "libreville"), org.assertj.core.groups.Tuple.tuple("UNAMI", "baghdad"));
    }

    @Test
    void aResolutionByWhichAnOrganEstablishedABodyDatesTheEstablishment() throws Exception {
        LetterFacts f = run("hrc.txt", """
                Letter dated 10 February 2011 from the Secretary-General addressed to the President of the General Assembly
                I refer to General Assembly resolution 60/251 of 15 March 2006, by which the Assembly established the Human
                Rights Council. The Council established the practice of informal consultations.
                (Signed) BAN Ki-moon
                """);
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(event("establishment", "HRC", "2006-03-15"));
        assertThat(f.events()).extracting(Event::type).containsOnlyOnce("establishment");
    }

    @Test
    void aFrenchSummitHeldInACityIsAMeetingAndACharterSignedOnADayASignature() throws Exception {
        LetterFacts f = run("fr.txt", """
                Lettre datée du 3 mars 2008, adressée au Secrétaire général par le Représentant permanent du Sénégal
                J'ai l'honneur de vous faire tenir ci-joint le communiqué final du onzième Sommet de l'Organisation de la
                Conférence islamique, tenu à Dakar les 13 et 14 mars 2008. Le Sommet a adopté la nouvelle Charte de
                l'Organisation de la Conférence islamique, signée le 14 mars 2008.
                (Signé) Paul Badji
                """);
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(event("meeting", "OIC", "2008-03-13"), event("signature", "OIC", "2008-03-14"));
    }

    @Test
    void anArabicSignatureEndsBeforeAPermanentObserversTitle() throws Exception {
        LetterFacts f = run("ar-obs.txt", "رسالة مؤرخة 19 كانون الثاني/يناير 2007 موجهة إلى رئيس مجلس الأمن من المراقب الدائم للاتحاد الأفريقي"
                + " لدى الأمم المتحدة يشرفني أن أحيل إليكم البلاغ. (توقيع) لامين مانيه المراقب الدائم");
        assertThat(f.signatories().get(0).name()).isEqualTo("لامين مانيه");
    }

    @Test
    void aMissionOfAnotherOrganizationIsReportedUnderItsOwnKey() throws Exception {
        LetterFacts f = run("ar-amisom.txt", "رسالة مؤرخة 20 شباط/فبراير 2007 موجهة إلى رئيس مجلس الأمن من المراقب الدائم للاتحاد الأفريقي"
                + " لدى الأمم المتحدة يشرفني أن أحيل إليكم بلاغ مجلس السلام والأمن بشأن إنشاء بعثة الاتحاد الأفريقي في الصومال.");
        assertThat(f.mentions()).extracting(org.unkg.model.Mention::key).contains("AMISOM", "AU").doesNotContain("AU-PSC");
    }

    @Test
    void theNonAlignedMovementIsReportedButTheUnitedNationsSystemIsNot() throws Exception {
        LetterFacts f = run("nam.txt", "Letter dated 2 August 2012 from the Permanent Representative of the Islamic Republic of Iran"
                + " to the United Nations addressed to the Secretary-General\nOn behalf of the Non-Aligned Movement, I transmit"
                + " the final document, which calls on the United Nations system to support the Movement.");
        assertThat(f.mentions()).extracting(org.unkg.model.Mention::key).contains("NAM", "IRN").doesNotContain("UN-SYSTEM");
    }

    @Test
    void subjectTermsOfTheHeaderLineAreNotMentions() throws Exception {
        LetterFacts f = run("subj.txt", "%%%WEST AFRICA|PEACEBUILDING|GUINEA|\n\nرسالة مؤرخة 4 آذار/مارس 2011 موجهة من الأمين العام"
                + " إلى رئيس مجلس الأمن أتشرف بإبلاغكم بتمديد ولاية مكتب الأمم المتحدة لغرب أفريقيا في داكار.");
        assertThat(f.subjects()).extracting(org.unkg.model.Subject::term).contains("WEST AFRICA", "GUINEA");
        assertThat(f.mentions()).extracting(org.unkg.model.Mention::key)
                .contains("UNOWA", "dakar").doesNotContain("west-africa", "GIN");
    }
}
