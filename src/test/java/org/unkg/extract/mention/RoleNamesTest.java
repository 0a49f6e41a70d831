package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * Names after a role on letters written in other ways than the ones the rules were first made on: a role that is a
 * verb's subject is followed by the verb's object, not a name ("أعطى وزير الخارجية ضمانات ...", "the Foreign Minister
 * gave assurances"); a name right after a role with no comma or title ("the Humanitarian Coordinator Martin Griffiths",
 * "le Coordonnateur spécial Nickolay Mladenov", "المنسق الخاص نيكولاي ملادينوف"); role words a PDF glued to the next word
 * ("رئيسالوزراء"); a department's words before a role read back ("للشؤون السياسية، المنسق ..."); a rank before a participle
 * ("the Colonel Commanding the sector"). Hand-written variants in Arabic, English and French, with negatives.
 */
class RoleNamesTest {
    private static final String AR_TITLE = "رسالة مؤرخة 4 نيسان/أبريل 2016 موجهة من الأمين العام إلى رئيس مجلس الأمن\n\n";
    private static final String EN_TITLE = "Letter dated 4 April 2016 from the Secretary-General addressed to the President of the Security Council\n";
    private static final String FR_TITLE = "Lettre datée du 4 avril 2016, adressée au Président du Conseil de sécurité par le Secrétaire général\n";

    private static List<String> persons(String name, String text) throws Exception {
        LetterFacts f = Pipelines.facts(name, text);
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).map(Mention::label).distinct().toList();
    }

    @Test
    void theObjectOfAVerbWhoseSubjectIsARoleIsNoPerson() throws Exception {
        List<String> ar = persons("ar.txt", AR_TITLE + """
                وقد أعطى وزير الخارجية ضمانات بسلامة الموظفين، ووجه رئيس الجمهورية تعليمات بتنفيذ الاتفاق. وأبدى الممثل الخاص \
                ترحيبا بالخطوات المتخذة. واستقبل رئيس الوزراء حيدر العبادي الوفد في بغداد.
                """);
        assertThat(ar).contains("حيدر العبادي");
        assertThat(ar).noneMatch(p -> p.contains("ضمانات") || p.contains("تعليمات") || p.contains("ترحيبا"));
        List<String> en = persons("en.txt", EN_TITLE + """
                The Foreign Minister gave assurances that the convoy would pass, and the Special Envoy expressed concern at
                the delays. President Salva Kiir received the delegation.
                """);
        assertThat(en).containsExactly("Salva Kiir");
    }

    @Test
    void aNameRightAfterARoleWithNoCommaIsAPerson() throws Exception {
        assertThat(persons("en.txt", EN_TITLE + """
                The Humanitarian Coordinator Martin Griffiths will travel to Sana'a with the Special Envoy.
                """)).contains("Martin Griffiths");
        assertThat(persons("fr.txt", FR_TITLE + """
                Le Coordonnateur spécial Nickolay Mladenov s'est rendu à Gaza le 2 avril 2016.
                """)).contains("Nickolay Mladenov");
        assertThat(persons("ar.txt", AR_TITLE + """
                وقد زار المنسق الخاص نيكولاي ملادينوف غزة، والتقى بالمبعوث جيفري فيلتمان في القدس.
                """)).contains("نيكولاي ملادينوف", "جيفري فيلتمان");
    }

    @Test
    void wordsAfterARoleThatDoNotLookLikeANameAreNone() throws Exception {
        assertThat(persons("ar.txt", AR_TITLE + """
                وقدم المستشار إحاطة شاملة إلى الأعضاء، وأبدى المبعوث قلقا بالغا. وقدم رئيس فريق التقييم تقريرا مفصلا.
                والتقى الوفد بالمنسق الخاص لعملية السلام في الشرق الأوسط.
                """)).isEmpty();
        assertThat(persons("en.txt", EN_TITLE + """
                The Resident Coordinator Office in Juba and the Deputy Special Representative Team were informed.
                """)).isEmpty();
    }

    @Test
    void roleWordsAPdfGluedToTheNextWordStillIntroduceAName() throws Exception {
        List<String> ar = persons("ar.txt", AR_TITLE + """
                واستقبل رئيسالوزراء سعد الحريري الوفد، كما التقى الوفد ووزيرالدولة جبران باسيل. وقدمت الممثلةالخاصة سيغريد كاغ إحاطة.
                """);
        assertThat(ar).contains("سعد الحريري", "جبران باسيل", "سيغريد كاغ");
    }

    @Test
    void aDepartmentsWordsBeforeARoleAreNoPerson() throws Exception {
        List<String> ar = persons("ar.txt", AR_TITLE + """
                وقد أبلغني وكيل الأمين العام للشؤون السياسية، المنسق الخاص، جيفري فيلتمان، بالوضع في المنطقة.
                """);
        assertThat(ar).contains("جيفري فيلتمان");
        assertThat(ar).noneMatch(p -> p.contains("للشؤون") || p.contains("السياسية"));
    }

    @Test
    void aParticipleAfterAMilitaryRankIsNoSurname() throws Exception {
        List<String> en = persons("en.txt", EN_TITLE + """
                The Colonel Commanding the western sector met Colonel Qadhafi's envoy, and the Brigadier Commanding the reserve
                and the Brigadier Headquarters in Bunia were informed.
                """);
        assertThat(en).noneMatch(p -> p.contains("Commanding") || p.contains("Headquarters"));
        assertThat(en).contains("Qadhafi");
    }
}
