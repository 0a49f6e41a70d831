package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WholeWordsTest {
    private static final String ALPHABET = "ab a1-.\u0627\u0644\u0301\uD801\uDC00";

    @Test
    void findsWhereTheLookAroundExpressionFindsTheWord() {
        Random random = new Random(3);
        for (int t = 0; t < 5000; t++) {
            String text = RandomTexts.of(random, ALPHABET, 30);
            String word = RandomTexts.of(random, "ab\u0627 ", 4);
            if (word.isEmpty()) {
                continue;
            }
            int from = random.nextInt(text.length() + 1);
            Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})").matcher(text);
            int expected = m.find(from) ? m.start() : -1;
            assertThat(WholeWords.find(text, word, from)).as("%s in %s from %d", word, text, from).isEqualTo(expected);
        }
    }

    @Test
    void aWordInsideALongerWordIsNotFound() {
        assertThat(WholeWords.find("years, a year", "year", 0)).isEqualTo(9);
        assertThat(WholeWords.find("biyearly", "year", 0)).isEqualTo(-1);
    }
}
