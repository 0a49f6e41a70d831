package org.unkg.text;

/**
 * A literal found where no letter touches it, without a regular expression: what
 * {@code (?<!\p{L})LITERAL(?!\p{L})} finds, for code that looks for many such words in each letter; an ideograph on
 * either side of the edge touches nothing ({@link LetterOrNumber#touches}).
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
            if ((!letterBefore(text, at) || ideographs(text, at - 1, at))
                    && (!letterAt(text, at + word.length()) || ideographs(text, at + word.length() - 1, at + word.length()))) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }

    /** Whether the character at {@code a} or the one at {@code b} is an ideograph: a word of its own, touching no other. */
    private static boolean ideographs(String text, int a, int b) {
        return LetterOrNumber.ideograph(text.charAt(a)) || LetterOrNumber.ideograph(text.charAt(b));
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
