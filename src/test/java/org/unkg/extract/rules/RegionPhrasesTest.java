package org.unkg.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unkg.text.RandomTexts;

class RegionPhrasesTest {
    private static final List<String> PHRASES = List.of("dated", "of ... year", "lett*", "same year");
    private static final String ALPHABET = "datesofyrlm ,\n";

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m != null && m.find()) {
            out.add(m.start() + ":" + m.end());
        }
        return out;
    }

    @Test
    void everyRegionGivesTheMatchesOfThePatternOverIt() {
        PhrasePattern compiler = new PhrasePattern(List.of());
        RegionPhrases phrases = new RegionPhrases(PHRASES, compiler);
        Random random = new Random(9);
        for (int t = 0; t < 4000; t++) {
            String text = RandomTexts.of(random, ALPHABET, 40);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            for (int i = 0; i < PHRASES.size(); i++) {
                Matcher expected = compiler.compile(PHRASES.get(i)).matcher(text);
                expected.region(from, to);
                assertThat(matches(phrases.in(i, text, from, to))).as("%s in [%d, %d) of %s", PHRASES.get(i), from, to, text)
                        .isEqualTo(matches(expected));
            }
        }
    }

    @Test
    void aRegionWithoutThePhrasesLiteralGivesNoMatcher() {
        RegionPhrases phrases = new RegionPhrases(List.of("dated"), new PhrasePattern(List.of()));
        assertThat(phrases.in(0, "the letter dated 5 May", 0, 10)).isNull();
        assertThat(phrases.in(0, "the letter dated 5 May", 5, 22)).isNotNull();
    }
}
