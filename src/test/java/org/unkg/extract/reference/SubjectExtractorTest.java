package org.unkg.extract.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.TestLetters;
import org.unkg.model.LetterFacts;
import org.unkg.model.Subject;

class SubjectExtractorTest {
    private static LetterFacts run(String text) {
        LetterFacts facts = new LetterFacts();
        TestLetters.run(new SubjectExtractor(), TestLetters.of(text, "xx"), facts);
        return facts;
    }

    @Test
    void readsUnbisTermsAsWrittenWithSpans() {
        String text = "%%%PEACEBUILDING|WEST AFRICA| REGIONAL OFFICES |\n\nLetter dated ...";
        LetterFacts facts = run(text);
        assertThat(facts.subjects()).extracting(Subject::term).containsExactly("PEACEBUILDING", "WEST AFRICA", "REGIONAL OFFICES");
        Subject last = facts.subjects().get(2);
        assertThat(text.substring(last.span().start(), last.span().end())).isEqualTo("REGIONAL OFFICES");
    }

    @Test
    void ignoresBarsOutsideAHeaderLine() {
        assertThat(run("Letter dated ... A|B|C\n%%%NOT|A|HEADER").subjects()).isEmpty();
    }
}
