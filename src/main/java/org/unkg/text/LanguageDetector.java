package org.unkg.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 639-1 language of a text, by the language profiles ({@link LanguageProfile}): by script first (the script
 * with most letters; of equal counts, the script of the lower-ranked language), then, where several languages share
 * the script (Latin), by counts of each one's stop words (ties to the lower rank). A script of one language gives it.
 */
public final class LanguageDetector {
    /** The scripts, each with its languages in rank order, scripts in the order of their first language's rank. */
    private final Map<Character.UnicodeScript, List<LanguageProfile>> byScript = new LinkedHashMap<>();

    /** The detector over {@code profiles}. */
    public LanguageDetector(List<LanguageProfile> profiles) {
        List<LanguageProfile> ranked = new ArrayList<>(profiles);
        ranked.sort(Comparator.comparingInt(LanguageProfile::rank));
        for (LanguageProfile p : ranked) {
            Character.UnicodeScript script = Character.UnicodeScript.forName(p.script());
            byScript.computeIfAbsent(script, k -> new ArrayList<>()).add(p);
        }
    }

    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
    /** What separates words for the stop-word counts (compiled once: asked of every letter of a shared script). */
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}']+");

    /** The ISO 639-1 code of {@code text}'s language; {@code und} when no letter is of a known script. */
    public String detect(String text) {
        // letters counted by script in an array, not a map of boxed counts; ASCII letters are Latin without a lookup
        int[] counts = new int[SCRIPTS.length];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            counts[(cp < 0x80 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(cp)).ordinal()]++;
        }
        Character.UnicodeScript best = null;
        int max = 0;
        for (Character.UnicodeScript s : byScript.keySet()) {
            if (counts[s.ordinal()] > max) {
                max = counts[s.ordinal()];
                best = s;
            }
        }
        if (best == null) {
            return "und";
        }
        List<LanguageProfile> languages = byScript.get(best);
        return languages.size() == 1 ? languages.get(0).code() : byStopWords(text, languages);
    }

    private static String byStopWords(String text, List<LanguageProfile> languages) {
        int[] counts = new int[languages.size()];
        for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            for (int i = 0; i < languages.size(); i++) {
                if (languages.get(i).stopWords().contains(word)) {
                    counts[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return languages.get(best).code();
    }
}
