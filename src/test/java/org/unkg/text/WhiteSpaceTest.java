package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Collapsing runs of white space: exactly {@code replaceAll("\\s+", " ")}, other spaces kept as they are. */
class WhiteSpaceTest {
    @Test
    void eachRunOfWhiteSpaceBecomesOneSpace() {
        assertThat(WhiteSpace.collapse("in \t cooperation\r\n with")).isEqualTo("in cooperation with");
        assertThat(WhiteSpace.collapse("  lead and trail \n")).isEqualTo(" lead and trail ");
    }

    @Test
    void aNoBreakSpaceIsNotRegularExpressionWhiteSpace() {
        assertThat(WhiteSpace.collapse("a\u00A0\u00A0b")).isEqualTo("a\u00A0\u00A0b");
    }

    @Test
    void givesWhatTheRegularExpressionGivesOnRandomStrings() {
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2009', '-', 'ب'};
        Random random = new Random(5);
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertThat(WhiteSpace.collapse(s)).as("'%s'", s).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }

    @Test
    void runsOfAGivenSetOfCharactersGiveWhatTheRegularExpressionOfThatSetGives() {
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '-', '\u00A0', 'ب'};
        Random random = new Random(7);
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertThat(WhiteSpace.collapse(s, c -> c == '-' || WhiteSpace.space((char) c))).as("'%s'", s)
                    .isEqualTo(s.replaceAll("[\\s\\-]+", " "));
        }
    }

    @Test
    void splittingGivesWhatSplitOnTheRegularExpressionGives() {
        Random random = new Random(11);
        for (int round = 0; round < 5000; round++) {
            String s = RandomTexts.of(random, "ab \t\n\r\u000B\f\u00A0ب", 12);
            assertThat(WhiteSpace.split(s)).as("'%s'", s).containsExactly(s.split("\\s+"));
        }
    }

    @Test
    void aLeadingRunGivesAnEmptyFirstPartAndATrailingOneNone() {
        assertThat(WhiteSpace.split(" a\tb  ")).containsExactly("", "a", "b");
        assertThat(WhiteSpace.split("  ")).isEmpty();
        assertThat(WhiteSpace.split("")).containsExactly("");
    }
}
