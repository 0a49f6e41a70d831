package org.unkg.extract.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unkg.text.RandomTexts;

class WordTest {
    /** The expression the scan replaces: what it must find, in any region of any text. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:(?:-\\s*\\n\\s*|[-'])[\\p{L}\\p{N}]+)*");
    /** Letters, digits, joints, spaces and line breaks, Arabic, a mark, and a letter outside the BMP (U+10400). */
    private static final String ALPHABET = "ab1-'\n \t\r.,x9é\u0627\u0644\u0301\uD801\uDC00\u00B2";

    private static List<Word> byExpression(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        m.region(Math.max(0, from), Math.min(to, text.length()));
        while (m.find()) {
            out.add(new Word(m.start(), m.end(), m.group()));
        }
        return out;
    }

    @Test
    void everyRegionOfARandomTextGivesTheWordsTheExpressionFinds() {
        Random random = new Random(41);
        for (int t = 0; t < 3000; t++) {
            String text = RandomTexts.of(random, ALPHABET, 40);
            int from = random.nextInt(text.length() + 2) - 1;
            int to = Math.max(0, from) + random.nextInt(text.length() + 3);
            if (Math.max(0, from) > text.length()) {
                continue;
            }
            assertThat(Word.in(text, from, to)).as("%s [%d, %d)", text, from, to).isEqualTo(byExpression(text, from, to));
        }
    }

    @Test
    void aHyphenAndALineBreakJoinAWordButAHyphenAndSpacesDoNot() {
        assertThat(Word.in("peace-\n  building and peace- keeping", 0, 100)).extracting(Word::text)
                .containsExactly("peace-\n  building", "and", "peace", "keeping");
    }

    @Test
    void aRegionEndCutsTheWordItFallsIn() {
        assertThat(Word.in("Sierra Leone's office", 3, 16)).extracting(Word::text).containsExactly("rra", "Leone's", "o");
    }
}
