package org.unkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/** Whole-pipeline checks on hand-written Arabic (and French) letters of the genre, over the real catalog. */
class ArabicLetterVariantsTest {
    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    private static java.util.List<String> persons(LetterFacts f) {
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).map(Mention::label).toList();
    }

    @Test
    void aPersonNamedAfterAnHonorificIsAPersonUpToTheRoleOrComma() throws Exception {
        LetterFacts f = run("hon.txt", "رسالة مؤرخة 4 آذار/مارس 2008 موجهة من الأمين العام إلى رئيس مجلس الأمن"
                + " أود إبلاغكم بأنني عينت السيد يوسف بكري ممثلا خاصا لي. وحضر الاجتماع معالي السيد أحمد ولد زيدان، وزير"
                + " الخارجية. وأرجو من السيد الرئيس عرض الأمر على المجلس. (توقيع) بان كي - مون");
        assertThat(persons(f)).contains("يوسف بكري", "أحمد ولد زيدان").noneMatch(p -> p.contains("الرئيس"));
    }

    @Test
    void aSeatCueAfterTheHeadsTitleSeatsTheOfficeNotTheSecretaryGeneral() throws Exception {
        LetterFacts f = run("seat.txt", "رسالة مؤرخة 2 آب/أغسطس 2005 موجهة من الأمين العام إلى رئيس مجلس الأمن"
                + " أعتزم إنشاء مكتب الأمم المتحدة لغرب أفريقيا. وسيرأس المكتب ممثل خاص للأمين العام، ومقره في داكار."
                + " (توقيع) كوفي عنان");
        assertThat(f.seats()).extracting(org.unkg.model.Seat::entity).doesNotContain("UNSG").contains("UNOWA");
    }

    private static java.util.List<org.assertj.core.groups.Tuple> events(LetterFacts f) {
        return f.events().stream().map(e -> tuple(e.type(), e.entity(), e.date().iso())).toList();
    }

    @Test
    void aMissionWhoseMandateWillEndOnADateHasAMandateEndNotTheCouncilsOne() throws Exception {
        LetterFacts f = run("end.txt", "رسالة مؤرخة ٢ تشرين الثاني/نوفمبر ٢٠٠٩ موجهة من الأمين العام إلى رئيس مجلس الأمن"
                + " أتشرف بأن أبلغكم بأن بعثة الأمم المتحدة في نيبال ستنهي ولايتها في ١٥ أيار/مايو ٢٠١٠، وفقا لقرار مجلس الأمن"
                + " ١٨٦٤ (٢٠٠٩). (توقيع) بان كي - مون");
        assertThat(events(f)).contains(tuple("mandate-end", "UNMIN", "2010-05-15"))
                .noneMatch(t -> t.toList().contains("UNSC"));
    }

    @Test
    void anOfficeThatWillOpenInACityOnADateIsEstablishedThereThen() throws Exception {
        LetterFacts f = run("open.txt", "رسالة مؤرخة 4 أيار/مايو 2009 موجهة من الأمين العام إلى رئيس مجلس الأمن"
                + " أتشرف بالإشارة إلى مكتب الأمم المتحدة الإقليمي لوسط أفريقيا. ويسرني أن أبلغكم بأن المكتب سيفتتح في ليبرفيل"
                + " في 1 حزيران/يونيه 2009. (توقيع) بان كي - مون");
        assertThat(events(f)).contains(tuple("establishment", "UNOCA", "2009-06-01"));
        assertThat(f.seats()).extracting(org.unkg.model.Seat::entity, org.unkg.model.Seat::place)
                .contains(tuple("UNOCA", "libreville"));
    }

    @Test
    void aSummitWhichWasHeldInACityInAMonthIsAMeetingOfThatMonth() throws Exception {
        LetterFacts f = run("summit.txt", "رسالة مؤرخة 8 آذار/مارس 2006 موجهة إلى الأمين العام من الممثل الدائم لغانا لدى الأمم المتحدة"
                + " يشرفني أن أحيل إليكم البيان الصادر عن مؤتمر قمة الجماعة الاقتصادية لدول غرب أفريقيا الذي عقد في أبوجا في"
                + " كانون الثاني/يناير 2006. وأدرج أدناه البيان الختامي للاجتماع الذي عقدته منظمة المؤتمر الإسلامي في باكو"
                + " في الفترة من 19 إلى 21 شباط/فبراير 2006. (توقيع) نانا إفاه - أبنتنغ");
        assertThat(events(f)).contains(tuple("meeting", "ECOWAS", "2006-01"), tuple("meeting", "OIC", "2006-02-19"));
    }

    @Test
    void aFrenchLetterProlongingAMandateFromADateWithItsSeatIsAnExtensionSeatedThere() throws Exception {
        LetterFacts f = run("fr.txt", """
                Lettre datée du 14 décembre 2007, adressée au Président du Conseil de sécurité par le Secrétaire général
                J'ai l'honneur de vous informer que j'ai décidé de prolonger le mandat du Bureau des Nations Unies pour
                l'Afrique de l'Ouest pour une période de trois ans, du 1er janvier 2008 au 31 décembre 2010. Le Bureau,
                dont le siège est à Dakar, continuera ses activités. Le Conseil de paix et de sécurité de l'Union
                africaine, à l'issue de sa réunion tenue à Addis-Abeba le 3 décembre 2007, s'est félicité de cette décision.
                (Signé) Ban Ki-moon
                """);
        assertThat(events(f)).contains(tuple("extension", "UNOWA", "2008-01-01"), tuple("meeting", "AU", "2007-12-03"));
        assertThat(f.seats()).extracting(org.unkg.model.Seat::entity, org.unkg.model.Seat::place)
                .contains(tuple("UNOWA", "dakar"));
    }

    @Test
    void electionsThatWereHeldInAMonthAreNotAMeetingAndKeepTheirDate() throws Exception {
        LetterFacts f = run("elect.txt", "رسالة مؤرخة 10 أيار/مايو 2005 موجهة من الأمين العام إلى رئيس مجلس الأمن"
                + " وقدم مكتب الأمم المتحدة لدعم بناء السلام في طاجيكستان المساعدة التقنية لإجراء الانتخابات النيابية التي"
                + " عقدت في شباط/فبراير 2005 في طاجيكستان. (توقيع) كوفي عنان");
        assertThat(events(f)).contains(tuple("election", "TJK", "2005-02")).noneMatch(t -> t.toList().contains("meeting"));
    }

    @Test
    void aMandateThatWillIncludeTheFollowingDashedItemsBelongsToTheOfficeNamedInTheCue() throws Exception {
        LetterFacts f = run("dash.txt", "رسالة مؤرخة 12 أيلول/سبتمبر 2008 موجهة من الأمين العام إلى رئيس مجلس الأمن"
                + " أعتزم إنشاء مكتب الأمم المتحدة المتكامل لبناء السلام في سيراليون. وسيرأس المكتب ممثل تنفيذي للأمين العام."
                + " وستتضمن ولاية المكتب ما يلي: - دعم لجنة توطيد السلام؛ - رصد حقوق الإنسان؛ - دعم الشرطة الوطنية."
                + " (توقيع) بان كي - مون");
        assertThat(f.mandates()).extracting(org.unkg.model.Mandate::entity, m -> m.tasks().size())
                .containsExactly(tuple("UNIPSIL", 3));
    }

    @Test
    void anOfficeTheCatalogNamesFollowedByAsOfIsThatOfficeNotANewBody() throws Exception {
        LetterFacts f = run("asof.txt", "رسالة مؤرخة ٢٠ كانون الأول/ديسمبر ٢٠١٠ موجهة من الأمين العام إلى رئيس مجلس الأمن"
                + " قرر المجلس إنشاء مكتب الأمم المتحدة في بوروندي اعتبارا من ١ كانون الثاني/يناير ٢٠١١، ومقره في بوجومبورا."
                + " (توقيع) بان كي - مون");
        assertThat(events(f)).contains(tuple("establishment", "BNUB", "2011-01-01"));
        assertThat(f.discovered()).isEmpty();
    }
}
