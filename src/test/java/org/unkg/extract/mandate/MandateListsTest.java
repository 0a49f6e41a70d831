package org.unkg.extract.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;

/**
 * Whole-pipeline checks, over the real catalog, of an office's mandate however a letter introduces it (issue 10,
 * kind 4): the cue words ("entrusted with the following ... functions", "the functions of the new office would
 * be", "aurait pour mandat de", "وتتمثل مهام المكتب فيما يلي"), the list's shape (lettered, bulleted, inline
 * (i)-(iii), numbered lines of an annex, objectives with sub-tasks), and where the office is named (before the
 * list, after it, inside the cue, or only as "it" / "the Office"). Each count is the number of tasks the letter
 * lists; where items are objectives that each introduce sub-tasks, the leaf tasks are counted. The negatives are
 * lists that are no office's mandate.
 */
class MandateListsTest {
    private static final String EN_HEAD = "Letter dated 3 March 2008 from the Secretary-General addressed to the"
            + " President of the Security Council\n";
    private static final String FR_HEAD = "Lettre datée du 3 mars 2008, adressée au Président du Conseil de sécurité"
            + " par le Secrétaire général\n";
    private static final String AR_HEAD = "رسالة مؤرخة 3 آذار/مارس 2008 موجهة إلى رئيس مجلس الأمن من الأمين العام\n";

    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    private static java.util.List<org.assertj.core.groups.Tuple> counts(LetterFacts f) {
        return f.mandates().stream().map(m -> tuple(m.entity(), m.tasks().size())).toList();
    }

    @Test
    void functionsQualifiedByAnAdjectiveAfterTheOfficeNamedAsItAreItsMandate() throws Exception {
        LetterFacts f = run("en-it.txt", EN_HEAD + """
                I have the honour to inform you of my intention to maintain the United Nations Office in Angola (UNOA)
                after the end of the current mission. It will be entrusted with the following principal functions:
                (a) Assisting the Government in the promotion of human rights;
                (b) Supporting the consolidation of national reconciliation;
                (c) Coordinating the activities of the agencies in the country.
                I should be grateful if you would bring this letter to the attention of the Council.
                (Signed) Ban Ki-moon
                """);
        assertThat(counts(f)).containsExactly(tuple("UNOA", 3));
    }

    @Test
    void theCoreFunctionsOfTheOfficeCountTheItemWhoseMarkerStandsAloneOnALine() throws Exception {
        LetterFacts f = run("en-core.txt", EN_HEAD + """
                I intend to establish the United Nations Assistance Mission in Somalia (UNSOM) in Mogadishu.
                The Mission will have the following core functions:
                (a) Supporting the Government's peace and reconciliation process;
                (b) Helping to build the capacity of the Somali security sector;

                08-12345 (E) 030308

                *0812345*

                (c)

                Reporting to Headquarters on developments of national significance.

                I should be grateful if you would bring this letter to the attention of the Council.
                (Signed) Ban Ki-moon
                """);
        assertThat(counts(f)).containsExactly(tuple("UNSOM", 3));
    }

    @Test
    void aBulletedListOfTheNewOfficesTasksBelongsToTheOfficeNamedAfterIt() throws Exception {
        LetterFacts f = run("en-after.txt", EN_HEAD + """
                The mandate of the United Nations Mission in Angola (UNMA) will end on 15 February 2003. I have concluded
                that a small presence should remain in the country. The tasks of the proposed office would be:
                • To assist the Government in the protection of human rights;
                • To support the demobilization of former combatants;
                • To coordinate humanitarian assistance;
                • To help prepare for elections.
                These tasks would be undertaken by a United Nations Office in Angola (UNOA), which I intend to establish
                on 15 February 2003.
                (Signed) Kofi A. Annan
                """);
        assertThat(counts(f)).containsExactly(tuple("UNOA", 4));
    }

    @Test
    void anInlineListNumberedInRomanNumeralsInOneSentenceIsTheMissionsMandate() throws Exception {
        LetterFacts f = run("en-inline.txt", EN_HEAD + """
                I propose that the United Nations Mission in Nepal (UNMIN) be established for a period of twelve months.
                The Mission's mandate would include (i) monitoring the management of arms and armed personnel of both
                sides; (ii) assisting the parties through a joint monitoring coordinating committee; (iii) providing
                technical support for the election of a Constituent Assembly; and (iv) deploying a small team of
                electoral monitors. The Mission would be headed by my Special Representative.
                (Signed) Ban Ki-moon
                """);
        assertThat(counts(f)).containsExactly(tuple("UNMIN", 4));
    }

    @Test
    void aMandateSetOutInAnAnnexUnderItsOwnHeadingIsTheNamedOfficesMandate() throws Exception {
        LetterFacts f = run("en-annex.txt", EN_HEAD + """
                I recommend that the United Nations Political Office for Somalia continue its work for a further two
                years. Its revised mandate is set out in the annex to the present letter.
                (Signed) Ban Ki-moon

                08-12345

                Annex
                Mandate of the United Nations Political Office for
                Somalia
                1.
                Advance the cause of peace and reconciliation through contacts with Somali leaders;
                2.
                Monitor developments in Somalia and keep the Security Council informed;
                3.
                Coordinate the efforts of the international community;
                4.
                Support the Transitional Federal Institutions in drafting a new constitution.
                """);
        assertThat(counts(f)).containsExactly(tuple("UNPOS", 4));
    }

    @Test
    void objectivesThatEachIntroduceSubTasksCountTheLeafTasks() throws Exception {
        LetterFacts f = run("en-objectives.txt", EN_HEAD + """
                I propose to establish the Office of the Special Envoy of the Secretary-General for the Horn of Africa
                in Nairobi. The mandate of the Office would be organized around two objectives, with the tasks set out
                below:
                (a) Strengthening regional cooperation on peace and security:
                (i) Supporting the Intergovernmental Authority on Development;
                (ii) Facilitating dialogue among the States of the region;
                (b) Preventing the spread of conflict:
                (i) Monitoring cross-border tensions;
                (ii) Promoting confidence-building measures;
                (iii) Reporting regularly to the Security Council.
                (Signed) Ban Ki-moon
                """);
        assertThat(counts(f)).containsExactly(tuple("OSESG-HOA", 5));
    }

    @Test
    void aFrenchOfficeWhoseMandateWouldBeToDoTheLetteredThingsHasThatMandate() throws Exception {
        LetterFacts f = run("fr-mandat.txt", FR_HEAD + """
                J'ai l'intention de créer un Bureau des Nations Unies en Angola (BNUA), qui serait opérationnel à compter
                du 15 février 2003. Le Bureau aurait pour mandat de :
                a) Aider le Gouvernement à protéger les droits de l'homme;
                b) Appuyer la réintégration des anciens combattants;
                c) Coordonner l'assistance humanitaire.
                (Signé) Kofi A. Annan
                """);
        assertThat(counts(f)).containsExactly(tuple("UNOA", 3));
    }

    @Test
    void frenchFunctionsThatWouldBeTheFollowingBelongToTheOfficeReferredToAsIl() throws Exception {
        LetterFacts f = run("fr-il.txt", FR_HEAD + """
                J'ai l'intention de créer la Mission des Nations Unies au Népal (MINUNEP). Elle serait dirigée par mon
                Représentant spécial. Ses fonctions seraient les suivantes :
                – Surveiller la gestion des armes et du personnel armé des deux parties;
                – Aider les parties à appliquer l'accord de cessez-le-feu;
                – Fournir un appui technique à l'élection de l'Assemblée constituante;
                – Déployer une petite équipe d'observateurs électoraux.
                (Signé) Ban Ki-moon
                """);
        assertThat(counts(f)).containsExactly(tuple("UNMIN", 4));
    }

    @Test
    void aFrenchOfficeChargedWithFunctionsAfterDesIsChargedWithThem() throws Exception {
        LetterFacts f = run("fr-charge.txt", FR_HEAD + """
                La Mission d'assistance des Nations Unies en Somalie (MANUSOM) serait basée à Mogadiscio. La Mission sera
                chargée des tâches suivantes :
                a) Appuyer le processus de paix et de réconciliation;
                b) Aider à renforcer les capacités du secteur de la sécurité;
                c) Promouvoir le respect des droits de l'homme;
                d) Coordonner l'action des organismes des Nations Unies.
                (Signé) Ban Ki-moon
                """);
        assertThat(counts(f)).containsExactly(tuple("UNSOM", 4));
    }

    @Test
    void theArabicTasksOfTheOfficeConsistingOfTheFollowingAreItsMandate() throws Exception {
        LetterFacts f = run("ar-tatamathal.txt", AR_HEAD + """
                أود أن أبلغكم باعتزامي إنشاء مكتب الأمم المتحدة في أنغولا اعتبارا من 15 شباط/فبراير 2003.
                وتتمثل مهام المكتب فيما يلي:
                (أ) مساعدة الحكومة على حماية حقوق الإنسان؛
                (ب) دعم إعادة إدماج المقاتلين السابقين؛
                (ج) تنسيق المساعدة الإنسانية.
                (توقيع) كوفي عنان
                """);
        assertThat(counts(f)).containsExactly(tuple("UNOA", 3));
    }

    @Test
    void anArabicMissionWhoseMandateIsAsFollowsWithBulletsHasThatMandate() throws Exception {
        LetterFacts f = run("ar-nahw.txt", AR_HEAD + """
                أعتزم إنشاء بعثة الأمم المتحدة لتقديم المساعدة إلى الصومال، على أن يكون مقرها في مقديشو.
                وستكون ولاية البعثة على النحو التالي:
                • دعم عملية السلام والمصالحة؛
                • المساعدة على بناء قدرات قطاع الأمن؛
                • تعزيز احترام حقوق الإنسان.
                (توقيع) بان كي - مون
                """);
        assertThat(counts(f)).containsExactly(tuple("UNSOM", 3));
    }

    @Test
    void arabicListsInVisualOrderWhoseMarkersTheRepairLeftInsideTheirLinesAreReadLineByLine() throws Exception {
        LetterFacts lettered = run("visual-lettered-ar.txt", resource("visual-lettered-ar.txt"));
        assertThat(counts(lettered)).containsExactly(tuple("UNOA", 3));
        LetterFacts bulleted = run("visual-bulleted-ar.txt", resource("visual-bulleted-ar.txt"));
        assertThat(counts(bulleted)).containsExactly(tuple("UNMA", 3));
    }

    private static String resource(String name) throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("src", "test", "resources", "mandates", name));
    }

    @Test
    void aPageFootersLanguageMarkAfterTheLastItemIsNoFurtherTaskButASecondSentenceOfAnItemIsPartOfIt() throws Exception {
        LetterFacts f = run("en-1990s.txt", """
                LETTER DATED 2 JUNE 1998 FROM THE SECRETARY-GENERAL ADDRESSED TO
                                 THE PRESIDENT OF THE SECURITY COUNCIL

                     I intend to establish the United Nations Observer Mission in Angola (MONUA).

                     The Mission would have the following functions:

                     (a) To verify the neutrality of the Angolan National Police. In this
                regard, it would work closely with the Government, the political parties, the
                provincial authorities and the agencies of the United Nations system present in
                the country, and would report on any violation of the agreements it observes;

                     (b) To observe the quartering of the troops;

                     (c) To verify the free circulation of people and goods;

                     (d) To keep the Secretary-General informed of developments in
                the country.

                     I should be grateful if you would bring this letter to the attention of
                the members of the Security Council.

                                                                   (Signed) Kofi A. ANNAN

                98-16543 (E)    040698                                               /...
                """);
        assertThat(counts(f)).containsExactly(tuple("MONUA", 4));
    }

    @Test
    void listsOfRequestsPastActivitiesCommitmentsAnAgendaOrRecommendationsAreNoMandate() throws Exception {
        LetterFacts f = run("en-neg.txt", EN_HEAD + """
                In its resolution 1863 (2009), the Security Council requested me to:
                (a) Keep it informed of the situation in Somalia;
                (b) Submit recommendations on the future role of the United Nations.
                During 2008, the United Nations Political Office for Somalia (UNPOS):
                (a) Facilitated the dialogue between the parties;
                (b) Organized two workshops on the security plan.
                The Government has committed itself to the following:
                (a) Holding elections;
                (b) Reforming the police.
                The agenda of the meeting was as follows:
                (a) Adoption of the agenda;
                (b) The situation in Somalia.
                I recommend the following:
                (a) That the Council welcome the agreement;
                (b) That donors support the Government.
                The Office continues to face the following challenges: insecurity; limited access; and lack of resources.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.mandates()).isEmpty();
    }

    @Test
    void theTasksOfAnotherOrganizationsMissionAreNeverTheUnOfficesMandate() throws Exception {
        LetterFacts f = run("en-amisom.txt", EN_HEAD + """
                The United Nations Political Office for Somalia (UNPOS) continues to support the peace process. The
                African Union Mission in Somalia (AMISOM) will have the following tasks:
                (a) To provide protection to the Transitional Federal Institutions;
                (b) To assist with the implementation of the National Security Plan;
                (c) To provide security for key infrastructure.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.mandates()).extracting(Mandate::entity).doesNotContain("UNPOS");
    }

    @Test
    void aFrenchGovernmentsCommitmentsAndAnArabicGovernmentsAreNoMandate() throws Exception {
        LetterFacts fr = run("fr-neg.txt", FR_HEAD + """
                Le Bureau des Nations Unies en Angola (BNUA) poursuit ses activités. Le Gouvernement s'est engagé à :
                a) Organiser des élections;
                b) Réformer la police.
                Le Conseil m'a prié de lui présenter les éléments suivants :
                a) Un rapport sur la situation;
                b) Des recommandations sur l'avenir du Bureau.
                (Signé) Kofi A. Annan
                """);
        assertThat(fr.mandates()).isEmpty();
        LetterFacts ar = run("ar-neg.txt", AR_HEAD + """
                يواصل مكتب الأمم المتحدة في أنغولا أعماله. وقد التزمت الحكومة بما يلي:
                (أ) إجراء الانتخابات؛
                (ب) إصلاح الشرطة.
                وطلب إلي مجلس الأمن ما يلي:
                (أ) إبقاءه على علم بالحالة؛
                (ب) تقديم توصيات.
                (توقيع) كوفي عنان
                """);
        assertThat(ar.mandates()).isEmpty();
    }

    @Test
    void aListOfFunctionsNoOfficeIsNamedForHasNoOwner() throws Exception {
        LetterFacts f = run("en-noowner.txt", EN_HEAD + """
                Following consultations with the Government, I believe that a United Nations presence is needed in the
                country. Its functions would be as follows:
                (a) Monitoring the ceasefire;
                (b) Supporting the electoral process.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.mandates()).isEmpty();
        assertThat(f.diagnostics()).extracting(org.unkg.model.Diagnostic::code).containsExactly("task-list-without-owner");
    }

    @Test
    void anOwnedMandateIsNoDiagnosticAndListsThatAreNoMandateAreNone() throws Exception {
        LetterFacts owned = run("en-owned.txt", EN_HEAD + """
                I intend to establish the United Nations Office in Angola (UNOA). It will be entrusted with the following
                functions:
                (a) Assisting the Government;
                (b) Coordinating the agencies.
                The Council requested me to:
                (a) Keep it informed;
                (b) Report in six months.
                (Signed) Kofi A. Annan
                """);
        assertThat(owned.diagnostics()).extracting(org.unkg.model.Diagnostic::code).doesNotContain("task-list-without-owner");
    }
}
