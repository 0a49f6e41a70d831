package org.unkg.extract.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.text.LetterReadException;

/**
 * The subject indexer measured against cataloguers, as {@code unkg benchmark subjects} does: every letter that
 * carries a {@code %%%} line (the twenty-three written for these tests in Arabic, English and French, and the seeds
 * that have one) is indexed with its line hidden, and its first concepts are compared with the line's. The floors are the
 * figures the README reports, so a change that makes the index worse fails here.
 */
class SubjectIndexQualityTest {
    private static final Path TEST_LETTERS = Path.of("src", "test", "resources", "org", "unkg", "extract", "subject", "letters");
    private static final List<IndexEvaluation.Letter> LETTERS = new ArrayList<>();

    @BeforeAll
    static void evaluate() throws IOException, LetterReadException {
        IndexEvaluation evaluation = new IndexEvaluation(Pipelines.withThesaurus());
        for (Path dir : List.of(TEST_LETTERS, Path.of("data", "letters"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.sorted().toList()) {
                    IndexEvaluation.Letter l = evaluation.letter(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                    if (l != null) {
                        LETTERS.add(l);
                    }
                }
            }
        }
    }

    @Test
    void everyTermOfTheTestLettersLinesIsAThesaurusConcept() {
        assertThat(LETTERS).hasSize(25);
        for (IndexEvaluation.Letter l : LETTERS) {
            assertThat(l.unlinked()).as(l.source()).isEmpty();
        }
    }

    @Test
    void everyLetterHasAtLeastHalfItsLineInTheFirstTen() {
        for (IndexEvaluation.Letter l : LETTERS) {
            assertThat(2 * l.hits(10)).as("%s: %d of %d line concepts in the first 10: %s", l.source(), l.hits(10),
                    l.reference().size(), l.indexed()).isGreaterThanOrEqualTo(l.reference().size());
        }
    }

    @Test
    void pooledPrecisionAndRecallStayAtTheReportedFigures() {
        IndexEvaluation.Summary five = IndexEvaluation.summary(LETTERS, 5);
        IndexEvaluation.Summary ten = IndexEvaluation.summary(LETTERS, 10);
        assertThat(five.precision()).as("precision of the first 5").isGreaterThanOrEqualTo(0.64);
        assertThat(ten.recall()).as("recall of the first 10").isGreaterThanOrEqualTo(0.80);
    }
}
