package org.unkg.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unkg.text.RandomTexts;

class PatternStartsTest {
    private static final String ALPHABET = "pefor id\n1.\u0644\u0641\u062A\u0631\u0629\uD801\uDC00";
    private static final List<String> CUES = List.of("period", "for a period", "per", "لفترة", "ف");

    private static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byStarts(PatternStarts s, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = s.matcher(text);
        int at = 0;
        while (s.find(m, text, at)) {
            out.add(m.start() + ":" + m.group());
            at = Math.max(m.end(), m.start() + 1);
        }
        return out;
    }

    @Test
    void givesTheMatchesFindGivesOnRandomTexts() {
        String alternation = String.join("|", CUES.stream().map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q")).toList());
        Pattern bounded = Pattern.compile("(?<!\\p{L})(?:" + alternation + ")(?!\\p{L})");
        Pattern loose = Pattern.compile("(?:" + alternation + ")");
        PatternStarts afterNoLetter = new PatternStarts(bounded, CUES, true);
        PatternStarts anywhere = new PatternStarts(loose, CUES, false);
        PatternStarts unknown = new PatternStarts(bounded, null, false);
        Random random = new Random(5);
        for (int t = 0; t < 3000; t++) {
            String text = RandomTexts.of(random, ALPHABET, 40);
            assertThat(byStarts(afterNoLetter, text)).as(text).isEqualTo(byFind(bounded, text));
            assertThat(byStarts(anywhere, text)).as(text).isEqualTo(byFind(loose, text));
            assertThat(byStarts(unknown, text)).as(text).isEqualTo(byFind(bounded, text));
        }
    }

    @Test
    void aCueAfterALetterIsNoMatchOfABoundedPattern() {
        Pattern p = Pattern.compile("(?<!\\p{L})(?:period)(?!\\p{L})");
        PatternStarts s = new PatternStarts(p, List.of("period"), true);
        assertThat(byStarts(s, "superiod, a period")).containsExactly("12:period");
    }
}
