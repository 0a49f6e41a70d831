package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LetterWordsTest {
    /** Letters, digits, ideographs, marks, hyphens, apostrophes, spaces, line breaks and other punctuation. */
    private static final String ALPHABET = "ab1-'\n \t.,(x9zé\u0627\u0644\u4e2d\u6587\u0301\u0664\u00b2;/";

    /**
     * The rule as a regular expression: a run of letters and decimal digits (Java's {@code isLetterOrDigit}) without
     * ideographs, or one ideographic letter or digit.
     */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{Nd}&&[^\\p{IsIdeographic}]]+|[\\p{L}\\p{Nd}&&\\p{IsIdeographic}]");

    /** One word as the rule reads it: span, text, a hyphen right before it, and a hard break since the last word. */
    private record Expected(int start, int end, String text, boolean hyphened, boolean hard) {}

    private static List<Expected> expected(String text) {
        List<Expected> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            String gap = text.substring(last, m.start());
            boolean hard = !gap.chars().allMatch(c -> Character.isWhitespace(c) || c == '-' || c == '\'');
            out.add(new Expected(m.start(), m.end(), m.group(), m.start() > 0 && text.charAt(m.start() - 1) == '-', hard));
            last = m.end();
        }
        return out;
    }

    private static List<Expected> actual(LetterWords words) {
        List<Expected> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            out.add(new Expected(words.start(i), words.end(i), words.wordText(i), words.hyphened(i), words.hardBreak(i)));
        }
        return out;
    }

    private static void assertSameAsTheRule(String text) {
        LetterWords words = LetterWords.of(text);
        assertThat(actual(words)).as(text).isEqualTo(expected(text));
        // equal words share an id, different words do not, and ids count from 0 in order of first occurrence
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            int id = ids.computeIfAbsent(words.wordText(i), k -> ids.size());
            assertThat(words.id(i)).as("%s: word %d", text, i).isEqualTo(id);
            assertThat(words.text(id)).isEqualTo(words.wordText(i));
        }
        assertThat(words.distinct()).isEqualTo(ids.size());
    }

    @Test
    void randomTextsSplitIntoTheRunsOfLettersAndDigitsTheRuleFinds() {
        Random random = new Random(9);
        for (int t = 0; t < 3000; t++) {
            assertSameAsTheRule(RandomTexts.of(random, ALPHABET, 80));
        }
    }

    @Test
    void aLetterWithThousandsOfDistinctWordsKeepsTheirIdsApart() {
        StringBuilder b = new StringBuilder();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            b.append("w").append(random.nextInt(5_000)).append(i % 7 == 0 ? ", " : " ");
        }
        assertSameAsTheRule(b.toString());
    }

    @Test
    void theGenreLettersSplitAsTheRuleSplitsThem() throws IOException {
        List<Path> letters = LetterFolders.texts(LetterFolders.GENRE);
        assertThat(letters).isNotEmpty();
        for (Path p : letters) {
            assertSameAsTheRule(FoldedText.of(Files.readString(p)).text());
        }
    }

    @Test
    void hyphensAndApostrophesJoinSoftlyAndOtherPunctuationBreaks() {
        LetterWords words = LetterWords.of("peace-building, l'appui (2003) 中文");
        assertThat(actual(words)).extracting(Expected::text)
                .containsExactly("peace", "building", "l", "appui", "2003", "中", "文");
        assertThat(actual(words)).extracting(Expected::hyphened)
                .containsExactly(false, true, false, false, false, false, false);
        assertThat(actual(words)).extracting(Expected::hard)
                .containsExactly(false, false, true, false, true, true, false);
    }
}
