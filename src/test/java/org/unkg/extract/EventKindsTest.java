package org.unkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * Whole-pipeline checks, over the real catalog, of event kinds letters state less often: a body renamed or
 * transformed into another, bodies merged, an extension recommended as a duration from the current end, and
 * offices closed over a period. Each trigger has a negative: its words in a sentence that states no such event.
 */
class EventKindsTest {
    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    private static final String EN_HEAD = "Letter dated 14 November 2008 from the Secretary-General addressed to the"
            + " President of the Security Council\n";
    private static final String FR_HEAD = "Lettre datée du 2 février 2016, adressée au Président du Conseil de sécurité"
            + " par le Secrétaire général\n";
    private static final String AR_HEAD = "رسالة مؤرخة 14 تشرين الثاني/نوفمبر 2008 موجهة إلى رئيس مجلس الأمن من الأمين العام\n";

    /** Letters that state an event: the behaviour pinned, the letter's file name and text, the event's type, body and date. */
    static Stream<Arguments> statedEvents() {
        return Stream.of(
                Arguments.of("transformingAnOfficeIntoAnotherIsARenamingOfTheOldOfficeOnItsEffectiveDate", "en-rename.txt", EN_HEAD + "I wish to inform you of my intention to transform the United Nations"
                        + " Peacebuilding Support Office in Guinea-Bissau into an integrated peacebuilding office, with effect from"
                        + " 1 January 2009.\n(Signed) Ban Ki-moon\n",
                        "renaming", "UNOGBIS", "2009-01-01"),
                Arguments.of("anOfficeThatWillBeRenamedWithoutADateIsRenamedOnTheLettersDate", "en-renamed.txt", EN_HEAD + "Following consultations, the United Nations Integrated Office in"
                        + " Sierra Leone will be renamed the United Nations Integrated Peacebuilding Office in Sierra Leone.\n",
                        "renaming", "UNIOSIL", "2008-11-14"),
                Arguments.of("aFrenchTransformationWithEffectFromADateIsARenaming", "fr-rename.txt", FR_HEAD + "J'ai l'honneur de vous informer de mon intention de transformer le"
                        + " Bureau des Nations Unies pour l'Afrique de l'Ouest en un bureau régional élargi, avec effet au 1er mars 2016.\n",
                        "renaming", "UNOWA", "2016-03-01"),
                Arguments.of("anArabicTransformationOfAnOfficeIsARenaming", "ar-rename.txt", AR_HEAD + "أود أن أبلغكم باعتزامي تحويل مكتب الأمم المتحدة لدعم بناء السلام في"
                        + " غينيا - بيساو إلى مكتب متكامل لبناء السلام اعتبارا من 1 كانون الثاني/يناير 2009.\n",
                        "renaming", "UNOGBIS", "2009-01-01"),
                Arguments.of("theMergerOfTwoOfficesIntoOneIsAMergerOfTheFirstOfficeNamed", "en-merger.txt", EN_HEAD + "I propose the merger of the United Nations Office for West Africa and"
                        + " the Office of the Special Envoy of the Secretary-General for the Sahel into a single office, with effect"
                        + " from 1 February 2016.\n",
                        "merger", "UNOWA", "2016-02-01"),
                Arguments.of("anArabicMergerOfAnOfficeIsAMergerOfThatOffice", "ar-merger.txt", AR_HEAD + "وأقترح دمج مكتب الأمم المتحدة لغرب أفريقيا ومكتب المبعوث الخاص للأمين"
                        + " العام لمنطقة الساحل في مكتب واحد.\n",
                        "merger", "UNOWA", "2008-11-14"),
                Arguments.of("anExtensionRecommendedForAFurtherPeriodEndsThatLongAfterTheCurrentEnd", "en-ext.txt", EN_HEAD + "The current mandate of the United Nations Integrated Peacebuilding Office"
                        + " in Sierra Leone expires on 30 September 2009. I recommend that the mandate of the Office be extended"
                        + " for a further 12 months.\n",
                        "extension", "UNIPSIL", "2010-09-30"),
                Arguments.of("anArabicExtensionRecommendedForAFurtherPeriodEndsThatLongAfterTheCurrentEnd", "ar-ext.txt", AR_HEAD + "تنتهي الولاية الحالية لمكتب الأمم المتحدة المتكامل لبناء السلام في"
                        + " غينيا - بيساو في 31 كانون الأول/ديسمبر 2009. وأوصي بتمديد ولاية المكتب لفترة 12 شهرا أخرى.\n",
                        "extension", "UNIOGBIS", "2010-12-31"),
                Arguments.of("closingAMissionsOfficesOverAPeriodIsAClosureOnTheFirstDay", "en-close.txt", EN_HEAD + "The United Nations Mission in the Sudan will proceed with the closure"
                        + " of its offices from 1 to 30 June 2011.\n",
                        "closure", "UNMIS", "2011-06-01"),
                Arguments.of("anArabicMissionClosingItsOfficesOverAPeriodIsAClosureOnTheFirstDay", "ar-close.txt", AR_HEAD + "وستقوم بعثة الأمم المتحدة في السودان بإغلاق مكاتبها في الفترة من"
                        + " 1 إلى 30 حزيران/يونيه 2011.\n",
                        "closure", "UNMIS", "2011-06-01"),
                Arguments.of("aFrenchMandateExpiringThenProlongedForAYearEndsAYearLater", "fr-ext.txt", FR_HEAD + "Le mandat actuel du Bureau expire le 28 février"
                        + " 2016. Je recommande que le mandat du Bureau régional des Nations Unies pour l'Afrique centrale soit"
                        + " prorogé pour une période supplémentaire de 12 mois.\n",
                        "extension", "UNOCA", "2017-02-28"),
                Arguments.of("anArabicRenamingOfAnOfficeIsARenaming", "ar-rename2.txt", AR_HEAD + "وقد قررت تغيير اسم مكتب الأمم المتحدة المتكامل في سيراليون"
                        + " اعتبارا من 1 تشرين الأول/أكتوبر 2008.\n",
                        "renaming", "UNIOSIL", "2008-10-01"),
                Arguments.of("anArabicExtensionForAFurtherPeriodInArabicIndicDigitsEndsThatLongAfterTheCurrentEnd", "ar-ext2.txt", AR_HEAD + "تنتهي ولاية مكتب الأمم المتحدة المتكامل لبناء السلام في سيراليون في"
                        + " ٣٠ أيلول/سبتمبر ٢٠٠٩. وأوصي بتمديد ولاية المكتب لفترة ١٢ شهرا أخرى.\n",
                        "extension", "UNIPSIL", "2010-09-30"),
                Arguments.of("aFrenchMandateDuBureauRefersBackToTheOfficeNamedBefore", "fr-du.txt", "Lettre datée du 12 décembre"
                        + " 2012, adressée au Président du Conseil de sécurité par le Secrétaire général\nLe Bureau intégré des"
                        + " Nations Unies pour la consolidation de la paix en Sierra Leone poursuit ses travaux. Je propose que le"
                        + " mandat du Bureau soit prorogé jusqu'au 31 mars 2014.",
                        "extension", "UNIPSIL", "2014-03-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statedEvents")
    void theLetterStatesTheEvent(String behaviour, String file, String text, String type, String body, String date) throws Exception {
        assertThat(run(file, text).events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple(type, body, date));
    }

    /** A trigger's words in a sentence that states no such event: the behaviour pinned, the letter, the type not read. */
    static Stream<Arguments> noSuchEvent() {
        return Stream.of(
                Arguments.of("transformingASectorOrRenamingAStreetIsNoRenamingOfABody", "en-rename-neg.txt", EN_HEAD + "The United Nations Office for West Africa has helped the Government"
                        + " transform the justice sector into an independent service since 2005. In Dakar, the avenue in front of"
                        + " the Office's building was renamed in 2007.\n",
                        "renaming"),
                Arguments.of("aMergerOfPartiesNearAnOfficeIsNoMergerOfTheOffice", "en-merger-neg.txt", EN_HEAD + "The merger of the two main opposition parties in 2007 was welcomed"
                        + " at the time by the United Nations Office for West Africa.\n",
                        "merger"),
                Arguments.of("officesClosedForAHolidayOverAPeriodAreNoClosureOfTheMission", "en-close-neg.txt", EN_HEAD + "During the holiday from 1 to 3 June 2011, the United Nations Mission"
                        + " in the Sudan reported that banks and schools in Juba remained closed.\n",
                        "closure"),
                Arguments.of("anArabicTransferOfFundsToAnOfficeIsNoRenaming", "ar-rename-neg.txt", AR_HEAD + "وقد تم تحويل الأموال المخصصة إلى مكتب الأمم المتحدة لغرب أفريقيا"
                        + " في 3 آذار/مارس 2008.\n",
                        "renaming"),
                Arguments.of("aMissionMergingItsLogisticsWithAnOfficesIsNoMerger", "en-merge-neg.txt", EN_HEAD + "On 3 March 2008 the United Nations Mission in the Sudan began to"
                        + " merge its logistics with those of the United Nations Office for West Africa.\n",
                        "merger"),
                Arguments.of("anArabicMissionSupportingTheIntegrationOfCombatantsIsNoMerger", "ar-merge-neg.txt", AR_HEAD + "ودعمت بعثة الأمم المتحدة في السودان دمج المقاتلين السابقين في"
                        + " القوات المسلحة في 3 آذار/مارس 2008.\n",
                        "merger"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noSuchEvent")
    void theLetterStatesNoSuchEvent(String behaviour, String file, String text, String type) throws Exception {
        assertThat(run(file, text).events()).extracting(Event::type).doesNotContain(type);
    }

    @Test
    void anExtensionForAFurtherPeriodWithNoCurrentEndTakesTheLettersDate() throws Exception {
        LetterFacts f = run("en-ext-neg.txt", EN_HEAD + "The Office was established on 1 October 2008. I recommend that the"
                + " mandate of the United Nations Integrated Peacebuilding Office in Sierra Leone be extended for a further"
                + " 12 months.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("extension", "UNIPSIL", "2008-11-14"))
                .doesNotContain(tuple("extension", "UNIPSIL", "2009-10-01"), tuple("extension", "UNIPSIL", "2009-09-30"));
    }

    @Test
    void anAgreementExpiringBeforeAnExtensionIsNotTheMandatesCurrentEnd() throws Exception {
        LetterFacts f = run("en-ext-agreement.txt", EN_HEAD + "The ceasefire agreement signed by the parties expires on"
                + " 1 March 2009. I recommend that the mandate of the United Nations Integrated Peacebuilding Office in"
                + " Sierra Leone be extended for a further 12 months.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("extension", "UNIPSIL", "2008-11-14"))
                .doesNotContain(tuple("extension", "UNIPSIL", "2010-03-01"));
    }
}
