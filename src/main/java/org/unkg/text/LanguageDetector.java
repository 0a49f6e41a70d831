package org.unkg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 639-1 language of a text: by script first (Arabic, Cyrillic, Han), then for Latin-script text by
 * counts of stopwords from the lists {@code org/unkg/text/stopwords-XX.txt}.
 */
public final class LanguageDetector {
    /** Languages with a stopword list, in order of preference on ties. */
    static final String[] LATIN_LANGUAGES = {"en", "fr", "es"};
    private static final LanguageDetector DEFAULT = new LanguageDetector(loadLists());

    private final Map<String, Set<String>> stopwords;

    private LanguageDetector(Map<String, Set<String>> stopwords) {
        this.stopwords = stopwords;
    }

    /** The detector with the shipped stopword lists. */
    public static LanguageDetector defaults() {
        return DEFAULT;
    }

    /** The ISO 639-1 code of {@code text}'s language; {@code und} when there are no letters. */
    public String detect(String text) {
        int arabic = 0;
        int cyrillic = 0;
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case HAN -> han++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        int max = Math.max(Math.max(arabic, cyrillic), Math.max(han, latin));
        if (max == 0) {
            return "und";
        }
        if (max == arabic) {
            return "ar";
        }
        if (max == cyrillic) {
            return "ru";
        }
        if (max == han) {
            return "zh";
        }
        return latinLanguage(text);
    }

    private String latinLanguage(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String lang : LATIN_LANGUAGES) {
            counts.put(lang, 0);
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            for (String lang : LATIN_LANGUAGES) {
                if (stopwords.get(lang).contains(word)) {
                    counts.merge(lang, 1, Integer::sum);
                }
            }
        }
        String best = LATIN_LANGUAGES[0];
        for (String lang : LATIN_LANGUAGES) {
            if (counts.get(lang) > counts.get(best)) {
                best = lang;
            }
        }
        return best;
    }

    private static Map<String, Set<String>> loadLists() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String lang : LATIN_LANGUAGES) {
            String resource = "stopwords-" + lang + ".txt";
            Set<String> words = new HashSet<>();
            try (InputStream in = LanguageDetector.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#")) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lists.put(lang, words);
        }
        return lists;
    }
}
