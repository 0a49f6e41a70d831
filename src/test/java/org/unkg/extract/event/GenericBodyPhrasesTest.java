package org.unkg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.extract.core.BodyWords;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;

/**
 * A head noun and generic words alone ("ad hoc", "special", "working", "open-ended"; {@code generic} in
 * {@code body-words.tsv}) name no catalogued body and no new one: a decision to set up "an ad hoc committee" or "an
 * open-ended working group" names none of the catalogued ad hoc or open-ended bodies, while a catalogued body named with
 * its telling words (a place, a subject) still is. Hand-written variants in other wordings than the genre letters.
 */
class GenericBodyPhrasesTest {

    @Test
    void aGenericAdHocBodyIsNoCataloguedOne() {
        LetterFacts en = Pipelines.facts("""
                The members of the Council decided to set up an ad hoc committee to review the mandates of its
                subsidiary bodies, and an ad hoc working group on conflict prevention.
                """, "en", "2006-05-31");
        assertThat(en.events()).extracting(Event::entity).doesNotContain("AHC-IO", "AHWG-GA-REVITALIZATION");
        LetterFacts fr = Pipelines.facts("""
                Les membres du Conseil ont décidé de créer un comité ad hoc chargé d'examiner les mandats.
                """, "fr", "2006-05-31");
        assertThat(fr.events()).extracting(Event::entity).doesNotContain("AHC-IO");
    }

    @Test
    void anOpenEndedOrSpecialWorkingGroupNamesNoCataloguedGroup() {
        LetterFacts en = Pipelines.facts("""
                The General Assembly decided to establish an ad hoc open-ended working group, which will meet in
                Geneva in March 2001.
                """, "en", "2000-11-20");
        assertThat(en.events()).extracting(Event::entity)
                .doesNotContain("AHOEWG-AFRICA", "OEWG-SCR", "AHWG-AFRICA", "AHWG-GA-REVITALIZATION");
        assertThat(en.discovered()).isEmpty();
        LetterFacts fr = Pipelines.facts("""
                L'Assemblée générale a décidé de créer un groupe de travail spécial à composition non limitée.
                """, "fr", "2000-11-20");
        assertThat(fr.events()).extracting(Event::entity)
                .doesNotContain("AHOEWG-AFRICA", "OEWG-SCR", "AHWG-AFRICA", "AHWG-GA-REVITALIZATION");
    }

    @Test
    void anArabicAdHocWorkingGroupIsNeitherCataloguedNorNew() {
        LetterFacts ar = Pipelines.facts("""
                وقرر المؤتمر إنشاء فريق عامل مخصص مفتوح باب العضوية.
                """, "ar", "2004-06-10");
        assertThat(ar.discovered()).isEmpty();
        assertThat(ar.events()).extracting(Event::entity)
                .doesNotContain("AHOEWG-AFRICA", "OEWG-SCR", "AHWG-AFRICA", "AHWG-GA-REVITALIZATION");
    }

    @Test
    void theCataloguedAdHocCommitteeNamedInFullIsStillFound() {
        LetterFacts en = Pipelines.facts("""
                By its resolution 2992 (XXVII) of 15 December 1972, the General Assembly decided to establish an ad hoc
                committee on the Indian Ocean.
                """, "en", "1973-02-01");
        assertThat(en.events()).extracting(Event::type, Event::entity)
                .contains(tuple("establishment", "AHC-IO"));
    }

    @Test
    void genericWordsTellNothingAndPlacesOrSubjectsDo() {
        BodyWords words = Pipelines.project().bodyWords();
        assertThat(words.telling(java.util.List.of(words.normal("special"), words.normal("committee")))).isFalse();
        assertThat(words.telling(java.util.List.of(words.normal("open-ended"), words.normal("working"),
                words.normal("group")))).isFalse();
        assertThat(words.telling(java.util.List.of(words.normal("لجنة"), words.normal("الخاصة")))).isFalse();
        assertThat(words.telling(java.util.List.of(words.normal("специальный"), words.normal("комитет")))).isFalse();
        assertThat(words.telling(java.util.List.of(words.normal("special"), words.normal("committee"),
                words.normal("charter")))).isTrue();
    }
}
