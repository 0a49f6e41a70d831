package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * Whole-pipeline checks, over the real catalog, of the events in a body's life beyond its establishment (issue 10,
 * kind 5), in English, French and Arabic: a mandate that expires on a date (a mandate end, even when the letter goes
 * on to propose extending it), an office replacing another (the closure of one, the establishment of the other), a
 * force's withdrawal, the meetings of another organization's organs (that organization's meetings, never the
 * Security Council's), the start of an office's work dating its establishment. Each has negatives: the same words
 * where no such event is stated.
 */
class EventsBeyondEstablishmentTest {
    private static final String EN_HEAD = "Letter dated 3 June 2008 from the Secretary-General addressed to the"
            + " President of the Security Council\n";
    private static final String FR_HEAD = "Lettre datée du 3 juin 2008, adressée au Président du Conseil de sécurité"
            + " par le Secrétaire général\n";
    private static final String AR_HEAD = "رسالة مؤرخة 3 حزيران/يونيه 2008 موجهة إلى رئيس مجلس الأمن من الأمين العام\n";

    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    private static List<Tuple> events(LetterFacts f) {
        return f.events().stream().map(e -> tuple(e.type(), e.entity(), e.date().iso())).toList();
    }

    // --- mandate end ---

    @Test
    void aMandateThatExpiresOnADateEndsThenEvenWhenTheLetterProposesToExtendIt() throws Exception {
        LetterFacts f = run("en-expires.txt", EN_HEAD + """
                The current mandate of the United Nations Office in Angola (UNOA) expires on 15 August 2003. In view of
                the progress made, I recommend that the mandate of UNOA be extended until 15 February 2004.
                (Signed) Kofi A. Annan
                """);
        assertThat(events(f)).contains(tuple("mandate-end", "UNOA", "2003-08-15"), tuple("extension", "UNOA", "2004-02-15"))
                .doesNotContain(tuple("extension", "UNOA", "2003-08-15"));
    }

    @Test
    void itsMandateComingToAnEndIsTheMandateOfTheBodyNamedBefore() throws Exception {
        LetterFacts f = run("en-its.txt", EN_HEAD + """
                The United Nations Mission in Nepal (UNMIN) was established in January 2007 to support the peace process.
                Its present mandate will come to an end on 23 July 2008.
                (Signed) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("mandate-end", "UNMIN", "2008-07-23"));
    }

    @Test
    void aStatesRequestToExtendAMandateWhichExpiresOnADateIsAMandateEndNotAnExtensionOnThatDate() throws Exception {
        LetterFacts f = run("en-request.txt", """
                Letter dated 20 June 2008 from the Permanent Representative of Nepal to the United Nations addressed to the
                President of the Security Council
                My Government requests that the mandate of the United Nations Mission in Nepal, which expires on
                23 July 2008, be extended.
                (Signed) Madhu Raman Acharya
                """);
        assertThat(events(f)).contains(tuple("mandate-end", "UNMIN", "2008-07-23"))
                .doesNotContain(tuple("extension", "UNMIN", "2008-07-23"));
    }

    @Test
    void theExpiryOfAMandateWithoutADateEndsItWhenTheLetterSaidUntilWhenItRuns() throws Exception {
        LetterFacts f = run("en-expiry.txt", EN_HEAD + """
                In its resolution 1978 (2011), the Security Council extended the mandate of the United Nations Mission in
                the Sudan (UNMIS) until 9 July 2011. I intend to establish, upon the expiry of the mandate of UNMIS, a new
                mission in South Sudan.
                (Signed) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("mandate-end", "UNMIS", "2011-07-09"));
    }

    @Test
    void aFrenchMandateThatComesToExpiryOrEndsOnADateEndsThen() throws Exception {
        LetterFacts f = run("fr-expire.txt", FR_HEAD + """
                Le mandat de la Mission des Nations Unies au Népal (MINUNEP) vient à expiration le 23 juillet 2008.
                Le mandat du Bureau des Nations Unies en Angola prend fin le 15 août 2003.
                (Signé) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("mandate-end", "UNMIN", "2008-07-23"), tuple("mandate-end", "UNOA", "2003-08-15"));
    }

    @Test
    void anArabicMissionsMandateThatEndsOnADateEndsThen() throws Exception {
        LetterFacts f = run("ar-expire.txt", AR_HEAD + """
                وتنتهي ولاية بعثة الأمم المتحدة في نيبال في 23 تموز/يوليه 2008. وقد طلبت الحكومة تمديد ولاية البعثة.
                (توقيع) بان كي - مون
                """);
        assertThat(events(f)).contains(tuple("mandate-end", "UNMIN", "2008-07-23"));
    }

    @Test
    void anAgreementOrATermThatExpiresIsNoMandateEnd() throws Exception {
        LetterFacts f = run("en-agreement.txt", EN_HEAD + """
                The United Nations Mission in Nepal (UNMIN) continues to monitor the arms. The ceasefire agreement between
                the parties expires on 30 June 2008, and the term of the Constituent Assembly ends on 28 May 2010.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.events()).extracting(Event::type).doesNotContain("mandate-end");
    }

    // --- replacement ---

    @Test
    void anOfficeReplacedAsOfADateByAnotherIsClosedAndTheOtherEstablishedThatDay() throws Exception {
        LetterFacts f = run("en-replace.txt", EN_HEAD + """
                I recommend that UNMIS be replaced, with effect from 9 July 2011, by the United Nations Mission in South
                Sudan (UNMISS).
                (Signed) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("closure", "UNMIS", "2011-07-09"), tuple("establishment", "UNMISS", "2011-07-09"));
    }

    @Test
    void aMissionThatWouldReplaceAnotherOnADateClosesItAndStarts() throws Exception {
        LetterFacts f = run("en-would-replace.txt", EN_HEAD + """
                The United Nations Mission in South Sudan (UNMISS) would replace the United Nations Mission in the Sudan
                (UNMIS) on 9 July 2011.
                (Signed) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("closure", "UNMIS", "2011-07-09"), tuple("establishment", "UNMISS", "2011-07-09"));
    }

    @Test
    void aFrenchMissionThatWillReplaceAnotherWhichWillCeaseItsActivitiesTheDayBeforeClosesOnce() throws Exception {
        LetterFacts f = run("fr-remplacer.txt", FR_HEAD + """
                La MINUSS remplacera la MINUS à compter du 9 juillet 2011. La Mission des Nations Unies au Soudan cessera
                ses activités le 8 juillet 2011.
                (Signé) Ban Ki-moon
                """);
        // one closure, on the last day of activities the letter states; the replacement starts the day after
        assertThat(events(f)).contains(tuple("establishment", "UNMISS", "2011-07-09"), tuple("closure", "UNMIS", "2011-07-08"))
                .doesNotContain(tuple("closure", "UNMIS", "2011-07-09"));
    }

    @Test
    void anArabicMissionTakingThePlaceOfAnotherClosesItAndStarts() throws Exception {
        LetterFacts f = run("ar-replace.txt", AR_HEAD + """
                ستحل بعثة الأمم المتحدة في جنوب السودان محل بعثة الأمم المتحدة في السودان في 9 تموز/يوليه 2011.
                (توقيع) بان كي - مون
                """);
        assertThat(events(f)).contains(tuple("establishment", "UNMISS", "2011-07-09"), tuple("closure", "UNMIS", "2011-07-09"));
    }

    @Test
    void anArabicOfficeReplacedByAnotherFromADateIsClosedAndTheOtherEstablished() throws Exception {
        LetterFacts f = run("ar-istiada.txt", AR_HEAD + """
                أوصي بأن يستعاض عن بعثة الأمم المتحدة في السودان، عند انتهاء ولايتها في 9 تموز/يوليه 2011، ببعثة الأمم
                المتحدة في جنوب السودان اعتبارا من 10 تموز/يوليه 2011.
                (توقيع) بان كي - مون
                """);
        assertThat(events(f)).contains(tuple("closure", "UNMIS", "2011-07-09"), tuple("establishment", "UNMISS", "2011-07-10"));
    }

    @Test
    void replacingPersonsOrEquipmentClosesNoBody() throws Exception {
        LetterFacts f = run("en-replace-neg.txt", EN_HEAD + """
                The United Nations Mission in the Sudan (UNMIS) will replace its ageing generators on 1 July 2011, and
                Mr. Haile Menkerios will replace my former Special Representative on 1 August 2011.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.events()).extracting(Event::type).doesNotContain("closure", "establishment");
    }

    @Test
    void aJointPanelNamedAfterAnOrganizationAndTheUnitedNationsIsNotThatOrganization() throws Exception {
        LetterFacts f = run("en-panel.txt", EN_HEAD + """
                The African Union-United Nations panel on modalities for support to peacekeeping operations was
                established on 12 September 2008.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.events()).extracting(Event::entity).doesNotContain("AU", "UN");
    }

    // --- withdrawal ---

    @Test
    void theWithdrawalOfTheRegionalForceIsTheWithdrawalOfTheOtherOrganizationsOperationNamedBefore() throws Exception {
        LetterFacts f = run("en-withdrawal.txt", EN_HEAD + """
                The States contributing troops to the ECOWAS Mission in Liberia (ECOMIL) have decided to hand over to the
                United Nations. The withdrawal of the regional force is expected to be completed by 1 October 2003.
                (Signed) Kofi A. Annan
                """);
        assertThat(events(f)).contains(tuple("withdrawal", "ECOMIL", "2003-10-01"));
    }

    @Test
    void aFrenchWithdrawalOfAMissionToBeCompletedOnADate() throws Exception {
        LetterFacts f = run("fr-retrait.txt", FR_HEAD + """
                Le retrait de la Mission de l'Union africaine au Soudan (MUAS) sera achevé le 31 décembre 2007, date à
                laquelle la MINUAD prendra la relève de la force régionale.
                (Signé) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("withdrawal", "AMIS", "2007-12-31"));
    }

    // --- meetings of other organizations' organs ---

    @Test
    void organsOfOtherOrganizationsMeetingAtTheirSessionsAreThoseOrganizationsMeetings() throws Exception {
        LetterFacts f = run("en-organs.txt", EN_HEAD + """
                The Peace and Security Council of the African Union, at its one hundred and twenty-third meeting, held in
                Addis Ababa on 19 May 2008, welcomed the agreement. The Mediation and Security Council of the Economic
                Community of West African States met at the ministerial level in Abuja on 23 May 2008, and the Authority of
                Heads of State and Government of ECOWAS held an extraordinary summit in Abuja on 24 May 2008.
                (Signed) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("meeting", "AU", "2008-05-19"), tuple("meeting", "ECOWAS", "2008-05-23"),
                tuple("meeting", "ECOWAS", "2008-05-24"));
        assertThat(f.events()).extracting(Event::entity).doesNotContain("UNSC", "MSC");
    }

    @Test
    void theCouncilsOwnConsultationsAreItsMeeting() throws Exception {
        LetterFacts f = run("en-consultations.txt", EN_HEAD + """
                The Security Council, at its consultations held on 22 May 2008, discussed the situation.
                (Signed) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("meeting", "UNSC", "2008-05-22"));
    }

    @Test
    void frenchAndArabicOrgansMeetingAtTheirSessionsAreTheirOrganizationsMeetings() throws Exception {
        LetterFacts fr = run("fr-organs.txt", FR_HEAD + """
                Le Conseil de paix et de sécurité de l'Union africaine, à sa 128e réunion, tenue le 19 mai 2008, s'est
                félicité de l'accord.
                (Signé) Ban Ki-moon
                """);
        assertThat(events(fr)).contains(tuple("meeting", "AU", "2008-05-19"));
        LetterFacts ar = run("ar-organs.txt", AR_HEAD + """
                أتشرف بأن أبلغكم بأن مجلس السلم والأمن التابع للاتحاد الأفريقي قد عقد اجتماعه الثامن والعشرين بعد المائة يوم 19 أيار/مايو 2008.
                (توقيع) بان كي - مون
                """);
        assertThat(events(ar)).contains(tuple("meeting", "AU", "2008-05-19"));
    }

    // --- establishment dated by the start of the office's work ---

    @Test
    void anOfficeThatWouldStartItsWorkOnADateIsEstablishedThen() throws Exception {
        LetterFacts f = run("en-start.txt", EN_HEAD + """
                I intend to establish the United Nations Office in Angola (UNOA), which would start its work on
                15 February 2003 for an initial period of six months.
                (Signed) Kofi A. Annan
                """);
        assertThat(events(f)).contains(tuple("establishment", "UNOA", "2003-02-15"))
                .doesNotContain(tuple("establishment", "UNOA", "2008-06-03"));
    }

    @Test
    void anOfficeWhoseDurationRunsFromAMonthIsEstablishedThatMonth() throws Exception {
        LetterFacts f = run("en-duration.txt", EN_HEAD + """
                I intend to establish the United Nations Office in Angola (UNOA) in Luanda. The duration of the Office would
                be for two years from January 2009, subject to a review.
                (Signed) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("establishment", "UNOA", "2009-01"));
    }

    @Test
    void aFrenchOfficeThatWouldBeginItsActivitiesOnADateIsEstablishedThen() throws Exception {
        LetterFacts f = run("fr-start.txt", FR_HEAD + """
                J'ai l'intention de créer un Bureau des Nations Unies en Angola. Il commencerait ses activités le
                15 février 2003, pour une période initiale de six mois.
                (Signé) Kofi A. Annan
                """);
        assertThat(events(f)).contains(tuple("establishment", "UNOA", "2003-02-15"));
    }

    // --- signatures ---

    @Test
    void anAgreementSignedOnADateIsNoSignatureOfTheNearestOfficeOrOfTheUnitedNations() throws Exception {
        LetterFacts f = run("en-signed.txt", EN_HEAD + """
                The United Nations Mission in Nepal (UNMIN) monitors the Comprehensive Peace Agreement signed on
                21 November 2006. The United Nations welcomes the memorandum of understanding signed on 10 May 2008.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.events()).filteredOn(e -> e.type().equals("signature")).extracting(Event::entity)
                .doesNotContain("UNMIN", "UN");
    }

    @Test
    void aMandateNamedLongBeforeItsExpiryAsRenewedByTheAssemblyEndsOnTheStatedDay() throws Exception {
        LetterFacts f = run("en-renewed.txt", EN_HEAD + """
                I have the honour to inform you that the mandate of the International Civilian Mission in Haiti (MICIVIH),
                as renewed by the General Assembly in its resolution 50/86 of 15 December 1995, expires on
                31 December 1996.
                (Signed) Boutros Boutros-Ghali
                """);
        assertThat(events(f)).contains(tuple("mandate-end", "MICIVIH", "1996-12-31"))
                .noneMatch(t -> t.toList().get(0).equals("mandate-end") && !t.toList().get(1).equals("MICIVIH"));
    }

    @Test
    void anArabicExtensionOfItsMandateIsTheExtensionOfTheMissionNamedBefore() throws Exception {
        LetterFacts f = run("ar-its.txt", AR_HEAD + """
                وتنتهي ولاية بعثة الأمم المتحدة في نيبال في 23 تموز/يوليه 2008. وفي ضوء ما تقدم، أوصي بتمديد ولايتها لفترة
                ستة أشهر، حتى 23 كانون الثاني/يناير 2009.
                (توقيع) بان كي - مون
                """);
        assertThat(events(f)).contains(tuple("mandate-end", "UNMIN", "2008-07-23"), tuple("extension", "UNMIN", "2009-01-23"));
    }

    @Test
    void theMandateOfAnOfficeNamedBeforeARelativeClauseIsExtendedForAFurtherPeriodFromItsStart() throws Exception {
        LetterFacts f = run("en-relative.txt", EN_HEAD + """
                I would like to recommend that the mandate of the United Nations Office in Angola (UNOA), whose functions
                and activities would be revised as set out in the document annexed hereto, be extended for a further period
                of one year, from 15 August 2003 to 14 August 2004.
                (Signed) Kofi A. Annan
                """);
        assertThat(events(f)).contains(tuple("extension", "UNOA", "2003-08-15"));
    }

    @Test
    void anOfficeMaintainedUntilADateIsExtendedToIt() throws Exception {
        LetterFacts f = run("en-maintain.txt", EN_HEAD + """
                I intend to maintain the United Nations Office in Angola (UNOA) for a period of six months, until
                15 February 2004.
                (Signed) Kofi A. Annan
                """);
        assertThat(events(f)).contains(tuple("extension", "UNOA", "2004-02-15"));
    }

    @Test
    void aMissionEstablishedByTheCouncilInAResolutionOfADateWasEstablishedThen() throws Exception {
        LetterFacts f = run("fr-creee.txt", FR_HEAD + """
                Les préparatifs du déploiement de la Mission des Nations Unies au Népal (MINUNEP), créée par le Conseil dans
                sa résolution 1740 (2007) du 23 janvier 2007, se déroulent comme prévu.
                (Signé) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("establishment", "UNMIN", "2007-01-23"));
    }

    @Test
    void aReportsDateNeverDatesTheWithdrawalItMentions() throws Exception {
        LetterFacts f = run("en-report.txt", EN_HEAD + """
                In my report of 13 June 2008, I indicated my intention to maintain a United Nations presence in Nepal after
                the withdrawal of the United Nations Mission in Nepal (UNMIN).
                (Signed) Ban Ki-moon
                """);
        assertThat(events(f)).doesNotContain(tuple("withdrawal", "UNMIN", "2008-06-13"));
    }

    @Test
    void theMediationAndSecurityCouncilOfEcowasMeetingIsNoSecurityCouncilMeeting() throws Exception {
        LetterFacts f = run("en-msc.txt", EN_HEAD + """
                I have the honour to transmit the communiqué of the extraordinary meeting of the Mediation and Security
                Council of the Economic Community of West African States, held at the ministerial level in Accra on
                10 May 2008.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.events()).filteredOn(e -> e.type().equals("meeting")).extracting(Event::entity)
                .isNotEmpty().doesNotContain("UNSC", "MSC");
    }

    // --- the Council's reply taking note of an intention ---

    /**
     * "your intention to establish X" in the Council's reply is the Secretary-General's intention (status announced):
     * X's establishment on the reply's date, never on the date of the letter it answers (session 8: before, a reply that
     * takes note gave no event; the genre gold has these events allowed at the reply's date).
     */
    @Test
    void theCouncilsRepliesNamingAnIntentionToEstablishAnOfficeGiveItOnTheRepliesDate() throws Exception {
        LetterFacts en = run("en-noted.txt", """
                Letter dated 6 June 2008 from the President of the Security Council addressed to the Secretary-General
                I have the honour to inform you that your letter dated 22 May 2008 concerning your intention to establish
                a United Nations Office in Angola (UNOA) has been brought to the attention of the members of the Security
                Council. They take note of the intention expressed in your letter.
                (Signed) Ricardo Alberto Arias
                """);
        LetterFacts fr = run("fr-noted.txt", """
                Lettre datée du 6 juin 2008, adressée au Secrétaire général par le Président du Conseil de sécurité
                J'ai l'honneur de vous informer que votre lettre du 22 mai 2008 concernant votre intention de créer un
                Bureau des Nations Unies en Angola a été portée à l'attention des membres du Conseil. Ils prennent note de
                l'intention exprimée dans votre lettre.
                (Signé) Ricardo Alberto Arias
                """);
        LetterFacts ar = run("ar-noted.txt", """
                رسالة مؤرخة 6 حزيران/يونيه 2008 موجهة إلى الأمين العام من رئيس مجلس الأمن
                أتشرف بإبلاغكم بأن رسالتكم المؤرخة 22 أيار/مايو 2008 بشأن اعتزامكم إنشاء مكتب الأمم المتحدة في أنغولا قد
                عرضت على أعضاء مجلس الأمن. وقد أحاط الأعضاء علما بالنية المعرب عنها في رسالتكم.
                (توقيع) ريكاردو ألبرتو أرياس
                """);
        for (LetterFacts f : List.of(en, fr, ar)) {
            assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso(), Event::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("establishment", "UNOA", "2008-06-06", "announced"));
        }
    }

    // --- diagnostics ---

    @Test
    void anOfficeNamedInAnEventButNotResolvedIsReportedAndAnEventOfNoBodyIsNot() throws Exception {
        LetterFacts f = run("en-unresolved.txt", EN_HEAD + """
                I intend to close the Office on 31 December 2008. The establishment of peace in the region remains our goal.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.events()).extracting(Event::type).doesNotContain("closure");
        assertThat(f.diagnostics()).filteredOn(d -> d.code().equals("event-subject-unresolved"))
                .singleElement().satisfies(d -> assertThat(d.detail()).startsWith("closure:").contains("close the Office"));
    }

    @Test
    void anOfficeReplacedUponTheExpiryOfItsMandateOnADateClosesThenAndTheOtherStartsTheDayAfter() throws Exception {
        LetterFacts f = run("en-upon-expiry.txt", EN_HEAD + """
                In my report of 12 May 2011 on the United Nations Mission in the Sudan (UNMIS), I recommended that, upon the
                expiry of its mandate on 9 July 2011, UNMIS be replaced by a United Nations Mission in South Sudan (UNMISS),
                to support the new Government.
                (Signed) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("mandate-end", "UNMIS", "2011-07-09"), tuple("closure", "UNMIS", "2011-07-09"),
                tuple("establishment", "UNMISS", "2011-07-10"));
    }

    // --- renamings whose old name the catalog lacks ---

    @Test
    void anOfficeWhoseOldNameTheCatalogLacksRenamedAsAKnownOneIsTheKnownOfficesRenaming() throws Exception {
        LetterFacts en = run("en-renamed.txt", EN_HEAD + """
                I have decided that the United Nations Liaison Office in Dushanbe will be renamed the United Nations
                Tajikistan Office of Peacebuilding (UNTOP) as from 1 June 2000.
                (Signed) Kofi A. Annan
                """);
        LetterFacts fr = run("fr-rebaptise.txt", FR_HEAD + """
                J'ai décidé de transformer le Bureau de liaison des Nations Unies à Dakar en Bureau des Nations Unies pour
                l'Afrique de l'Ouest (UNOWA) à compter du 1er janvier 2002.
                (Signé) Kofi A. Annan
                """);
        LetterFacts ar = run("ar-liusbih.txt", AR_HEAD + """
                قررت توسيع نطاق ولاية مكتب الأمم المتحدة الإقليمي في داكار ليصبح مكتب الأمم المتحدة لغرب أفريقيا ومنطقة الساحل
                اعتبارا من 1 كانون الثاني/يناير 2016.
                (توقيع) بان كي - مون
                """);
        assertThat(events(en)).contains(tuple("renaming", "UNTOP", "2000-06-01"));
        assertThat(events(fr)).contains(tuple("renaming", "UNOWA", "2002-01-01"));
        assertThat(events(ar)).contains(tuple("renaming", "UNOWAS", "2016-01-01"));
    }

    @Test
    void aKnownOfficeRenamedEvenInARelativeClauseIsTheOldOfficesRenamingAndRenamingAStreetRenamesNoBody() throws Exception {
        LetterFacts known = run("en-known.txt", EN_HEAD + """
                The United Nations Office for West Africa (UNOWA) will be renamed the United Nations Office for West
                Africa and the Sahel (UNOWAS) as from 1 January 2016.
                (Signed) Ban Ki-moon
                """);
        LetterFacts street = run("en-street.txt", EN_HEAD + """
                The Government decided to rename the main avenue of the capital, in cooperation with the African Union,
                which welcomed the decision.
                (Signed) Ban Ki-moon
                """);
        LetterFacts relative = run("en-which.txt", EN_HEAD + """
                I propose to merge the Office into the United Nations Office for West Africa (UNOWA), which would be renamed
                the United Nations Office for West Africa and the Sahel (UNOWAS) on 1 January 2016.
                (Signed) Ban Ki-moon
                """);
        LetterFacts qui = run("fr-qui.txt", FR_HEAD + """
                Le Bureau des Nations Unies pour l'Afrique de l'Ouest (UNOWA), qui sera rebaptisé Bureau des Nations Unies
                pour l'Afrique de l'Ouest et le Sahel (UNOWAS), poursuivra ses activités à compter du 1er janvier 2016.
                (Signé) Ban Ki-moon
                """);
        assertThat(events(known)).contains(tuple("renaming", "UNOWA", "2016-01-01"))
                .doesNotContain(tuple("renaming", "UNOWAS", "2016-01-01"));
        for (LetterFacts f : List.of(relative, qui)) {
            assertThat(f.events()).filteredOn(e -> e.type().equals("renaming")).extracting(Event::entity).containsOnly("UNOWA");
        }
        assertThat(street.events()).extracting(Event::type).doesNotContain("renaming");
    }

    // --- meetings at an organ's numbered session, in a relative clause ---

    @Test
    void aCommitteeThatHeldItsNumberedMeetingFromOneDayToAnotherMetThen() throws Exception {
        LetterFacts en = run("en-held-its.txt", EN_HEAD + """
                The Centre supported the United Nations Standing Advisory Committee on Security Questions in Central
                Africa, which held its twenty-seventh ministerial meeting in Sao Tome from 12 to 16 May 2008.
                (Signed) Ban Ki-moon
                """);
        LetterFacts fr = run("fr-a-tenu-sa.txt", FR_HEAD + """
                Le Centre a apporté son appui au Comité consultatif permanent des Nations Unies chargé des questions de
                sécurité en Afrique centrale, qui a tenu sa vingt-septième réunion ministérielle à Sao Tomé du 12 au
                16 mai 2008.
                (Signé) Ban Ki-moon
                """);
        LetterFacts ar = run("ar-aqadat.txt", AR_HEAD + """
                قدم المركز الدعم إلى لجنة الأمم المتحدة الاستشارية الدائمة المعنية بمسائل الأمن في وسط أفريقيا، التي عقدت
                اجتماعها الوزاري السابع والعشرين في ساو تومي في 12 أيار/مايو 2008.
                (توقيع) بان كي - مون
                """);
        for (LetterFacts f : List.of(en, fr)) {
            assertThat(f.events()).filteredOn(e -> e.type().equals("meeting") && e.entity().equals("UNSAC"))
                    .extracting(e -> e.date().iso()).containsAnyOf("2008-05-12", "2008-05-16");
        }
        assertThat(events(ar)).contains(tuple("meeting", "UNSAC", "2008-05-12"));
    }

    @Test
    void aFrenchCommitteeThatHeldItsMeetingWithNoDateHasNoMeetingEvent() throws Exception {
        LetterFacts f = run("fr-sans-date.txt", FR_HEAD + """
                Le Comité consultatif permanent des Nations Unies chargé des questions de sécurité en Afrique centrale a
                tenu sa réunion ministérielle à Sao Tomé, comme prévu.
                (Signé) Ban Ki-moon
                """);
        assertThat(f.events()).extracting(Event::type).doesNotContain("meeting");
    }

    // --- offices other organizations establish ---

    @Test
    void anOfficeAnotherOrganizationOrAStateDecidesToOpenIsNoUnitedNationsOfficeTheCatalogLacks() throws Exception {
        LetterFacts en = run("en-oic.txt", EN_HEAD + """
                The Organisation of Islamic Cooperation decided to establish an Office for the Coordination of Humanitarian
                Assistance in Mogadishu in January 2012.
                (Signed) Ban Ki-moon
                """);
        LetterFacts fr = run("fr-ligue.txt", FR_HEAD + """
                La Ligue des États arabes a décidé de créer un Bureau de Liaison Humanitaire à Mogadiscio au début de 2012.
                (Signé) Ban Ki-moon
                """);
        LetterFacts ar = run("ar-oic.txt", AR_HEAD + """
                قررت منظمة التعاون الإسلامي إنشاء مكتب لتنسيق المساعدات الإنسانية في مقديشو في كانون الثاني/يناير 2012،
                وأن جامعة الدول العربية تعتزم افتتاح مكتب اتصال في المدينة نفسها.
                (توقيع) بان كي - مون
                """);
        for (LetterFacts f : List.of(en, fr, ar)) {
            assertThat(f.discovered()).isEmpty();
            assertThat(f.events()).extracting(Event::type).doesNotContain("establishment");
        }
    }

    @Test
    void anOfficeTheSecretaryGeneralEstablishesAtAnotherOrganizationsRequestIsStillDiscovered() throws Exception {
        LetterFacts f = run("en-request.txt", EN_HEAD + """
                At the request of the African Union, I intend to establish a United Nations Liaison Office for Peace
                Support in Addis Ababa on 1 July 2008.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.discovered()).isNotEmpty();
        assertThat(f.events()).extracting(Event::type).contains("establishment");
    }

    @Test
    void theOfficeOfTheStatesPresidentIsNoUnitedNationsOfficeItsGovernmentEstablishesOrCloses() throws Exception {
        LetterFacts en = run("en-president.txt", EN_HEAD + """
                The Office of the President of Burundi will be closed on 1 July 2008, and the Government intends to establish
                the Office of the President for Reconciliation on 2 July 2008. The United Nations Integrated Office in
                Burundi (BINUB) works closely with the Office of the President.
                (Signed) Ban Ki-moon
                """);
        LetterFacts fr = run("fr-president.txt", FR_HEAD + """
                Le Bureau du Président de la République sera fermé le 1er juillet 2008 et le Gouvernement a l'intention de
                créer le Bureau du Président chargé de la réconciliation le 2 juillet 2008. Le Bureau intégré des Nations Unies
                au Burundi (BINUB) travaille en étroite collaboration avec le Bureau du Président.
                (Signé) Ban Ki-moon
                """);
        LetterFacts ar = run("ar-president.txt", AR_HEAD + """
                سيغلق مكتب رئيس الجمهورية في 1 تموز/يوليه 2008، وتعتزم الحكومة إنشاء مكتب رئيس الجمهورية للمصالحة في 2
                تموز/يوليه 2008. ويعمل مكتب الأمم المتحدة المتكامل في بوروندي بشكل وثيق مع مكتب رئيس الجمهورية.
                (توقيع) بان كي - مون
                """);
        for (LetterFacts f : List.of(en, fr, ar)) {
            assertThat(f.discovered()).isEmpty();
            assertThat(f.events()).isEmpty();
            assertThat(f.mentions()).extracting(org.unkg.model.Mention::key).contains("BINUB");
        }
    }

    @Test
    void aUnitedNationsOfficeTheCatalogLacksIsStillDiscoveredWhenItsNameHoldsAnOfficesTitle() throws Exception {
        LetterFacts f = run("en-un-president.txt", EN_HEAD + """
                I intend to establish the United Nations Liaison Office to the Presidency of the Commission in Addis Ababa
                on 1 July 2008.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.discovered()).isNotEmpty();
        assertThat(f.events()).extracting(Event::type).contains("establishment");
    }

    @Test
    void frenchAndArabicRequestsToExtendAMandateWhichExpiresOnADateAreAMandateEndNotAnExtension() throws Exception {
        LetterFacts fr = run("fr-request.txt", """
                Lettre datée du 20 juin 2008, adressée au Président du Conseil de sécurité par le Représentant permanent
                du Népal auprès de l'Organisation des Nations Unies
                Mon gouvernement demande que le mandat de la Mission des Nations Unies au Népal, qui expire le
                23 juillet 2008, soit prorogé.
                (Signé) Madhu Raman Acharya
                """);
        LetterFacts ar = run("ar-request.txt", """
                رسالة مؤرخة 20 حزيران/يونيه 2008 موجهة إلى رئيس مجلس الأمن من الممثل الدائم لنيبال لدى الأمم المتحدة
                تطلب حكومتي تمديد ولاية بعثة الأمم المتحدة في نيبال، التي تنتهي في 23 تموز/يوليه 2008.
                (توقيع) مادهو رامان أشاريا
                """);
        for (LetterFacts f : List.of(fr, ar)) {
            assertThat(events(f)).contains(tuple("mandate-end", "UNMIN", "2008-07-23"))
                    .doesNotContain(tuple("extension", "UNMIN", "2008-07-23"));
        }
    }

    @Test
    void frenchAndArabicJointPanelsOfAnOrganizationAndTheUnitedNationsAreNeitherOrganization() throws Exception {
        LetterFacts fr = run("fr-panel.txt", FR_HEAD + """
                Le Groupe d'experts Union africaine-Organisation des Nations Unies sur les modalités d'appui aux opérations
                de maintien de la paix a été créé le 12 septembre 2008.
                (Signé) Ban Ki-moon
                """);
        LetterFacts ar = run("ar-panel.txt", AR_HEAD + """
                أنشئ فريق الاتحاد الأفريقي والأمم المتحدة المعني بطرائق دعم عمليات حفظ السلام في 12 أيلول/سبتمبر 2008.
                (توقيع) بان كي - مون
                """);
        for (LetterFacts f : List.of(fr, ar)) {
            assertThat(f.events()).extracting(Event::entity).doesNotContain("AU", "UN");
        }
    }
}
