package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tuples packed into one long by their columns' ranks sort as {@link TupleSort} sorts them, in every column order. */
class TupleRanksTest {
    private static final List<int[]> ORDERS = List.of(new int[] {0, 1, 2, 3}, new int[] {0, 2, 3, 1},
            new int[] {3, 1, 2, 0}, new int[] {1, 2, 3, 0}, new int[] {2, 3, 1, 0});

    /** The tuples rearranged into {@code order} and sorted by the reference sort. */
    private static long[] reference(long[] tuples, int width, int count, int[] order) {
        long[] out = new long[count * width];
        for (int t = 0; t < count; t++) {
            for (int k = 0; k < width; k++) {
                out[t * width + k] = tuples[t * width + order[k]];
            }
        }
        TupleSort.sort(out, width, count);
        return out;
    }

    private static void assertSortsAsReference(long[] tuples, int count) {
        TupleRanks ranks = TupleRanks.of(tuples, 4, count);
        assertThat(ranks).as("packs").isNotNull();
        for (int[] order : ORDERS) {
            long[] out = new long[count * 4];
            assertThat(ranks.sortInto(order, out)).isEqualTo(count);
            assertThat(out).as("order %s", Arrays.toString(order)).isEqualTo(reference(tuples, 4, count, order));
        }
    }

    @Test
    void nodeIdLikeTuplesWithDuplicatesSortInEveryOrderAsTheTupleSort() {
        Random r = new Random(7);
        int count = 30_000;
        long[] tuples = new long[count * 4];
        for (int t = 0; t < count; t++) {
            // graphs rising as a load streams them, few predicates, subjects and objects spread (sign bit flipped)
            tuples[t * 4] = (t / 50) * 977L ^ Long.MIN_VALUE;
            tuples[t * 4 + 1] = r.nextInt(5_000) * 31L ^ Long.MIN_VALUE;
            tuples[t * 4 + 2] = r.nextInt(40) ^ Long.MIN_VALUE;
            tuples[t * 4 + 3] = t % 9 == 0 ? tuples[(t - t % 90) * 4 + 3] : r.nextLong() >>> 20;
        }
        System.arraycopy(tuples, 0, tuples, 4 * 100, 4 * 10);
        assertSortsAsReference(tuples, count);
    }

    @Test
    void aColumnSpanningTheWholeRangeOfLongsIsRankedByItsDistinctValues() {
        Random r = new Random(11);
        long[] extremes = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE, 1L << 62, -(1L << 62)};
        int count = 5_000;
        long[] tuples = new long[count * 4];
        for (int t = 0; t < count; t++) {
            tuples[t * 4] = extremes[r.nextInt(extremes.length)];
            tuples[t * 4 + 1] = r.nextInt(100) - 50;
            tuples[t * 4 + 2] = extremes[r.nextInt(extremes.length)];
            tuples[t * 4 + 3] = r.nextInt(1000);
        }
        assertSortsAsReference(tuples, count);
    }

    @Test
    void tuplesWhoseRanksNeedMoreThan63BitsAreLeftToTheTupleSort() {
        Random r = new Random(3);
        int count = 1 << 17;
        long[] tuples = new long[count * 4];
        for (int i = 0; i < tuples.length; i++) {
            tuples[i] = r.nextLong();
        }
        // four columns of 2^17 distinct values: 68 bits
        assertThat(TupleRanks.of(tuples, 4, count)).isNull();
        assertThat(TupleRanks.of(tuples, 3, count * 4 / 3)).isNotNull();
    }

    @Test
    void noTuplesSortToNone() {
        TupleRanks ranks = TupleRanks.of(new long[0], 4, 0);
        assertThat(ranks).isNotNull();
        assertThat(ranks.sortInto(new int[] {3, 2, 1, 0}, new long[0])).isZero();
    }
}
