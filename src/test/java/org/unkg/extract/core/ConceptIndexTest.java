package org.unkg.extract.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.text.FoldedText;

/** Finding UNBIS labels in letters' words: inflection, word order, Arabic clitics and article, and what must not match. */
class ConceptIndexTest {
    private static final String UNBIS = "http://metadata.un.org/thesaurus/";
    private static final String PEACEBUILDING = UNBIS + "1004776";
    private static final String TAJIKISTAN_SITUATION = UNBIS + "1006359";

    private static ConceptIndex index() {
        return Pipelines.withThesaurus().context().concepts();
    }

    private static List<String> found(String text, String language) {
        return index().find(FoldedText.fold(text), language).stream().map(ConceptIndex.Hit::concept).toList();
    }

    @Test
    void aFrenchNounPhraseMatchesWithItsArticlesAndAccents() {
        assertThat(found("l'appui à la consolidation de la paix au Burundi", "fr")).contains(PEACEBUILDING);
    }

    @Test
    void anArabicPhraseMatchesBehindAClitic() {
        assertThat(found("اقترح إنشاء مكتب لبناء السلام في البلد", "ar")).contains(PEACEBUILDING);
        assertThat(found("وبناء السلام", "ar")).contains(PEACEBUILDING);
    }

    @Test
    void wordsMatchInAnyOrderWhenTheyStandTogether() {
        assertThat(found("my progress report on the situation in Tajikistan", "en")).contains(TAJIKISTAN_SITUATION);
        assertThat(found("le rapport sur la situation au Tadjikistan", "fr")).contains(TAJIKISTAN_SITUATION);
        assertThat(found("تقريري بشأن الحالة في طاجيكستان", "ar")).contains(TAJIKISTAN_SITUATION);
    }

    @Test
    void aLabelIsNotReadAcrossPunctuation() {
        assertThat(found("the situation. Tajikistan", "en")).doesNotContain(TAJIKISTAN_SITUATION);
    }

    @Test
    void pluralAndSingularAndAHyphenatedWordCompareEqual() {
        assertThat(found("a peacekeeping operation", "en")).contains(UNBIS + "1004779");
        assertThat(found("les opérations de maintien de la paix", "fr")).contains(UNBIS + "1004779");
        assertThat(found("post-conflict peace-building", "en")).contains(PEACEBUILDING);
        assertThat(found("des élections présidentielles", "fr")).contains(UNBIS + "1001941");
        assertThat(found("إجراء الانتخابات", "ar")).contains(UNBIS + "1001941");
    }

    @Test
    void aLabelOfAnotherLanguageIsNotLookedFor() {
        assertThat(found("CONSOLIDATION DE LA PAIX", "en")).doesNotContain(PEACEBUILDING);
    }

    @Test
    void anEndingThatWouldTurnACommonWordIntoAnotherLabelIsNotTaken() {
        // SECURITIES (financial) is not security; المنطق (logic) is not المنطقة (the region); maïs is not mais
        assertThat(found("international security", "en")).doesNotContain(UNBIS + "1005783");
        assertThat(found("الحالة في المنطقة", "ar")).doesNotContain(UNBIS + "1003801");
        assertThat(found("mais ses moyens ne suffisent pas", "fr")).doesNotContain(UNBIS + "1003841");
    }

    @Test
    void anArabicAdjectiveAfterADefiniteNounIsNotTheAbstractNoun() {
        // الإقليمية after المنظمات is "regional", not REGIONALISM
        String regionalism = UNBIS + "1005442";
        assertThat(index().label(regionalism, "ar")).isEqualTo("الإقليمية");
        assertThat(found("مع المنظمات الإقليمية", "ar")).doesNotContain(regionalism).contains(UNBIS + "1005436");
    }

    @Test
    void aStopwordBehindACliticIsSkipped() {
        // وتلك is "and those", not التلك (TALC)
        assertThat(found("وتلك الجهود", "ar")).doesNotContain(UNBIS + "1006361");
    }

    @Test
    void microthesauriAreNeverFound() {
        assertThat(found("maintenance of peace and security", "en")).doesNotContain(UNBIS + "010300");
    }

    @Test
    void aTermOfAnyLanguageNamesItsConcept() {
        assertThat(index().conceptOf("consolidation de la paix")).contains(PEACEBUILDING);
        assertThat(index().conceptOf("NO SUCH TERM")).isEmpty();
    }

    @Test
    void coordinatedModifiersShareTheirNounWrittenOnce() {
        String economic = UNBIS + "1001848";
        String social = UNBIS + "1005960";
        String financialAssistance = UNBIS + "1002327";
        assertThat(found("the economic and social development of the subregion", "en")).contains(economic, social);
        assertThat(found("le développement économique et social de la sous-région", "fr")).contains(economic, social);
        assertThat(found("تقديم الدعم التقني والمالي", "ar")).contains(financialAssistance);
        assertThat(found("technical and financial support", "en")).contains(financialAssistance);
    }

    @Test
    void aNounFollowedByAnotherCoordinatedNounIsNoSharedModifier() {
        // "human rights and security": rights and security are two nouns, not two modifiers of one; HUMAN SECURITY is
        // not named. Only a written pair that is itself a label (economic ... development) lends its noun.
        assertThat(found("respect for human rights and security in the region", "en")).doesNotContain(UNBIS + "1002985");
        assertThat(found("the economic and security situation", "en")).doesNotContain(UNBIS + "1001848");
    }

    @Test
    void aSharedNounIsMarkedSoTheIndexerCanWeighItLess() {
        List<ConceptIndex.Hit> hits = index().find(FoldedText.fold("economic and social development"), "en");
        assertThat(hits).filteredOn(h -> h.concept().equals(UNBIS + "1001848")).singleElement()
                .satisfies(h -> assertThat(h.shared()).isTrue());
        assertThat(hits).filteredOn(h -> h.concept().equals(UNBIS + "1005960")).allSatisfy(h -> assertThat(h.shared()).isFalse());
    }
}
