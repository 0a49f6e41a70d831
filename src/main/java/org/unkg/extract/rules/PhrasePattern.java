package org.unkg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.unkg.text.FoldedText;

/**
 * Compiles a rule phrase into a pattern over folded text ({@link FoldedText}). Words are matched whole;
 * {@code ...} lets up to eight words stand between two words (a comma may follow the word before: "be replaced, as of
 * 1 December 1997, by"); a trailing {@code *} lets a word go on.
 * An Arabic word may carry the clitics و ف ب ل ك س in front and a pronoun or verb suffix behind; a word
 * written with the article ال also matches the forms لل and بال.
 */
public final class PhrasePattern {
    private static final String ARABIC_SUFFIX = "(?:ه|ها|هم|هما|ي|ت|تا|وا|ته|تها)?";
    private static final String CLITICS = "(?:[وف]?[بلكس]?)";

    private PhrasePattern() {}

    /** The pattern for {@code phrase}, matched on folded text. */
    public static Pattern compile(String phrase) {
        String folded = FoldedText.fold(phrase.strip());
        String[] words = folded.split("\\s+");
        StringBuilder re = new StringBuilder();
        boolean gap = false;
        boolean first = true;
        for (String word : words) {
            if (word.equals("...")) {
                gap = true;
                continue;
            }
            if (!first) {
                re.append(gap ? "[^\\s\\p{L}\\p{N}]*(?:\\s+\\S+){0,8}?\\s+" : "\\s+");
            }
            gap = false;
            re.append(word(word));
            first = false;
        }
        return Pattern.compile(re.toString());
    }

    /**
     * Where a match of {@code phrase}'s pattern can start, as a literal it must hold: the first word's letters
     * ({@code core}, the word without the article ال and a trailing {@code *}) stand at most {@code lead}
     * characters after the start of any match (the clitics and article an Arabic word may carry before them).
     * {@code core} is empty when the phrase has no word to anchor on.
     */
    public record Anchor(String core, int lead) {}

    /** The anchor of {@code phrase} (see {@link Anchor}). */
    public static Anchor anchor(String phrase) {
        String folded = FoldedText.fold(phrase.strip());
        for (String word : folded.split("\\s+")) {
            if (word.isEmpty() || word.equals("...")) {
                continue;
            }
            String w = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
            if (w.isEmpty()) {
                return new Anchor("", 0);
            }
            boolean arabic = w.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
            if (!arabic) {
                return new Anchor(w, 0);
            }
            if (w.startsWith("ال") && w.length() > 3) {
                return new Anchor(w.substring(2), 4);
            }
            return new Anchor(w, 2);
        }
        return new Anchor("", 0);
    }

    /** Compiles each phrase. */
    public static List<Pattern> compileAll(List<String> phrases) {
        List<Pattern> out = new ArrayList<>();
        for (String p : phrases) {
            out.add(compile(p));
        }
        return out;
    }

    private static String word(String word) {
        boolean open = word.endsWith("*");
        String w = open ? word.substring(0, word.length() - 1) : word;
        boolean arabic = w.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        if (arabic) {
            if (w.startsWith("ال") && w.length() > 3) {
                String rest = Pattern.quote(w.substring(2));
                re.append("(?:").append(CLITICS).append("ال|[وف]?لل)").append(rest);
            } else {
                re.append(CLITICS).append(Pattern.quote(w));
            }
            re.append(open ? "\\p{L}*" : ARABIC_SUFFIX + "(?![\\p{L}])");
        } else {
            re.append(Pattern.quote(w));
            re.append(open ? "[\\p{L}-]*" : "(?![\\p{L}])");
        }
        return re.toString();
    }
}
