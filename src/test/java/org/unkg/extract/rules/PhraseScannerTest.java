package org.unkg.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.text.FoldedText;

/**
 * Many phrases in one pass: on texts built at random (each text scanned by several scanners in turn, as a letter's
 * extractors scan its text), exactly what each phrase's own pattern finds, phrase by phrase in text order.
 */
class PhraseScannerTest {
    private static final PhrasePattern COMPILER = Pipelines.project().phrases();
    private static final List<String> PHRASES = List.of("established", "the office ... established", "mandate",
            "extend* the mandate", "s", "a", "مكتب", "إنشاء المكتب", "office of", "the");
    private static final List<String> OTHERS = List.of("office", "ab", "closed");

    @Test
    void eachPhraseIsFoundWhereItsOwnPatternFindsIt() {
        PhraseScanner scanner = new PhraseScanner(PHRASES, COMPILER);
        assertThat(scanner.find("the office was established. the mandate"))
                .extracting(m -> PHRASES.get(m.phrase()) + "@" + m.start())
                .containsExactly("established@15", "the office ... established@0", "mandate@32", "the@0", "the@28");
    }

    @Test
    void findsWhatEachPhrasesPatternFindsOnRandomTexts() {
        PhraseScanner scanner = new PhraseScanner(PHRASES, COMPILER);
        PhraseScanner other = new PhraseScanner(OTHERS, COMPILER);
        String[] pieces = {"the", "office", "of", "was", "established", "mandate", "extended", "extend", "s", "a", " ",
            "  ", "\n", ",", ".", "مكتب", "المكتب", "إنشاء", "وإنشاء", "ab", "closed", "x", "7"};
        Random random = new Random(3);
        for (int round = 0; round < 3000; round++) {
            String b = RandomTexts.of(random, pieces, 16);
            String text = FoldedText.of(b).text();
            // the same text scanned by two scanners and again, then a copy of it: each scan as on its own
            assertThat(spans(scanner.find(text))).as(text).isEqualTo(expected(scanner, text));
            assertThat(spans(other.find(text))).as(text).isEqualTo(expected(other, text));
            assertThat(spans(scanner.find(new String(text.toCharArray())))).as(text).isEqualTo(expected(scanner, text));
        }
    }

    private static List<String> spans(List<PhraseScanner.Match> matches) {
        List<String> out = new ArrayList<>();
        matches.forEach(m -> out.add(m.phrase() + "@" + m.start() + "-" + m.end()));
        return out;
    }

    private static List<String> expected(PhraseScanner scanner, String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < scanner.size(); i++) {
            Matcher m = scanner.pattern(i).matcher(text);
            while (m.find()) {
                out.add(i + "@" + m.start() + "-" + m.end());
            }
        }
        return out;
    }

}
