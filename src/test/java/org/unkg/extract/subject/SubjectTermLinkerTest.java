package org.unkg.extract.subject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Subject;
import org.unkg.model.SubjectConcept;
import org.unkg.text.LetterReadException;

/** The cataloguer's %%% terms linked to the UNBIS concepts they name, in any language; others left as written. */
class SubjectTermLinkerTest {
    private static final String UNBIS = "http://metadata.un.org/thesaurus/";

    private static LetterFacts facts(String text) throws LetterReadException {
        return Pipelines.withThesaurus().run(Pipelines.withThesaurus().context().reader().readText("t.txt", text));
    }

    @Test
    void termsInAnyLanguageCaseAndAccentsLinkToTheirConcepts() throws LetterReadException {
        LetterFacts f = facts("%%%PEACEBUILDING|Situation au Tadjikistan|SÉCURITÉ INTERNATIONALE|بناء السلام|حالة في طاجيكستان|\n\n"
                + "Letter dated 1 June 2001 from the Secretary-General addressed to the President of the Security Council\n");
        assertThat(f.subjectConcepts()).extracting(SubjectConcept::concept).containsExactly(
                UNBIS + "1004776", UNBIS + "1006359", UNBIS + "1003337", UNBIS + "1004776", UNBIS + "1006359");
        assertThat(f.subjectConcepts().get(1).term()).isEqualTo("Situation au Tadjikistan");
    }

    @Test
    void spanishRussianAndChineseTermsLinkToo() throws LetterReadException {
        LetterFacts f = facts("%%%Consolidación de la paz|МИРОСТРОИТЕЛЬСТВО|建设和平|\n\n"
                + "Letter dated 1 June 2001 from the Secretary-General addressed to the President of the Security Council\n");
        assertThat(f.subjectConcepts()).extracting(SubjectConcept::concept)
                .containsExactly(UNBIS + "1004776", UNBIS + "1004776", UNBIS + "1004776");
    }

    @Test
    void aTermTheThesaurusLacksStaysAsWrittenWithoutAConcept() throws LetterReadException {
        LetterFacts f = facts("%%%REGIONAL OFFICES|PEACEBUILDING|\n\nLetter dated 1 June 2001 from the Secretary-General\n");
        assertThat(f.subjects()).extracting(Subject::term).containsExactly("REGIONAL OFFICES", "PEACEBUILDING");
        assertThat(f.subjectConcepts()).extracting(SubjectConcept::term).containsExactly("PEACEBUILDING");
    }
}
