package org.unkg.extract.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.IndexedSubject;
import org.unkg.model.LetterFacts;
import org.unkg.model.Span;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterText;

/** The subject indexer: which concepts a letter gets from its words and the catalog's facts, ranked, with evidence. */
class SubjectIndexerTest {
    private static final String UNBIS = "http://metadata.un.org/thesaurus/";
    private static final String TAJIKISTAN_SITUATION = UNBIS + "1006359";
    private static final String SPECIAL_MISSIONS = UNBIS + "1006122";

    private static final String UNTOP_LETTER = "Letter dated 29 May 2001 from the Secretary-General addressed to the President of the "
            + "Security Council\n\nI have the honour to refer to my letter concerning the United Nations Tajikistan Office of "
            + "Peacebuilding (UNTOP). I propose to extend the mandate of UNTOP for one year, until 1 June 2002. The Office will "
            + "continue to support the Government in consolidating peace and promoting democracy.\n\n(Signed) Kofi A. Annan\n";

    private static LetterText read(String text) throws LetterReadException {
        return Pipelines.withThesaurus().context().reader().readText("t.txt", text);
    }

    private static LetterFacts facts(String text) throws LetterReadException {
        return Pipelines.withThesaurus().run(read(text));
    }

    private static List<String> concepts(LetterFacts f) {
        return f.indexedSubjects().stream().map(IndexedSubject::concept).toList();
    }

    private static IndexedSubject subject(LetterFacts f, String concept) {
        return f.indexedSubjects().stream().filter(s -> s.concept().equals(concept)).findFirst().orElseThrow();
    }

    @Test
    void aLetterAboutABodyIsAboutItsCountrysSituationAndItsKindFromTheCatalog() throws LetterReadException {
        LetterText letter = read(UNTOP_LETTER);
        LetterFacts f = Pipelines.withThesaurus().run(letter);
        // the letter never says "situation in Tajikistan" nor "special mission": the catalog knows UNTOP's country and class
        assertThat(concepts(f)).contains(TAJIKISTAN_SITUATION, SPECIAL_MISSIONS);
        for (Span s : subject(f, SPECIAL_MISSIONS).evidence()) {
            String words = letter.body().substring(s.start(), s.end());
            assertThat(words).as("evidence of SPECIAL MISSIONS").isIn("United Nations Tajikistan Office of Peacebuilding", "UNTOP");
        }
    }

    @Test
    void conceptsAreRankedWithScoresFromOneDownAndAtMostTenKept() throws LetterReadException {
        LetterFacts f = facts(UNTOP_LETTER);
        List<IndexedSubject> s = f.indexedSubjects();
        assertThat(s).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(s.get(0).score()).isEqualTo(1.0);
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.get(i).rank()).isEqualTo(i + 1);
            assertThat(s.get(i).score()).isGreaterThan(0).isLessThanOrEqualTo(1);
            assertThat(s.get(i).evidence()).isNotEmpty();
            if (i > 0) {
                assertThat(s.get(i).score()).isLessThanOrEqualTo(s.get(i - 1).score());
            }
        }
    }

    @Test
    void theWordsOfALabelAreItsEvidence() throws LetterReadException {
        String text = "Letter dated 3 March 2009 from the Permanent Representative of Kenya to the United Nations addressed to "
                + "the President of the Security Council\n\nActs of piracy off the coast have increased. Piracy threatens navigation.\n";
        LetterText letter = read(text);
        LetterFacts f = Pipelines.withThesaurus().run(letter);
        IndexedSubject piracy = subject(f, UNBIS + "1004917");
        assertThat(piracy.rank()).isEqualTo(1);
        assertThat(piracy.evidence()).extracting(s -> letter.body().substring(s.start(), s.end())).containsExactly("piracy", "Piracy");
    }

    @Test
    void whoWritesToWhomAndWhoSignsIsNotWhatTheLetterIsAbout() throws LetterReadException {
        LetterFacts f = facts("Letter dated 3 March 2009 from the Permanent Representative of Mexico to the United Nations "
                + "addressed to the Secretary-General\n\nI have the honour to transmit the statement on piracy.\n\n"
                + "(Signed) Claude Heller\nPermanent Representative of Mexico\n");
        assertThat(concepts(f)).contains(UNBIS + "1004917").doesNotContain(UNBIS + "1004078");
    }

    @Test
    void theCataloguersLineIsNotRead() throws LetterReadException {
        LetterFacts f = facts("%%%DESERTIFICATION|\n\nLetter dated 3 March 2009 from the Secretary-General addressed to the "
                + "President of the Security Council\n\nI write about piracy.\n");
        assertThat(concepts(f)).contains(UNBIS + "1004917").doesNotContain(UNBIS + "1001594");
    }

    @Test
    void aPlaceOrPeopleInsideABodysNameIsNotIndexed() throws LetterReadException {
        // AFRICANS (الأفريقي) inside the African Union's name; IVORY and COASTS inside Côte d'Ivoire's
        LetterFacts ar = Pipelines.withThesaurus().run(Pipelines.withThesaurus().context().reader().readText("t.txt",
                "رسالة مؤرخة 8 أيار/مايو 2006 موجهة إلى رئيس مجلس الأمن من الأمين العام\n\nأسهم الاتحاد الأفريقي في جهود الوساطة.\n"));
        assertThat(concepts(ar)).doesNotContain(UNBIS + "1000104");
        LetterFacts fr = facts("Lettre datée du 18 avril 2007, adressée au Président du Conseil de sécurité par le Secrétaire général\n\n"
                + "Le désarmement des milices en Côte d'Ivoire a commencé.\n");
        assertThat(concepts(fr)).contains(UNBIS + "1001339").doesNotContain(UNBIS + "1003448", UNBIS + "1001057");
    }

    @Test
    void withoutTheThesaurusNoSubjectIsLinkedOrIndexed() throws LetterReadException {
        LetterFacts f = Pipelines.over(Pipelines.PROJECT_CATALOG).run(read("%%%PEACEBUILDING|\n\n" + UNTOP_LETTER));
        assertThat(f.subjects()).hasSize(1);
        assertThat(f.subjectConcepts()).isEmpty();
        assertThat(f.indexedSubjects()).isEmpty();
    }

    private static final String COOPERATION_BETWEEN_ORGANIZATIONS = UNBIS + "1001294";
    private static final String TECHNICAL_COOPERATION = UNBIS + "1006413";

    @Test
    void anOfficeWorkingWithARegionalOrganizationIsAboutCooperationBetweenOrganizationsWithTheReportAsEvidence() throws LetterReadException {
        String text = "Letter dated 3 March 2011 from the Secretary-General addressed to the President of the Security Council\n\n"
                + "I have the honour to inform you that the United Nations Office for West Africa (UNOWA) will continue its work "
                + "in the subregion. The Office has worked closely with the Economic Community of West African States on "
                + "electoral matters.\n\n(Signed) BAN Ki-moon\n";
        LetterText letter = read(text);
        LetterFacts f = Pipelines.withThesaurus().run(letter);
        // the letter never writes "cooperation between organizations": it reports that UNOWA works with ECOWAS
        assertThat(concepts(f)).contains(COOPERATION_BETWEEN_ORGANIZATIONS);
        List<String> words = subject(f, COOPERATION_BETWEEN_ORGANIZATIONS).evidence().stream()
                .map(s -> letter.body().substring(s.start(), s.end())).toList();
        assertThat(words).containsExactly("worked closely with", "Economic Community of West African States");
    }

    @Test
    void aCooperationWordInsideAnOrganizationsNameReportsNoCooperation() throws LetterReadException {
        String text = "Letter dated 3 March 2011 from the Secretary-General addressed to the President of the Security Council\n\n"
                + "I have the honour to inform you that the United Nations Office for West Africa (UNOWA) met the Chairperson "
                + "of the Organization for Security and Co-operation in Europe.\n\n(Signed) BAN Ki-moon\n";
        assertThat(concepts(facts(text))).doesNotContain(COOPERATION_BETWEEN_ORGANIZATIONS);
    }

    @Test
    void anEntryTermIsReadAsItsDescriptor() throws LetterReadException {
        String text = "Letter dated 3 March 2011 from the Secretary-General addressed to the President of the Security Council\n\n"
                + "I have the honour to inform you that the Government has requested technical assistance for its elections.\n\n"
                + "(Signed) BAN Ki-moon\n";
        assertThat(concepts(facts(text))).contains(TECHNICAL_COOPERATION);
    }

    @Test
    void aRegionalOrganizationAmongAnOfficesMandatedPartnersMakesItAboutCooperationBetweenOrganizations() throws LetterReadException {
        String text = "Letter dated 3 March 2011 from the Secretary-General addressed to the President of the Security Council\n\n"
                + "I have the honour to inform you that I intend to establish the United Nations Regional Office for Central "
                + "Africa (UNOCA) in Libreville. The Office would have the following functions:\n\n(a) To liaise with the "
                + "African Union and the Economic Community of Central African States;\n\n(b) To keep the Secretary-General "
                + "informed of developments in the subregion.\n\n(Signed) BAN Ki-moon\n";
        LetterText letter = read(text);
        LetterFacts f = Pipelines.withThesaurus().run(letter);
        assertThat(f.partners()).isNotEmpty();
        // "liaise" is no cue word: the mandate's partners are the report, once for the task that names two of them
        List<Span> evidence = subject(f, COOPERATION_BETWEEN_ORGANIZATIONS).evidence();
        assertThat(evidence).hasSize(1);
        assertThat(letter.body().substring(evidence.get(0).start(), evidence.get(0).end())).contains("African Union");
    }

    @Test
    void theStateHoldingThePresidencyOfAMeetingIsWhoActsNotWhatTheLetterIsAbout() throws LetterReadException {
        String nigeria = UNBIS + "1004412";
        String about = "\n\nSpeakers stressed that the peacekeeping operations of the African Union need predictable financing. "
                + "Peacekeeping operations in Somalia and the Sudan were discussed, and the financing of peacekeeping operations.\n";
        String presided = "Letter dated 22 January 2010 from the Secretary-General addressed to the President of the Security Council"
                + "\n\nThe open debate of the Security Council was held on 12 January 2010 under the presidency of Nigeria and "
                + "presided over by the Minister for Foreign Affairs of Nigeria." + about;
        String named = "Letter dated 22 January 2010 from the Secretary-General addressed to the President of the Security Council"
                + "\n\nThe open debate of the Security Council considered the situation in Nigeria and the elections held in "
                + "Nigeria." + about;
        // the same two mentions at the same places: a subject where they name the state, not where they name the
        // presidency and a minister's state
        assertThat(concepts(facts(named)).subList(0, 5)).contains(nigeria);
        List<String> asRole = concepts(facts(presided));
        assertThat(asRole.subList(0, Math.min(5, asRole.size()))).doesNotContain(nigeria);
    }

    @Test
    void aConceptNamedLikeItsFieldIsSupportedByTheOtherConceptsOfThatField() throws LetterReadException {
        String internationalRelations = UNBIS + "1003331";
        String body = "\n\nThe meeting considered international relations. It discussed peace, regional organizations and the "
                + "cooperation between organizations, and also the rule of law.\n";
        String head = "Letter dated 22 January 2010 from the Secretary-General addressed to the President of the Security Council";
        LetterFacts supported = facts(head + body);
        LetterFacts alone = facts(head + "\n\nThe meeting considered international relations. It discussed the drought, "
                + "the harvest and the price of food, and also the rule of law.\n");
        // INTERNATIONAL RELATIONS and RULE OF LAW are named once in both, at the same places; with PEACE, REGIONAL
        // ORGANIZATIONS and COOPERATION BETWEEN ORGANIZATIONS (all in its microthesaurus) named too, it weighs more
        String ruleOfLaw = UNBIS + "1005619";
        double withField = subject(supported, internationalRelations).score() / subject(supported, ruleOfLaw).score();
        double without = subject(alone, internationalRelations).score() / subject(alone, ruleOfLaw).score();
        assertThat(withField).as("INTERNATIONAL RELATIONS over RULE OF LAW, with its field named and without").isGreaterThan(without * 1.2);
    }
}
