package org.unkg.store;

import java.util.Arrays;

/**
 * Fixed-width tuples of longs (NodeIds) sorted as single longs: each column's values are replaced by their ranks among
 * that column's distinct values (which keeps their order), and when the ranks' bit widths add up to at most 63 a
 * tuple rearranged into any column order packs into one non-negative long whose order is the tuple's, so that each
 * order is one sort of primitive longs ({@link Arrays#sort(long[], int, int)}) instead of a sort comparing tuples
 * column by column. The ranks are computed once for all the orders.
 *
 * <p>A 20,000-letter build's runs of 2 million quads have a few thousand graphs, a few hundred predicates and a few
 * hundred thousand subjects and objects each: about 55 bits. Tuples with more distinct values than 63 bits hold
 * ({@link #of} returns null) are sorted by {@link TupleSort}.
 */
final class TupleRanks {
    private final int width;
    private final int count;
    /** For each column, its distinct values ascending: a rank's value. */
    private final long[][] values;
    /** For each column, the bits its ranks take. */
    private final int[] bits;
    /** The tuples with each value replaced by its rank, {@code width} per tuple. */
    private final int[] ranks;

    private TupleRanks(int width, int count, long[][] values, int[] bits, int[] ranks) {
        this.width = width;
        this.count = count;
        this.values = values;
        this.bits = bits;
        this.ranks = ranks;
    }

    /**
     * The ranks of the first {@code count} tuples of {@code tuples} ({@code width} longs each), or null when a tuple's
     * ranks would not fit in 63 bits.
     */
    static TupleRanks of(long[] tuples, int width, int count) {
        long[][] values = new long[width][];
        int[] bits = new int[width];
        int[] ranks = new int[width * count];
        long[] scratch = new long[count];
        int total = 0;
        for (int c = 0; c < width; c++) {
            values[c] = rank(tuples, width, count, c, scratch, ranks);
            bits[c] = bitsFor(Math.max(0, values[c].length - 1));
            total += bits[c];
            if (total > 63) {
                return null;
            }
        }
        return new TupleRanks(width, count, values, bits, ranks);
    }

    /** The bits a number from 0 to {@code max} takes (at least one). */
    private static int bitsFor(long max) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(max));
    }

    /**
     * Puts the rank of each tuple's value in column {@code c} into {@code ranks}; returns the column's distinct values
     * ascending. When the column's range and a tuple's position fit in one long together, one sort of those longs
     * gives both; otherwise the distinct values are sorted and each value's rank found by binary search.
     */
    private static long[] rank(long[] tuples, int width, int count, int c, long[] scratch, int[] ranks) {
        if (count == 0) {
            return new long[0];
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int t = 0; t < count; t++) {
            long v = tuples[t * width + c];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int positionBits = bitsFor(count - 1);
        // max - min as an unsigned number: exact, since max >= min
        if (64 - Long.numberOfLeadingZeros(max - min) + positionBits <= 63) {
            for (int t = 0; t < count; t++) {
                scratch[t] = ((tuples[t * width + c] - min) << positionBits) | t;
            }
            Arrays.sort(scratch, 0, count);
            long positionMask = (1L << positionBits) - 1;
            int distinct = -1;
            long previous = 0;
            for (int i = 0; i < count; i++) {
                long offset = scratch[i] >>> positionBits;
                int position = (int) (scratch[i] & positionMask);
                if (distinct < 0 || offset != previous) {
                    distinct++;
                    previous = offset;
                    // the sorted offsets become the distinct values in place (distinct <= i: read already)
                    scratch[distinct] = offset + min;
                }
                ranks[position * width + c] = distinct;
            }
            return Arrays.copyOf(scratch, distinct + 1);
        }
        for (int t = 0; t < count; t++) {
            scratch[t] = tuples[t * width + c];
        }
        Arrays.sort(scratch, 0, count);
        int distinct = 0;
        for (int i = 1; i < count; i++) {
            if (scratch[i] != scratch[distinct]) {
                scratch[++distinct] = scratch[i];
            }
        }
        long[] sorted = Arrays.copyOf(scratch, distinct + 1);
        for (int t = 0; t < count; t++) {
            ranks[t * width + c] = Arrays.binarySearch(sorted, tuples[t * width + c]);
        }
        return sorted;
    }

    /**
     * Writes the tuples rearranged into {@code order} (the input column at each output position), ascending,
     * duplicates kept, into the first {@code count * width} longs of {@code out}; returns the number of tuples.
     */
    int sortInto(int[] order, long[] out) {
        int[] shifts = new int[width];
        int shift = 0;
        for (int k = width - 1; k >= 0; k--) {
            shifts[k] = shift;
            shift += bits[order[k]];
        }
        long[] keys = new long[count];
        for (int t = 0; t < count; t++) {
            long key = 0;
            int base = t * width;
            for (int k = 0; k < width; k++) {
                key |= (long) ranks[base + order[k]] << shifts[k];
            }
            keys[t] = key;
        }
        Arrays.sort(keys);
        for (int t = 0; t < count; t++) {
            long key = keys[t];
            int base = t * width;
            for (int k = 0; k < width; k++) {
                int c = order[k];
                out[base + k] = values[c][(int) (key >>> shifts[k]) & ((1 << bits[c]) - 1)];
            }
        }
        return count;
    }
}
