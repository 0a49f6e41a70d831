package org.unkg.extract.rules;

import java.util.Random;

/** Texts built at random from pieces, to pin a matcher's fast path against the plain one it stands for. */
final class RandomTexts {
    private RandomTexts() {}

    /** One to {@code most} pieces drawn from {@code pieces}, joined. */
    static String of(Random random, String[] pieces, int most) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(most);
        for (int i = 0; i < n; i++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }
}
