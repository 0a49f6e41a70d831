package org.unkg.text;

/**
 * Letters and numbers, {@code [\p{L}\p{N}]} of a regular expression: the characters a whole-word match may not touch.
 * A table of the basic multilingual plane, so a scan over a letter asks an array, not {@link Character}.
 */
public final class LetterOrNumber {
    /** Which characters of the BMP are letters or numbers ({@link #isCodePoint}). */
    private static final boolean[] TABLE = new boolean[0x10000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = isCodePoint(c);
        }
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
