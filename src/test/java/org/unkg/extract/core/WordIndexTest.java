package org.unkg.extract.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unkg.text.RandomTexts;

class WordIndexTest {
    /** Characters that make and break words: letters, digits, hyphens, apostrophes, line breaks, spaces, Arabic. */
    private static final String ALPHABET = "ab1-'\n \t.,(x9zé\u0627\u0644";

    @Test
    void everyRangeGivesTheWordsTheRegularExpressionFindsInIt() {
        Random random = new Random(12);
        for (int t = 0; t < 500; t++) {
            String text = RandomTexts.of(random, ALPHABET, 60);
            int length = text.length();
            WordIndex index = new WordIndex(text);
            for (int r = 0; r < 40; r++) {
                // ranges Word.in accepts: a start within the text (or before it), any end not before the start
                int from = random.nextInt(length + 2) - 1;
                int to = Math.max(0, from) + random.nextInt(length + 3);
                assertThat(index.in(from, to)).as("%s [%d, %d)", text.replace("\n", "\\n"), from, to)
                        .isEqualTo(Word.in(text, from, to));
            }
        }
    }

    @Test
    void aWordBrokenOverALineIsOneWordAndARangeCuttingItGivesItsPart() {
        String text = "the peace-\n  building office";
        WordIndex index = new WordIndex(text);
        assertThat(index.in(0, text.length())).extracting(Word::text).containsExactly("the", "peace-\n  building", "office");
        assertThat(index.in(5, 25)).extracting(Word::text).containsExactly("eace-\n  building", "off");
    }
}
