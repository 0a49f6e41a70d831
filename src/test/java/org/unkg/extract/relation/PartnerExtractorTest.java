package org.unkg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.TestLetters;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Mention;
import org.unkg.model.Partner;
import org.unkg.model.Span;
import org.unkg.model.Task;

class PartnerExtractorTest {
    private static Span span(String text, String words) {
        int i = text.indexOf(words);
        return new Span(i, i + words.length());
    }

    @Test
    void organizationsNamedInAMandatesTasksAreTheOfficesPartners() {
        String text = "The Office would have the following functions: (a) to liaise with the African Union and ECOWAS;"
                + " (b) to keep the Secretary-General informed; (c) to support the United Nations Office for West Africa.";
        LetterFacts facts = new LetterFacts();
        facts.add(new Mention(EntityKind.ORGANIZATION, "AU", "African Union", span(text, "African Union")));
        facts.add(new Mention(EntityKind.ORGANIZATION, "ECOWAS", "ECOWAS", span(text, "ECOWAS")));
        facts.add(new Mention(EntityKind.ORGANIZATION, "UNSG", "Secretary-General", span(text, "Secretary-General")));
        facts.add(new Mention(EntityKind.ORGANIZATION, "UNOCA", "the Office", span(text, "The Office")));
        facts.add(new Mention(EntityKind.ORGANIZATION, "UNOWA", "United Nations Office for West Africa",
                span(text, "United Nations Office for West Africa")));
        facts.add(new Mandate("UNOCA", List.of(
                new Task(1, "to liaise with the African Union and ECOWAS", span(text, "to liaise with the African Union and ECOWAS")),
                new Task(2, "to keep the Secretary-General informed", span(text, "to keep the Secretary-General informed")),
                new Task(3, "to support the United Nations Office for West Africa",
                        span(text, "to support the United Nations Office for West Africa"))), null, null, span(text, text)));

        TestLetters.run(new PartnerExtractor(TestLetters.context()), TestLetters.of(text, "en"), facts);

        assertThat(facts.partners()).extracting(Partner::entity).containsOnly("UNOCA");
        assertThat(facts.partners()).extracting(Partner::partner).containsExactly("AU", "ECOWAS", "UNOWA");
    }

    @Test
    void noMandateMeansNoPartners() {
        LetterFacts facts = new LetterFacts();
        facts.add(new Mention(EntityKind.ORGANIZATION, "AU", "African Union", new Span(0, 13)));
        TestLetters.run(new PartnerExtractor(TestLetters.context()), TestLetters.of("African Union", "en"), facts);
        assertThat(facts.partners()).isEmpty();
    }
}
