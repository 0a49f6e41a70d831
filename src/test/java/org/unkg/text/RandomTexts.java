package org.unkg.text;

import java.util.Random;

/** Random texts for tests that compare two readings of any text: characters drawn from an alphabet. */
public final class RandomTexts {
    private RandomTexts() {}

    /** A text of fewer than {@code bound} characters (its length drawn first), each drawn from {@code alphabet}. */
    public static String of(Random random, String alphabet, int bound) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(bound);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
