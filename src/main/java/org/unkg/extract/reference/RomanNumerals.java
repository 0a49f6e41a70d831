package org.unkg.extract.reference;

/**
 * Roman numerals as the General Assembly wrote its session numbers in its first thirty sessions' resolution symbols
 * ("2992 (XXVII)": the twenty-seventh session).
 */
final class RomanNumerals {
    private static final int[] VALUES = {40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"XL", "X", "IX", "V", "IV", "I"};
    private static final int LARGEST = 49;

    private RomanNumerals() {}

    /** The value of {@code numeral} written in canonical form (I to XLIX), or -1 when it is not one. */
    static int value(String numeral) {
        int total = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length && i < numeral.length(); k++) {
            while (numeral.startsWith(NUMERALS[k], i)) {
                total += VALUES[k];
                i += NUMERALS[k].length();
            }
        }
        if (i != numeral.length() || total == 0 || !of(total).equals(numeral)) {
            return -1;
        }
        return total;
    }

    /** {@code n} (1 to 49) in canonical Roman numerals. */
    static String of(int n) {
        if (n < 1 || n > LARGEST) {
            throw new IllegalArgumentException("no Roman numeral for " + n + " here");
        }
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int k = 0; k < VALUES.length; k++) {
            while (rest >= VALUES[k]) {
                b.append(NUMERALS[k]);
                rest -= VALUES[k];
            }
        }
        return b.toString();
    }
}
