package org.unkg.text;

/**
 * A literal found where no letter touches it, without a regular expression: what
 * {@code (?<!\p{L})LITERAL(?!\p{L})} finds, for code that looks for many such words in each letter.
 */
public final class WholeWords {
    private WholeWords() {}

    /**
     * Where {@code word} first stands in {@code text} at or after {@code from} with no letter right before or after
     * it, or -1: the start of {@code Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})")}'s first
     * match from {@code from}.
     */
    public static int find(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0) {
            if (!letterBefore(text, at) && !letterAt(text, at + word.length())) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }

    /**
     * Whether a letter stands right before {@code i}, as {@code (?<!\p{L})} sees it: the one character before (half of
     * a pair of surrogates is no letter).
     */
    private static boolean letterBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return !Character.isSurrogate(c) && Character.isLetter(c);
    }

    /** Whether a letter (a code point) starts at {@code i}. */
    private static boolean letterAt(String text, int i) {
        return i < text.length() && Character.isLetter(text.codePointAt(i));
    }
}
