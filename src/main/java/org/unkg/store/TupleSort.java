package org.unkg.store;

/**
 * Sorts fixed-width tuples of longs stored one after another in a flat array ({@code width} longs per tuple), in place,
 * by their columns left to right (signed comparison of each long). A quicksort with a median-of-three pivot and
 * insertion sort for short ranges; it recurses into the smaller part, so its stack stays logarithmic.
 */
final class TupleSort {
    private static final int SHORT = 16;

    private TupleSort() {}

    /** Sorts the first {@code count} tuples of {@code a}, each {@code width} longs. */
    static void sort(long[] a, int width, int count) {
        sort(a, width, 0, count - 1, new long[width]);
    }

    private static void sort(long[] a, int width, int lo, int hi, long[] pivot) {
        while (hi - lo >= SHORT) {
            int mid = (lo + hi) >>> 1;
            // median of three into the middle
            if (compare(a, width, lo, mid) > 0) {
                swap(a, width, lo, mid);
            }
            if (compare(a, width, mid, hi) > 0) {
                swap(a, width, mid, hi);
                if (compare(a, width, lo, mid) > 0) {
                    swap(a, width, lo, mid);
                }
            }
            System.arraycopy(a, mid * width, pivot, 0, width);
            int i = lo - 1;
            int j = hi + 1;
            while (true) {
                do {
                    i++;
                } while (compareTo(a, width, i, pivot) < 0);
                do {
                    j--;
                } while (compareTo(a, width, j, pivot) > 0);
                if (i >= j) {
                    break;
                }
                swap(a, width, i, j);
            }
            // [lo, j] <= pivot <= [j + 1, hi]
            if (j - lo < hi - j) {
                sort(a, width, lo, j, pivot);
                lo = j + 1;
            } else {
                sort(a, width, j + 1, hi, pivot);
                hi = j;
            }
        }
        insertion(a, width, lo, hi);
    }

    private static void insertion(long[] a, int width, int lo, int hi) {
        long[] t = new long[width];
        for (int i = lo + 1; i <= hi; i++) {
            if (compare(a, width, i - 1, i) <= 0) {
                continue;
            }
            System.arraycopy(a, i * width, t, 0, width);
            int j = i - 1;
            while (j >= lo && compareTo(a, width, j, t) > 0) {
                j--;
            }
            System.arraycopy(a, (j + 1) * width, a, (j + 2) * width, (i - j - 1) * width);
            System.arraycopy(t, 0, a, (j + 1) * width, width);
        }
    }

    /** Compares tuple {@code i} with tuple {@code j} of {@code a}. */
    static int compare(long[] a, int width, int i, int j) {
        int x = i * width;
        int y = j * width;
        for (int k = 0; k < width; k++) {
            long p = a[x + k];
            long q = a[y + k];
            if (p != q) {
                return p < q ? -1 : 1;
            }
        }
        return 0;
    }

    private static int compareTo(long[] a, int width, int i, long[] t) {
        int x = i * width;
        for (int k = 0; k < width; k++) {
            long p = a[x + k];
            long q = t[k];
            if (p != q) {
                return p < q ? -1 : 1;
            }
        }
        return 0;
    }

    private static void swap(long[] a, int width, int i, int j) {
        int x = i * width;
        int y = j * width;
        for (int k = 0; k < width; k++) {
            long t = a[x + k];
            a[x + k] = a[y + k];
            a[y + k] = t;
        }
    }
}
