package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;

/**
 * Whole-pipeline checks, over the real catalog, of whose event a sentence states when it names the office and then
 * its partners: a possessive in the trigger ("to continue its activities", "with a view to its closure", "de poursuivre
 * ses activités", "en vue de sa fermeture") stands for the office the sentence is about, never for a body named after
 * "in cooperation with" ("بالتعاون مع") or listed with it; "the Office" ("المكتب") refers to the office the letter is
 * about even when its name says Centre. Negatives: a description whose kind no body named fits, and a possessive with
 * no body at all, state no event.
 */
class PartnersAndPossessivesTest {
    private static final String EN_HEAD = "Letter dated 3 June 2009 from the Secretary-General addressed to the"
            + " President of the Security Council\n";
    private static final String FR_HEAD = "Lettre datée du 3 juin 2009, adressée au Président du Conseil de sécurité"
            + " par le Secrétaire général\n";
    private static final String AR_HEAD = "رسالة مؤرخة 3 حزيران/يونيه 2009 موجهة إلى رئيس مجلس الأمن من الأمين العام\n";

    private static List<Tuple> events(String name, String text) throws Exception {
        LetterFacts f = Pipelines.facts(name, text);
        return f.events().stream().map(e -> tuple(e.type(), e.entity(), e.date().iso())).toList();
    }

    @Test
    void anOfficesActivitiesContinuedInCooperationWithPartnersAreTheOfficesExtension() throws Exception {
        assertThat(events("en-ext.txt", EN_HEAD + """
                Given the valuable work of the United Nations Integrated Office in Burundi in support of the peace
                process, in close cooperation with the Economic Community of Central African States, the European Union
                and the African Union, I propose to continue its activities for a further period, until 31 December 2010.
                (Signed) Ban Ki-moon
                """)).contains(tuple("extension", "BINUB", "2010-12-31"))
                .noneMatch(t -> List.of("ECCAS", "EU", "AU").contains(t.toList().get(1)));
        assertThat(events("fr-ext.txt", FR_HEAD + """
                Compte tenu du rôle important que joue le Bureau des Nations Unies pour l'Afrique de l'Ouest, en
                coopération avec la Communauté économique des États de l'Afrique de l'Ouest et l'Union africaine, j'ai
                l'intention de poursuivre ses activités pour une nouvelle période, jusqu'au 31 décembre 2013.
                (Signé) Ban Ki-moon
                """)).contains(tuple("extension", "UNOWA", "2013-12-31"))
                .noneMatch(t -> List.of("ECOWAS", "AU").contains(t.toList().get(1)));
    }

    @Test
    void theOfficeAfterPartnersInArabicIsTheCentreTheLetterIsAbout() throws Exception {
        assertThat(events("ar-ext.txt", AR_HEAD + """
                ونظرا للدور الذي يؤديه مركز الأمم المتحدة الإقليمي للدبلوماسية الوقائية لآسيا الوسطى، بالتنسيق مع منظمة الأمن
                والتعاون في أوروبا، ومنظمة شنغهاي للتعاون، أعتزم مواصلة أنشطة المكتب لفترة أخرى حتى 31 كانون الأول/ديسمبر 2014.
                (توقيع) بان كي - مون
                """)).contains(tuple("extension", "UNRCCA", "2014-12-31"))
                .noneMatch(t -> List.of("OSCE", "SCO").contains(t.toList().get(1)));
    }

    @Test
    void anArabicPossessiveSuffixOnTheTriggerStandsForTheOfficeNotItsPartners() throws Exception {
        assertThat(events("ar-suffix-ext.txt", AR_HEAD + """
                ونظرا للعمل القيم الذي يقوم به مكتب الأمم المتحدة لغرب أفريقيا، بالتعاون الوثيق مع الاتحاد الأفريقي،
                والجماعة الاقتصادية لدول غرب أفريقيا، أعتزم مواصلة أنشطته حتى 31 كانون الأول/ديسمبر 2013.
                (توقيع) بان كي - مون
                """)).contains(tuple("extension", "UNOWA", "2013-12-31"))
                .noneMatch(t -> List.of("AU", "ECOWAS").contains(t.toList().get(1)));
        assertThat(events("ar-suffix-close.txt", AR_HEAD + """
                وبعد التشاور مع حكومة سيراليون، أعتزم البدء في تقليص حجم مكتب الأمم المتحدة المتكامل لبناء السلام في
                سيراليون، بالتعاون مع الجماعة الاقتصادية لدول غرب أفريقيا، تمهيدا لإغلاقه في 31 آذار/مارس 2014.
                (توقيع) بان كي - مون
                """)).contains(tuple("closure", "UNIPSIL", "2014-03-31"))
                .noneMatch(t -> t.toList().get(1).equals("ECOWAS"));
    }

    @Test
    void aClosureStatedWithAPossessiveAfterTheOfficeIsTheOfficesClosure() throws Exception {
        assertThat(events("en-close.txt", EN_HEAD + """
                After consulting the Government of Sierra Leone and the Economic Community of West African States, I
                intend to start the drawdown of the United Nations Integrated Peacebuilding Office in Sierra Leone in
                Freetown, with a view to its closure on 31 March 2014.
                (Signed) Ban Ki-moon
                """)).contains(tuple("closure", "UNIPSIL", "2014-03-31"))
                .noneMatch(t -> t.toList().get(1).equals("ECOWAS"));
        assertThat(events("fr-close.txt", FR_HEAD + """
                Après avoir consulté le Gouvernement burundais, j'ai l'intention d'entamer la réduction progressive du
                Bureau intégré des Nations Unies au Burundi, en vue de sa fermeture le 31 décembre 2010.
                (Signé) Ban Ki-moon
                """)).contains(tuple("closure", "BINUB", "2010-12-31"));
        assertThat(events("ar-close.txt", AR_HEAD + """
                وبعد التشاور مع حكومة بوروندي، أعتزم البدء في التصفية التدريجية لمكتب الأمم المتحدة المتكامل في بوروندي
                وإغلاقه في 31 كانون الأول/ديسمبر 2010.
                (توقيع) بان كي - مون
                """)).contains(tuple("closure", "BINUB", "2010-12-31"));
    }

    @Test
    void theOfficeWhereOnlyARegionalOrganizationIsNamedAndAPossessiveWithNoBodyStateNoEvent() throws Exception {
        assertThat(events("en-neg.txt", EN_HEAD + """
                The African Union has welcomed the proposals of the Government. I intend to continue the activities of
                the Office until 31 December 2012.
                (Signed) Ban Ki-moon
                """)).noneMatch(t -> t.toList().get(1).equals("AU"));
        assertThat(events("en-neg2.txt", EN_HEAD + """
                The refugee camp at Dadaab is overcrowded. The Government of Kenya has announced its closure on
                31 May 2017.
                (Signed) Ban Ki-moon
                """)).noneMatch(t -> t.toList().get(0).equals("closure"));
    }
}
