package org.unkg.text;

/**
 * Letters and numbers, {@code [\p{L}\p{N}]} of a regular expression: the characters a whole-word match may not touch.
 * A table of the basic multilingual plane, so a scan over a letter asks an array, not {@link Character}.
 *
 * <p>An ideograph (Chinese, {@link Character#isIdeographic}) is a letter and a word of its own: a script that writes no
 * spaces between its words has a word boundary between any two of its characters, so a whole word or phrase may start
 * or end next to an ideograph ({@link #touches}), as Unicode's word boundaries (UAX #29) and Lucene's standard
 * tokenizer read Chinese.
 */
public final class LetterOrNumber {
    /** Which characters of the BMP are letters or numbers ({@link #isCodePoint}). */
    private static final boolean[] TABLE = new boolean[0x10000];
    /** Which characters of the BMP are ideographs ({@link #ideograph}). */
    private static final boolean[] IDEOGRAPHS = new boolean[0x10000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = isCodePoint(c);
            IDEOGRAPHS[c] = Character.isIdeographic(c);
        }
    }

    /** Whether {@code c} is an ideograph: a letter that is a word of its own. */
    public static boolean ideograph(char c) {
        return IDEOGRAPHS[c];
    }

    /**
     * Whether {@code before} and {@code after}, side by side, are one word: both letters or numbers and neither an
     * ideograph. A whole-word match may start or end between two characters that do not touch.
     */
    public static boolean touches(char before, char after) {
        return TABLE[before] && TABLE[after] && !IDEOGRAPHS[before] && !IDEOGRAPHS[after];
    }

    /**
     * Whether a whole word or phrase may start at {@code after} once {@code before} stands before it: no letter or
     * number before it ({@code (?<![\p{L}\p{N}])}), or an ideograph on either side.
     */
    public static boolean opensAfter(char before, char after) {
        return !TABLE[before] || IDEOGRAPHS[before] || IDEOGRAPHS[after];
    }

    private LetterOrNumber() {}

    /** Whether {@code c} is a letter or a number (a surrogate half is neither). */
    public static boolean is(char c) {
        return TABLE[c];
    }

    /** Whether code point {@code c} is a letter or a number: {@code [\p{L}\p{N}]}. */
    public static boolean isCodePoint(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
