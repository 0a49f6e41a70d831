package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unkg.text.RandomTexts;

class NameTokensScanTest {
    /** The expression the scan replaces: the words it finds are the words the scan must find. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u0640]+(?:(?:[-.]|" + NameTokens.APOSTROPHES
            + "|-[ \\t]*\\r?\\n[ \\t]*)[\\p{L}\\p{M}\\u0640]+)*\\.?");
    private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.-?)+");
    /** Letters of both cases, marks, the tatweel, joints, apostrophes, spaces and breaks, digits, a letter outside the BMP. */
    private static final String ALPHABET = "aB-.'’ʼ`´ \t\r\n1,\u0627\u0640\u064E\u0301É\uD801\uDC00";

    private static List<String> byExpression(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byScan(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int e = NameTokens.wordAt(text, i);
            if (e == i) {
                i++;
            } else {
                out.add(i + ":" + text.substring(i, e));
                i = e;
            }
        }
        return out;
    }

    @Test
    void theScanFindsTheWordsTheExpressionFindsInRandomTexts() {
        Random random = new Random(7);
        for (int t = 0; t < 5000; t++) {
            String text = RandomTexts.of(random, ALPHABET, 30);
            assertThat(byScan(text)).as(text).isEqualTo(byExpression(text));
        }
    }

    @Test
    void initialsAreReadAsTheExpressionReadsThem() {
        Random random = new Random(8);
        for (int t = 0; t < 5000; t++) {
            String text = RandomTexts.of(random, "AB.-a\uD801\uDC00", 8);
            assertThat(NameTokens.isInitial(text)).as(text).isEqualTo(INITIAL.matcher(text).matches());
        }
    }

    @Test
    void aNameBrokenOverALineWithAHyphenIsOneWordAndAFinalFullStopStays() {
        assertThat(byScan("Mr. Sylvain-\n  Goma, J.-P. d’Anjouan")).containsExactly("0:Mr.", "4:Sylvain-\n  Goma", "21:J.",
                "24:P.", "27:d’Anjouan");
    }
}
