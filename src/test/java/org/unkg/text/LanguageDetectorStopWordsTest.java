package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The detector counts stop words in one pass over a letter, each word looked up once for all the languages of its
 * script, and letters' scripts from a table: pinned against counting through {@code [^\p{L}']+} splits, language by
 * language, with {@link Character.UnicodeScript#of} for every letter, on random texts of the scripts' letters, stop words,
 * apostrophes, digits, capitals and characters outside the basic plane.
 */
class LanguageDetectorStopWordsTest {
    private static final List<LanguageProfile> PROFILES = TextRules.profiles();
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}']+");
    private final LanguageDetector detector = new LanguageDetector(PROFILES);

    /** The detection as it was: scripts by {@code UnicodeScript.of}, stop words by a split and a set per language. */
    private static String bySplit(String text) {
        List<LanguageProfile> ranked = new ArrayList<>(PROFILES);
        ranked.sort(Comparator.comparingInt(LanguageProfile::rank));
        java.util.Map<Character.UnicodeScript, List<LanguageProfile>> byScript = new java.util.LinkedHashMap<>();
        for (LanguageProfile p : ranked) {
            byScript.computeIfAbsent(Character.UnicodeScript.forName(p.script()), k -> new ArrayList<>()).add(p);
        }
        int[] counts = new int[Character.UnicodeScript.values().length];
        text.codePoints().filter(Character::isLetter).forEach(cp -> counts[Character.UnicodeScript.of(cp).ordinal()]++);
        // the script with most letters, the first of equal counts
        Character.UnicodeScript best = byScript.keySet().stream().filter(s -> counts[s.ordinal()] > 0)
                .reduce((a, b) -> counts[b.ordinal()] > counts[a.ordinal()] ? b : a).orElse(null);
        if (best == null) {
            return "und";
        }
        List<LanguageProfile> languages = byScript.get(best);
        if (languages.size() == 1) {
            return languages.get(0).code();
        }
        int[] words = new int[languages.size()];
        for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            for (int i = 0; i < languages.size(); i++) {
                if (languages.get(i).stopWords().contains(word)) {
                    words[i]++;
                }
            }
        }
        int top = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i] > words[top]) {
                top = i;
            }
        }
        return languages.get(top).code();
    }

    @Test
    void detectsWhatSplittingIntoWordsLanguageByLanguageDetected() {
        Random random = new Random(12);
        List<String> stopWords = new ArrayList<>();
        PROFILES.forEach(p -> stopWords.addAll(p.stopWords().stream().sorted().toList()));
        String[] pieces = {" ", "  ", "'", "’", "-", "\n", "1999", "É", "İ", "ß", "a", "x", "\uD835\uDC00", "\uD800",
                "مكتب", "Совет", "安全", ", "};
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int words = random.nextInt(40);
            for (int i = 0; i < words; i++) {
                if (random.nextInt(3) > 0) {
                    String w = stopWords.get(random.nextInt(stopWords.size()));
                    b.append(random.nextInt(5) == 0 ? w.toUpperCase(Locale.ROOT) : w);
                } else {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                b.append(pieces[random.nextInt(3)]);
            }
            String text = b.toString();
            assertThat(detector.detect(text)).as("%s", text).isEqualTo(bySplit(text));
        }
    }

    @Test
    void countsAWordOfTwoLanguagesForBoth() {
        // "en" is a stop word of French and Spanish alike; "la" and "de" too: the rarer words decide
        assertThat(detector.detect("en la sede de les Nations")).isEqualTo(bySplit("en la sede de les Nations"));
        assertThat(detector.detect("en la sede de los Estados")).isEqualTo("es");
    }
}
