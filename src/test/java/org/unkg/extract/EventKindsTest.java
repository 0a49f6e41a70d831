package org.unkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
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

    @Test
    void transformingAnOfficeIntoAnotherIsARenamingOfTheOldOfficeOnItsEffectiveDate() throws Exception {
        LetterFacts f = run("en-rename.txt", EN_HEAD + "I wish to inform you of my intention to transform the United Nations"
                + " Peacebuilding Support Office in Guinea-Bissau into an integrated peacebuilding office, with effect from"
                + " 1 January 2009.\n(Signed) Ban Ki-moon\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("renaming", "UNOGBIS", "2009-01-01"));
    }

    @Test
    void anOfficeThatWillBeRenamedWithoutADateIsRenamedOnTheLettersDate() throws Exception {
        LetterFacts f = run("en-renamed.txt", EN_HEAD + "Following consultations, the United Nations Integrated Office in"
                + " Sierra Leone will be renamed the United Nations Integrated Peacebuilding Office in Sierra Leone.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("renaming", "UNIOSIL", "2008-11-14"));
    }

    @Test
    void aFrenchTransformationWithEffectFromADateIsARenaming() throws Exception {
        LetterFacts f = run("fr-rename.txt", FR_HEAD + "J'ai l'honneur de vous informer de mon intention de transformer le"
                + " Bureau des Nations Unies pour l'Afrique de l'Ouest en un bureau régional élargi, avec effet au 1er mars 2016.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("renaming", "UNOWA", "2016-03-01"));
    }

    @Test
    void anArabicTransformationOfAnOfficeIsARenaming() throws Exception {
        LetterFacts f = run("ar-rename.txt", AR_HEAD + "أود أن أبلغكم باعتزامي تحويل مكتب الأمم المتحدة لدعم بناء السلام في"
                + " غينيا - بيساو إلى مكتب متكامل لبناء السلام اعتبارا من 1 كانون الثاني/يناير 2009.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("renaming", "UNOGBIS", "2009-01-01"));
    }

    @Test
    void transformingASectorOrRenamingAStreetIsNoRenamingOfABody() throws Exception {
        LetterFacts f = run("en-rename-neg.txt", EN_HEAD + "The United Nations Office for West Africa has helped the Government"
                + " transform the justice sector into an independent service since 2005. In Dakar, the avenue in front of"
                + " the Office's building was renamed in 2007.\n");
        assertThat(f.events()).extracting(Event::type).doesNotContain("renaming");
    }

    @Test
    void theMergerOfTwoOfficesIntoOneIsAMergerOfTheFirstOfficeNamed() throws Exception {
        LetterFacts f = run("en-merger.txt", EN_HEAD + "I propose the merger of the United Nations Office for West Africa and"
                + " the Office of the Special Envoy of the Secretary-General for the Sahel into a single office, with effect"
                + " from 1 February 2016.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("merger", "UNOWA", "2016-02-01"));
    }

    @Test
    void anArabicMergerOfAnOfficeIsAMergerOfThatOffice() throws Exception {
        LetterFacts f = run("ar-merger.txt", AR_HEAD + "وأقترح دمج مكتب الأمم المتحدة لغرب أفريقيا ومكتب المبعوث الخاص للأمين"
                + " العام لمنطقة الساحل في مكتب واحد.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("merger", "UNOWA", "2008-11-14"));
    }

    @Test
    void aMergerOfPartiesNearAnOfficeIsNoMergerOfTheOffice() throws Exception {
        LetterFacts f = run("en-merger-neg.txt", EN_HEAD + "The merger of the two main opposition parties in 2007 was welcomed"
                + " at the time by the United Nations Office for West Africa.\n");
        assertThat(f.events()).extracting(Event::type).doesNotContain("merger");
    }

    @Test
    void anExtensionRecommendedForAFurtherPeriodEndsThatLongAfterTheCurrentEnd() throws Exception {
        LetterFacts f = run("en-ext.txt", EN_HEAD + "The current mandate of the United Nations Integrated Peacebuilding Office"
                + " in Sierra Leone expires on 30 September 2009. I recommend that the mandate of the Office be extended"
                + " for a further 12 months.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("extension", "UNIPSIL", "2010-09-30"));
    }

    @Test
    void anArabicExtensionRecommendedForAFurtherPeriodEndsThatLongAfterTheCurrentEnd() throws Exception {
        LetterFacts f = run("ar-ext.txt", AR_HEAD + "تنتهي الولاية الحالية لمكتب الأمم المتحدة المتكامل لبناء السلام في"
                + " غينيا - بيساو في 31 كانون الأول/ديسمبر 2009. وأوصي بتمديد ولاية المكتب لفترة 12 شهرا أخرى.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("extension", "UNIOGBIS", "2010-12-31"));
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
    void closingAMissionsOfficesOverAPeriodIsAClosureOnTheFirstDay() throws Exception {
        LetterFacts f = run("en-close.txt", EN_HEAD + "The United Nations Mission in the Sudan will proceed with the closure"
                + " of its offices from 1 to 30 June 2011.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("closure", "UNMIS", "2011-06-01"));
    }

    @Test
    void anArabicMissionClosingItsOfficesOverAPeriodIsAClosureOnTheFirstDay() throws Exception {
        LetterFacts f = run("ar-close.txt", AR_HEAD + "وستقوم بعثة الأمم المتحدة في السودان بإغلاق مكاتبها في الفترة من"
                + " 1 إلى 30 حزيران/يونيه 2011.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("closure", "UNMIS", "2011-06-01"));
    }

    @Test
    void officesClosedForAHolidayOverAPeriodAreNoClosureOfTheMission() throws Exception {
        LetterFacts f = run("en-close-neg.txt", EN_HEAD + "During the holiday from 1 to 3 June 2011, the United Nations Mission"
                + " in the Sudan reported that banks and schools in Juba remained closed.\n");
        assertThat(f.events()).extracting(Event::type).doesNotContain("closure");
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

    @Test
    void aFrenchMandateExpiringThenProlongedForAYearEndsAYearLater() throws Exception {
        LetterFacts f = run("fr-ext.txt", FR_HEAD + "Le mandat actuel du Bureau expire le 28 février"
                + " 2016. Je recommande que le mandat du Bureau régional des Nations Unies pour l'Afrique centrale soit"
                + " prorogé pour une période supplémentaire de 12 mois.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("extension", "UNOCA", "2017-02-28"));
    }

    @Test
    void anArabicRenamingOfAnOfficeIsARenaming() throws Exception {
        LetterFacts f = run("ar-rename2.txt", AR_HEAD + "وقد قررت تغيير اسم مكتب الأمم المتحدة المتكامل في سيراليون"
                + " اعتبارا من 1 تشرين الأول/أكتوبر 2008.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("renaming", "UNIOSIL", "2008-10-01"));
    }

    @Test
    void anArabicTransferOfFundsToAnOfficeIsNoRenaming() throws Exception {
        LetterFacts f = run("ar-rename-neg.txt", AR_HEAD + "وقد تم تحويل الأموال المخصصة إلى مكتب الأمم المتحدة لغرب أفريقيا"
                + " في 3 آذار/مارس 2008.\n");
        assertThat(f.events()).extracting(Event::type).doesNotContain("renaming");
    }

    @Test
    void aMissionMergingItsLogisticsWithAnOfficesIsNoMerger() throws Exception {
        LetterFacts f = run("en-merge-neg.txt", EN_HEAD + "On 3 March 2008 the United Nations Mission in the Sudan began to"
                + " merge its logistics with those of the United Nations Office for West Africa.\n");
        assertThat(f.events()).extracting(Event::type).doesNotContain("merger");
    }

    @Test
    void anArabicMissionSupportingTheIntegrationOfCombatantsIsNoMerger() throws Exception {
        LetterFacts f = run("ar-merge-neg.txt", AR_HEAD + "ودعمت بعثة الأمم المتحدة في السودان دمج المقاتلين السابقين في"
                + " القوات المسلحة في 3 آذار/مارس 2008.\n");
        assertThat(f.events()).extracting(Event::type).doesNotContain("merger");
    }

    @Test
    void anArabicExtensionForAFurtherPeriodInArabicIndicDigitsEndsThatLongAfterTheCurrentEnd() throws Exception {
        LetterFacts f = run("ar-ext2.txt", AR_HEAD + "تنتهي ولاية مكتب الأمم المتحدة المتكامل لبناء السلام في سيراليون في"
                + " ٣٠ أيلول/سبتمبر ٢٠٠٩. وأوصي بتمديد ولاية المكتب لفترة ١٢ شهرا أخرى.\n");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("extension", "UNIPSIL", "2010-09-30"));
    }

    @Test
    void aFrenchMandateDuBureauRefersBackToTheOfficeNamedBefore() throws Exception {
        LetterFacts f = run("fr-du.txt", "Lettre datée du 12 décembre 2012, adressée au Président du Conseil"
                + " de sécurité par le Secrétaire général\nLe Bureau intégré des Nations Unies pour la consolidation de la paix"
                + " en Sierra Leone poursuit ses travaux. Je propose que le mandat du Bureau soit prorogé jusqu'au"
                + " 31 mars 2014.");
        assertThat(f.events()).extracting(org.unkg.model.Event::type, org.unkg.model.Event::entity, e -> e.date().iso())
                .contains(org.assertj.core.groups.Tuple.tuple("extension", "UNIPSIL", "2014-03-31"));
    }
}
