package org.unkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.model.Event;

/**
 * Whole-pipeline checks, over the real catalog, of events a letter reports as done, in the past tense (a mission that
 * completed its withdrawal, ceased its operations, an office that was closed or inaugurated), and of a continuation
 * agreed, in English, French and Arabic. Each wording has a negative: the same words said of a party that is no UN
 * body, with a body named further off.
 */
class EventsStatedAsDoneTest {
    private static final String EN = "Letter dated 1 March 2004 from the Secretary-General addressed to the President"
            + " of the Security Council\n\nI have the honour to inform you that %s\n\n(Signed) Kofi A. Annan\n";
    private static final String FR = "Lettre datée du 1er mars 2004, adressée au Président du Conseil de sécurité par le"
            + " Secrétaire général\n\nJ'ai l'honneur de vous informer que %s\n\n(Signé) Kofi A. Annan\n";
    private static final String AR = "رسالة مؤرخة 1 آذار/مارس 2004 موجهة إلى رئيس مجلس الأمن من الأمين العام\n\n"
            + "أتشرف بإبلاغكم بأن %s\n\n(توقيع) كوفي أ. عنان\n";

    /** The behaviour pinned, the letter (a head with the sentence), the event's type, body and date. */
    static Stream<Arguments> eventsStatedAsDone() {
        return Stream.of(
                Arguments.of("aMissionThatCompletedItsWithdrawalOnADateWithdrewThen", EN.formatted("the United Nations"
                        + " Mission in Sierra Leone completed its withdrawal on 31 December 2005."), "withdrawal", "UNAMSIL", "2005-12-31"),
                Arguments.of("aMissionThatCeasedItsOperationsOnADateClosedThen", EN.formatted("the United Nations Observer"
                        + " Mission in Georgia ceased its operations on 15 June 2009."), "closure", "UNOMIG", "2009-06-15"),
                Arguments.of("anOfficeInauguratedOnADateWasEstablishedThen", EN.formatted("the United Nations Regional"
                        + " Centre for Preventive Diplomacy for Central Asia was inaugurated in Ashgabat on 10 December 2007."),
                        "establishment", "UNRCCA", "2007-12-10"),
                Arguments.of("aContinuationOfAnOfficeUntilADateIsAnExtensionToThatDate", EN.formatted("the Government of"
                        + " Tajikistan has agreed to the continuation of the United Nations Tajikistan Office of Peacebuilding for"
                        + " a further year, until 1 June 2007."), "extension", "UNTOP", "2007-06-01"),
                Arguments.of("aFrenchMissionThatCompletedItsWithdrawalWithdrewThen", FR.formatted("la Mission des Nations"
                        + " Unies en Sierra Leone a achevé son retrait le 31 décembre 2005."), "withdrawal", "UNAMSIL", "2005-12-31"),
                Arguments.of("aFrenchMissionThatCeasedItsActivitiesClosedThen", FR.formatted("la Mission d'observation des"
                        + " Nations Unies en Géorgie a cessé ses activités le 15 juin 2009."), "closure", "UNOMIG", "2009-06-15"),
                Arguments.of("aFrenchOfficeThatClosedItsDoorsClosedThen", FR.formatted("le Bureau des Nations Unies pour"
                        + " l'Afrique de l'Ouest a fermé ses portes le 31 janvier 2016."), "closure", "UNOWA", "2016-01-31"),
                Arguments.of("aFrenchOfficeInauguratedOnADateWasEstablishedThen", FR.formatted("le Centre régional des"
                        + " Nations Unies pour la diplomatie préventive en Asie centrale a été inauguré à Achgabat le 10 décembre"
                        + " 2007."), "establishment", "UNRCCA", "2007-12-10"),
                Arguments.of("anArabicMissionThatCompletedItsWithdrawalWithdrewThen", AR.formatted("بعثة الأمم المتحدة في"
                        + " سيراليون أكملت انسحابها في 31 كانون الأول/ديسمبر 2005."), "withdrawal", "UNAMSIL", "2005-12-31"),
                Arguments.of("anArabicMissionThatEndedItsOperationsClosedThen", AR.formatted("بعثة مراقبي الأمم المتحدة في"
                        + " جورجيا أنهت عملياتها في 15 حزيران/يونيه 2009."), "closure", "UNOMIG", "2009-06-15"),
                Arguments.of("anArabicMissionThatStoppedWorkingClosedThen", AR.formatted("بعثة مراقبي الأمم المتحدة في"
                        + " جورجيا توقفت عن العمل في 15 حزيران/يونيه 2009."), "closure", "UNOMIG", "2009-06-15"),
                Arguments.of("anArabicOfficeThatWasClosedOnADateClosedThen", AR.formatted("مكتب الأمم المتحدة لدعم بناء"
                        + " السلام في طاجيكستان أغلق في 31 تموز/يوليه 2007."), "closure", "UNTOP", "2007-07-31"),
                Arguments.of("anArabicContinuationOfAnOfficeUntilADateIsAnExtensionToThatDate", AR.formatted("حكومة"
                        + " طاجيكستان وافقت على استمرار مكتب الأمم المتحدة لدعم بناء السلام في طاجيكستان لسنة أخرى، حتى 1"
                        + " حزيران/يونيه 2007."), "extension", "UNTOP", "2007-06-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsStatedAsDone")
    void theLetterStatesTheEvent(String behaviour, String text, String type, String body, String date) throws Exception {
        assertThat(Pipelines.facts(behaviour + ".txt", text).events())
                .extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple(type, body, date));
    }

    /** The same words said of a party that is no UN body: the behaviour pinned, the letter, the type not read. */
    static Stream<Arguments> sameWordsOfAnotherParty() {
        return Stream.of(
                Arguments.of("rebelsThatCeasedOperationsCloseNoMissionReportingIt", EN.formatted("the rebels ceased"
                        + " operations on 3 May 2003, as the United Nations Mission in Sierra Leone reported."), "closure"),
                Arguments.of("aContinuationOfTalksAnOfficeHostedExtendsNoOffice", EN.formatted("I welcome the continuation"
                        + " of the talks hosted by the United Nations Regional Centre for Preventive Diplomacy for Central Asia on"
                        + " 3 May 2003."), "extension"),
                Arguments.of("aPresidentInauguratedBeforeAnOfficesHeadEstablishesNoOffice", EN.formatted("the new President"
                        + " was inaugurated on 3 May 2003 in the presence of the Head of the United Nations Tajikistan Office of"
                        + " Peacebuilding."), "establishment"),
                Arguments.of("anArmedGroupCompletingItsWithdrawalIsNoWithdrawalOfTheObservingMission", EN.formatted("the armed"
                        + " group completed its withdrawal from Kenema on 3 May 2003, under the observation of the United Nations"
                        + " Mission in Sierra Leone."), "withdrawal"),
                Arguments.of("aFrenchBridgeInauguratedBeforeAnOfficesRepresentativeEstablishesNoOffice", FR.formatted("le"
                        + " nouveau pont a été inauguré le 3 mai 2003 en présence du Représentant du Bureau des Nations Unies pour"
                        + " l'Afrique de l'Ouest."), "establishment"),
                Arguments.of("anArabicGovernmentClosingTheBorderClosesNoMission", AR.formatted("الحكومة أغلقت الحدود في 3"
                        + " أيار/مايو 2003، حسبما أفادت بعثة الأمم المتحدة في سيراليون."), "closure"),
                Arguments.of("anArabicContinuationOfTalksAnOfficeHostedExtendsNoOffice", AR.formatted("نرحب باستمرار"
                        + " المحادثات التي استضافها مركز الأمم المتحدة الإقليمي للدبلوماسية الوقائية لمنطقة آسيا الوسطى في 3"
                        + " أيار/مايو 2003."), "extension"),
                Arguments.of("anArabicArmedGroupCompletingItsWithdrawalIsNoWithdrawalOfTheObservingMission", AR.formatted(
                        "الجماعة المسلحة أكملت انسحابها من كينيما في 3 أيار/مايو 2003 تحت مراقبة بعثة الأمم المتحدة في"
                        + " سيراليون."), "withdrawal"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameWordsOfAnotherParty")
    void theLetterStatesNoSuchEvent(String behaviour, String text, String type) throws Exception {
        assertThat(Pipelines.facts(behaviour + ".txt", text).events()).extracting(Event::type).doesNotContain(type);
    }
}
