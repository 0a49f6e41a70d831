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
        byScript.forEach((script, languages) -> {
            Map<String, Long> of = new java.util.HashMap<>();
            for (int i = 0; i < languages.size() && i < 64; i++) {
                long bit = 1L << i;
                languages.get(i).stopWords().forEach(w -> of.merge(w, bit, (a, b) -> a | b));
            }
            stopWordLanguages.put(script, of);
        });
    }

    /**
     * Per script of several languages, each stop word with the languages (bits of their places in {@link #byScript}'s
     * list) it is a stop word of: one look-up per word of a letter rather than one per language, made once.
     */
    private final Map<Character.UnicodeScript, Map<String, Long>> stopWordLanguages = new java.util.HashMap<>();

    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
    /** {@link #BMP_LETTER_SCRIPT}'s value for a character that is not a letter. */
    private static final short NOT_A_LETTER = -1;
    /**
     * Per character of the basic plane, the ordinal of its script when it is a letter, else {@link #NOT_A_LETTER}:
     * made once, where {@link Character.UnicodeScript#of} searched its ranges for every letter of every letter.
     */
    private static final short[] BMP_LETTER_SCRIPT = new short[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BMP_LETTER_SCRIPT[c] = Character.isSurrogate((char) c) || !Character.isLetter(c) ? NOT_A_LETTER
                    : (short) (c < 0x80 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(c)).ordinal();
        }
    }

    /** The ISO 639-1 code of {@code text}'s language; {@code und} when no letter is of a known script. */
    public String detect(String text) {
        // letters counted by script in an array, not a map of boxed counts; ASCII letters are Latin without a lookup
        int[] counts = new int[SCRIPTS.length];
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                // a character of the basic plane: its script, or none for a non-letter, from a table made once
                i++;
                int script = BMP_LETTER_SCRIPT[c];
                if (script != NOT_A_LETTER) {
                    counts[script]++;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            counts[Character.UnicodeScript.of(cp).ordinal()]++;
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
        return languages.size() == 1 ? languages.get(0).code() : byStopWords(text, best, languages);
    }

    /**
     * The language of {@code languages} (one script's) with most stop words in {@code text}: its words are the runs of
     * letters and apostrophes ({@code [\\p{L}']+}) of the text in lower case, each looked up once in the script's
     * {@link #stopWordLanguages}.
     */
    private String byStopWords(String text, Character.UnicodeScript script, List<LanguageProfile> languages) {
        Map<String, Long> stopWords = stopWordLanguages.get(script);
        int[] counts = new int[languages.size()];
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n) {
                int cp = lower.codePointAt(i);
                if (!(cp == '\'' || Character.isLetter(cp))) {
                    break;
                }
                i += Character.charCount(cp);
            }
            if (i > start) {
                Long in = stopWords.get(lower.substring(start, i));
                if (in != null) {
                    for (long bits = in; bits != 0; bits &= bits - 1) {
                        counts[Long.numberOfTrailingZeros(bits)]++;
                    }
                }
            }
            while (i < n) {
                int cp = lower.codePointAt(i);
                if (cp == '\'' || Character.isLetter(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        int best = 0;
        for (int l = 1; l < counts.length; l++) {
            if (counts[l] > counts[best]) {
                best = l;
            }
        }
        return languages.get(best).code();
    }
}
