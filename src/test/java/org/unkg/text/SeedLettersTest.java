package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reads the shared seed letters (skipped when ../shared is absent). */
class SeedLettersTest {
    /** ../shared from the project dir; a run outside the usual layout may point elsewhere with -Dunkg.shared.dir. */
    private static final Path SHARED = Path.of(System.getProperty("unkg.shared.dir", "../shared"));
    private static final Path SEEDS = SHARED.resolve("seeds");
    private static final Path ENGLISH = SHARED.resolve("letters-en");
    /** Day, month word (optionally a second month after a slash), year, contiguous. */
    private static final Pattern DATE = Pattern.compile("\\p{Nd}{1,2} \\p{L}+( ?/ ?\\p{L}+)? \\p{Nd}{4}");

    private final LetterReader reader = TextRules.reader();

    private static List<Path> files(Path dir) throws Exception {
        assumeTrue(Files.isDirectory(dir), dir + " absent");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void visualSeedsStartWithAContiguousDatePhrase() throws Exception {
        int visual = 0;
        for (Path p : files(SEEDS)) {
            LetterText letter = reader.read(p);
            if (letter.layout() != Layout.VISUAL_PDF) {
                continue;
            }
            visual++;
            String firstLine = letter.body().lines().findFirst().orElse("");
            assertThat(DATE.matcher(firstLine).find()).as(p + ": " + firstLine).isTrue();
            assertThat(letter.body()).doesNotContain("\u0640");
        }
        assertThat(visual).isPositive();
    }

    @Test
    void englishOriginalsKeepTheirHeaderAndLoseTheirFooters() throws Exception {
        for (Path p : files(ENGLISH)) {
            LetterText letter = reader.read(p);
            assertThat(letter.language()).isEqualTo("en");
            assertThat(letter.body()).contains("Distr.: General").doesNotContain("\f").doesNotContainPattern("(?m)^\\*\\d+\\*$");
            String symbol = letter.body().lines().findFirst().orElseThrow();
            assertThat(symbol).matches("S/\\d{4}/\\d+");
            assertThat(letter.body().indexOf(symbol, 1)).as(p.toString()).isNegative();
        }
    }
}
