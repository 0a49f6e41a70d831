package org.unkg.extract.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.extract.TestLetters;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;

class MandatePeriodTest {
    @Test
    void aMandateCoversThePeriodTheLetterGivesTheOffice() {
        String text = """
                Letter dated 14 December 2010 from the Secretary-General addressed to the President of the Security Council
                I propose the establishment of a United Nations Office for Central Africa in Libreville for an initial
                period of two years beginning on 1 January 2011. The Office would have the following mandate:
                (a) To cooperate with the Economic Community of Central African States;
                (b) To support the United Nations country teams in the subregion;
                (c) To report to Headquarters on developments.
                (Signed) Ban Ki-moon
                """;
        LetterFacts facts = Pipelines.over(Pipelines.TEST_CATALOG).run(TestLetters.of(text, "en"));
        assertThat(facts.mandates()).hasSize(1);
        Mandate m = facts.mandates().get(0);
        assertThat(m.tasks()).hasSize(3);
        assertThat(m.from().iso()).isEqualTo("2011-01-01");
        assertThat(m.to().iso()).isEqualTo("2012-12-31");
    }
}
