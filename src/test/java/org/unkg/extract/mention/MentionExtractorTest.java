package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.TestLetters;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Signatory;
import org.unkg.model.Span;

class MentionExtractorTest {
    private static LetterFacts run(String text, Signatory signatory) {
        return run(text, signatory, "xx");
    }

    private static LetterFacts run(String text, Signatory signatory, String language) {
        LetterFacts facts = new LetterFacts();
        if (signatory != null) {
            facts.add(signatory);
        }
        TestLetters.run(new MentionExtractor(TestLetters.context()), TestLetters.of(text, language), facts);
        return facts;
    }

    @Test
    void mentionsCatalogOrganizationsStatesAndPlaces() {
        LetterFacts f = run("The United Nations Office for West Africa (UNOWA) in Dakar works with ECOWAS and Senegal.", null);
        assertThat(f.mentions()).extracting(Mention::key).contains("UNOWA", "dakar", "ECOWAS", "SEN");
    }

    @Test
    void reportsABodyOfAnotherOrganizationAsThatOrganization() {
        LetterFacts f = run("قرر مجلس الأمن الجماعي", null);
        assertThat(f.mentions()).extracting(Mention::key).containsExactly("CSTO");
    }

    @Test
    void addsAppositivePersonsNotInTheCatalog() {
        LetterFacts en = run("The meeting was chaired by the Minister for Foreign Affairs of Kazakhstan, Kanat Saudabayev. Then", null, "en");
        assertThat(en.mentions()).filteredOn(m -> m.kind() == EntityKind.PERSON).extracting(Mention::label)
                .containsExactly("Kanat Saudabayev");
        LetterFacts ar = run("وترأس الاجتماع وزير خارجية كازاخستان، كانات سعوداباييف. وشارك", null, "ar");
        assertThat(ar.mentions()).filteredOn(m -> m.kind() == EntityKind.PERSON).extracting(Mention::label)
                .containsExactly("كانات سعوداباييف");
    }

    @Test
    void addsTheSignatoryOnceWhetherOrNotTheCatalogKnowsThem() {
        LetterFacts f = run("(Signed) Ban Ki-moon", new Signatory("Ban Ki-moon", "ban-ki-moon", new Span(9, 20)));
        assertThat(f.mentions()).filteredOn(m -> m.kind() == EntityKind.PERSON).hasSize(1);
        LetterFacts g = run("(Signed) Kairat Abdrakhmanov", new Signatory("Kairat Abdrakhmanov", null, new Span(9, 28)));
        assertThat(g.mentions()).filteredOn(m -> m.kind() == EntityKind.PERSON).extracting(Mention::label)
                .containsExactly("Kairat Abdrakhmanov");
    }
}
