package org.unkg.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What unkg knows of one language, read from its rules folder ({@code data/rules/{code}/}): its script and rank
 * (the order languages are tried in), the stop words that tell its texts from other languages of its script, the
 * words that open a layout's header line ({@code distr}), its word structure (the clitics, article and suffixes
 * around an Arabic word), its month names and its ordinal words. A new language is a folder; the extraction rules of
 * the language (event triggers, cues, ...) sit beside its profile.
 *
 * @param code        ISO 639-1 code
 * @param script      the Unicode script of its letters ({@code Arabic}, {@code Latin}, {@code Cyrillic}, {@code Han})
 * @param rank        the order it is tried in, lowest first
 * @param capitals    whether its script writes names with capital letters
 * @param stopWords   frequent words (lower case) by which its texts are told from others of its script
 * @param layoutWords words that open the distribution line of the {@code Distr.: General} layout
 * @param words       the structure of its words (none for most languages)
 * @param months      month names as written, and their numbers
 * @param ordinals    ordinal and number words of session titles, and their values
 */
public record LanguageProfile(String code, String script, int rank, boolean capitals, Set<String> stopWords,
                              List<String> layoutWords,
                              WordStructure words, Map<String, Integer> months, Map<String, Integer> ordinals) {
    public LanguageProfile {
        stopWords = Set.copyOf(stopWords);
        layoutWords = List.copyOf(layoutWords);
        months = Map.copyOf(months);
        ordinals = Map.copyOf(ordinals);
    }
}
