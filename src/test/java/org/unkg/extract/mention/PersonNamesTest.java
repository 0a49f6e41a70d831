package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * Persons named without an honorific the catalog would know them by (issue 10, kind 2), through the whole pipeline
 * over the project's catalog: by title, by role and apposition, as the object of an appointment, in a list after a
 * plural title, as an annex's signer; surnames on later mention; and what is not a person.
 */
class PersonNamesTest {
    private static LetterFacts facts(String text, String language) {
        return Pipelines.facts(Pipelines.PROJECT_CATALOG, text, language, "2008-11-12");
    }

    private static List<String> persons(String text, String language) {
        return persons(facts(text, language));
    }

    /** The persons a letter's facts name, their labels' white space made single spaces. */
    private static List<String> persons(LetterFacts f) {
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).map(m -> m.label().replaceAll("\\s+", " ")).toList();
    }

    /** Whether the facts name any place. */
    private static boolean namesAPlace(LetterFacts f) {
        return f.mentions().stream().anyMatch(m -> m.kind() == EntityKind.PLACE);
    }

    private static List<String> keys(String text, String language, EntityKind kind) {
        return facts(text, language).mentions().stream().filter(m -> m.kind() == kind).map(Mention::key).toList();
    }

    @Test
    void theWordOpeningTheFirstSentenceUnderATitleLineIsNoPerson() throws Exception {
        for (String opening : List.of("Enclosed please find a letter from Mr. Amr Moussa.",
                "Attached herewith is the communiqué issued by the Ministry.",
                "Pursuant to resolution 904 (1994), I transmit the report.",
                "Transmitted herewith is a letter from the Minister.")) {
            LetterFacts f = Pipelines.facts("a.txt", "Letter dated 18 April 1995 from the Permanent Representative of Egypt"
                    + " to the United Nations addressed to the Secretary-General\n" + opening + "\n(Signed) Nabil ELARABY\n");
            assertThat(persons(f)).as(opening).allMatch(p -> p.contains(" "));
        }
    }

    @Test
    void aTitleBeforeTheNameIntroducesAPersonInEachLanguage() {
        assertThat(persons("The agreement was signed by Prime Minister Nur Hassan Hussein, and President Jean-Marie"
                + " Dupont welcomed it. Foreign Minister Alvaro Uribe Velez attended.", "en"))
                .containsExactlyInAnyOrder("Nur Hassan Hussein", "Jean-Marie Dupont", "Alvaro Uribe Velez");
        assertThat(persons("Le dialogue, ouvert par le Président François Bozizé, a réuni les partis. Le Premier\n"
                + "Ministre Faustin-Archange Touadéra s'est engagé à former un gouvernement.", "fr"))
                .containsExactlyInAnyOrder("François Bozizé", "Faustin-Archange Touadéra");
        assertThat(persons("وأدت الحكومة برئاسة رئيس الوزراء عبد الرحيم الكيب اليمين في 24 تشرين الثاني/نوفمبر، وأن الرئيس"
                + " عبد ربه منصور هادي قد أدى اليمين الدستورية.", "ar"))
                .containsExactlyInAnyOrder("عبد الرحيم الكيب", "عبد ربه منصور هادي");
    }

    @Test
    void aRegnalNumberAndTheStateAfterTheNameStayOutOfItOrIn() {
        assertThat(persons("I met King Mohammed VI of Morocco and President Abdoulaye Wade of Senegal in Rabat.", "en"))
                .containsExactlyInAnyOrder("Mohammed VI", "Abdoulaye Wade");
        assertThat(keys("I met King Mohammed VI of Morocco and President Abdoulaye Wade of Senegal in Rabat.", "en",
                EntityKind.STATE)).containsExactlyInAnyOrder("MAR", "SEN");
    }

    @Test
    void aFrenchTitledNameEndsBeforeThePrepositionOfItsStateAndTheStateIsNamed() {
        String text = "J'ai rencontré le Roi Mohammed VI du Maroc et le Président Abdoulaye Wade du Sénégal à Rabat, puis"
                + " M. Jean de La Fontaine.";
        assertThat(persons(text, "fr")).containsExactlyInAnyOrder("Mohammed VI", "Abdoulaye Wade", "Jean de La Fontaine");
        assertThat(keys(text, "fr", EntityKind.STATE)).contains("MAR", "SEN");
    }

    @Test
    void aRolePhraseAndACommaIntroduceTheName() {
        assertThat(persons("My Special Representative for Somalia, Ahmedou Ould-Abdallah, convened the parties. He"
                + " consulted the Chairperson of the\nCommission of the African Union, Jean Ping, and the Executive Secretary"
                + " of ECOWAS, Mohamed Ibn\nChambas, who visited Bissau.", "en"))
                .containsExactlyInAnyOrder("Ahmedou Ould-Abdallah", "Jean Ping", "Mohamed Ibn Chambas");
        assertThat(persons("Mon Représentant spécial, François Lonsény Fall, a apporté son appui. Le Président par intérim,"
                + " Dioncounda Traoré, a demandé l'appui de la CEDEAO.", "fr"))
                .containsExactlyInAnyOrder("François Lonsény Fall", "Dioncounda Traoré");
        assertThat(persons("فقد أعلن رئيس المجلس الوطني الانتقالي، مصطفى عبد الجليل، تحرير البلاد. وقد عقد ممثلي الخاص، إيان مارتن،"
                + " اجتماعات في طرابلس.", "ar"))
                .containsExactlyInAnyOrder("مصطفى عبد الجليل", "إيان مارتن");
    }

    @Test
    void aNameBeforeACommaAndARoleIsAPerson() {
        assertThat(persons("However, the mutiny, in the course of which Veríssimo Correia Seabra, the Chief of General"
                + " Staff, was killed, showed how fragile the situation remains. Foday Sankoh, the leader of the"
                + " Revolutionary United Front, agreed.", "en"))
                .containsExactlyInAnyOrder("Veríssimo Correia Seabra", "Foday Sankoh");
        assertThat(persons("Jean Ping, Président\nde la Commission de l'Union africaine, a assisté à la cérémonie.", "fr"))
                .containsExactly("Jean Ping");
        assertThat(persons("وكان محمود جبريل، الرئيس السابق للمكتب التنفيذي، قد دعا البعثة. وقد واصل جمال بنعمر، مستشاري الخاص"
                + " المعني باليمن، العمل مع الحكومة.", "ar"))
                .containsExactlyInAnyOrder("محمود جبريل", "جمال بنعمر");
    }

    @Test
    void theObjectOfAnAppointmentOrASuccessionIsAPerson() {
        assertThat(persons("I intend to appoint Lakhdar Mansour\nBrahimi as my Special Envoy. He will be succeeding"
                + " Jan Pronk, whose assignment ended.", "en"))
                .containsExactlyInAnyOrder("Lakhdar Mansour Brahimi", "Jan Pronk");
        assertThat(persons("J'ai l'intention de nommer M. Halvard Lindqvist Représentant spécial. M. Lindqvist succédera à"
                + " M. Ramón Echeverría Lagos.", "fr"))
                .containsExactlyInAnyOrder("Halvard Lindqvist", "Ramón Echeverría Lagos");
    }

    @Test
    void namesInAListAfterAPluralTitleAreEachAPerson() {
        assertThat(persons("The talks were chaired by the two Foreign Secretaries, Shyam Saran and Riaz Mohammad Khan,"
                + " in Islamabad.", "en")).containsExactlyInAnyOrder("Shyam Saran", "Riaz Mohammad Khan");
    }

    @Test
    void initialsParticlesAndSuffixesBelongToTheName() {
        assertThat(persons("Mr. Jaap de\nHoop Scheffer met Ambassador Thomas R. Pickering III, President Giorgio di"
                + " Montezemolo and Mr. R.M. Marcus K. Berg on the island.", "en"))
                .containsExactlyInAnyOrder("Jaap de Hoop Scheffer", "Thomas R. Pickering III", "Giorgio di Montezemolo",
                        "R.M. Marcus K. Berg");
    }

    @Test
    void anArabicNameWithTheArticleIsNoPlace() {
        LetterFacts f = facts("The Committee was chaired by Dr. Riyadh al-Qaysi, the Legal Adviser of the Ministry.", "en");
        assertThat(persons(f)).containsExactly("Riyadh al-Qaysi");
        assertThat(namesAPlace(f)).isFalse();
    }

    @Test
    void aSurnameOnLaterMentionIsThePersonNamedInFull() {
        assertThat(persons("President Henrique\nRosa has since worked with the Government. Mr. Rosa and General Seabra's"
                + " successor met. Veríssimo Correia Seabra, the Chief of General Staff, was killed.", "en"))
                .containsExactlyInAnyOrder("Henrique Rosa", "Veríssimo Correia Seabra");
        assertThat(persons("وقد عقد ممثلي الخاص، إيان مارتن، اجتماعات. ويرى السيد مارتن أن الاحتياجات كبيرة.", "ar"))
                .containsExactly("إيان مارتن");
        assertThat(persons("Le Premier Ministre Guillaume Soro a rencontré la presse. Le Premier Ministre Soro et le chef"
                + " de l'État ont invité l'Opération.", "fr")).containsExactly("Guillaume Soro");
    }

    @Test
    void aSurnameNeverGivenInFullIsThePerson() {
        assertThat(persons("I wish to thank Mr. Brahimi for his work, and President Kabila for his support.", "en"))
                .containsExactlyInAnyOrder("Brahimi", "Kabila");
    }

    @Test
    void anAnnexSignerIsAPersonAndThePlaceInTheirNameIsNot() {
        LetterFacts f = facts("Le Secrétaire général de la CEEAC\n(Signé) Louis Sylvain-Goma\n\nAnnexe", "fr");
        assertThat(persons(f)).containsExactly("Louis Sylvain-Goma");
        assertThat(namesAPlace(f)).isFalse();
        assertThat(persons("Done at Accra, this 10th day of October 2003.\n(Signed) Mohamed Ibn Chambas\nExecutive Secretary",
                "en")).containsExactly("Mohamed Ibn Chambas");
        assertThat(persons("وأرجو ممتنا تعميم هذه الرسالة.\n(توقيع) ماجد عبد العزيز\n\nالمرفق\nإن الجامعة تؤكد دعمها.\n"
                + "(توقيع) أحمد بن حلي نائب الأمين العام لجامعة الدول العربية", "ar")).contains("أحمد بن حلي");
    }

    @Test
    void aPersonWhoseNameIsAlsoAPlaceIsAPersonThere() {
        LetterFacts f = facts("The delegation was led by the President of the National Assembly of Cabo Verde, Aristides"
                + " Lima, and joined by the Commissioner for Political Affairs, Victoria Santos. Mr. Lima stressed"
                + " the need for cooperation.", "en");
        assertThat(persons(f)).containsExactlyInAnyOrder("Aristides Lima", "Victoria Santos");
        assertThat(namesAPlace(f)).isFalse();
    }

    @Test
    void titlesWithoutANameAreNoPersons() {
        assertThat(persons("I met the Permanent Representative, the Minister of Information and the Chairperson of the"
                + " National Electoral Commission. The President requested that the General Assembly act.", "en")).isEmpty();
        assertThat(persons("Le Médiateur désigné par la CEDEAO et le chef de l'État guinéen ont rencontré sa Présidente."
                + " Le Bureau du Premier Ministre a publié un communiqué.", "fr")).isEmpty();
        assertThat(persons("التقى الوسيط الرئيسي المشترك بوزير الخارجية ومكتب رئيس الجمهورية، وأرجو ممتنا عرض هذه الرسالة.", "ar"))
                .isEmpty();
    }

    @Test
    void signatureBlockTitleLinesAreNoPersons() {
        assertThat(persons("I should be grateful for your attention.\n(Signed) Youssoufou Bamba\nAmbassador\n"
                + "Permanent Representative\n", "en")).containsExactly("Youssoufou Bamba");
        assertThat(persons("Je vous serais reconnaissant.\nL'Ambassadeur,\nReprésentant permanent\n(Signé) Ilahiri Alcide Djédjé",
                "fr")).containsExactly("Ilahiri Alcide Djédjé");
    }

    @Test
    void upperCaseTitleLinesAndOrganizationsNamedAfterAPersonGiveNoNewPerson() {
        assertThat(persons("LETTER DATED 3 MARCH 1996 FROM THE PRESIDENT OF THE SECURITY COUNCIL ADDRESSED TO"
                + " PRESIDENT ALBERT ZAFY\nThe Council met.", "en")).isEmpty();
        assertThat(persons("The Government of Sierra Leone, the President of ECOWAS and UNAMSIL, the Mission, agreed.", "en"))
                .isEmpty();
    }
}
