package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tuples read back sorted in each index order, from memory and from spilled runs, against a reference sort. */
class TupleRunsTest {
    private static final List<int[]> QUAD_ORDERS = List.of(new int[] {0, 1, 2, 3}, new int[] {0, 2, 3, 1},
            new int[] {3, 1, 2, 0}, new int[] {1, 2, 3, 0});

    @TempDir
    Path tmp;

    /** Random tuples over few values (many duplicates and shared prefixes), negative longs included. */
    private static List<long[]> tuples(int n, long seed) {
        Random r = new Random(seed);
        long[] values = {Long.MIN_VALUE, -5, -1, 0, 1, 2, 7, 1L << 40, Long.MAX_VALUE};
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new long[] {values[r.nextInt(values.length)], values[r.nextInt(values.length)],
                    r.nextLong(), values[r.nextInt(values.length)]});
            if (i % 7 == 0) {
                out.add(out.get(r.nextInt(out.size())).clone());
            }
        }
        return out;
    }

    private static List<List<Long>> expected(List<long[]> in, int[] order) {
        TreeSet<long[]> set = new TreeSet<>(Arrays::compare);
        for (long[] t : in) {
            long[] o = new long[order.length];
            for (int k = 0; k < order.length; k++) {
                o[k] = t[order[k]];
            }
            set.add(o);
        }
        List<List<Long>> out = new ArrayList<>();
        set.forEach(t -> out.add(Arrays.stream(t).boxed().toList()));
        return out;
    }

    private static List<List<Long>> read(Iterator<long[]> it) {
        List<List<Long>> out = new ArrayList<>();
        it.forEachRemaining(t -> out.add(Arrays.stream(t).boxed().toList()));
        return out;
    }

    @Test
    void everyOrderComesBackSortedWithoutDuplicatesFromMemory() {
        List<long[]> in = tuples(5000, 1);
        try (TupleRuns runs = new TupleRuns(4, QUAD_ORDERS, 1 << 20, tmp)) {
            in.forEach(runs::add);
            runs.seal();
            assertThat(runs.added()).isEqualTo(in.size());
            for (int o = 0; o < QUAD_ORDERS.size(); o++) {
                assertThat(read(runs.sorted(o))).as("order %d", o).isEqualTo(expected(in, QUAD_ORDERS.get(o)));
            }
            assertThat(runs.spills()).isZero();
        }
    }

    @Test
    void spilledRunsMergeToTheSameOrderAndAreDeletedOnClose() throws Exception {
        List<long[]> in = tuples(20_000, 2);
        try (TupleRuns runs = new TupleRuns(4, QUAD_ORDERS, 777, tmp)) {
            in.forEach(runs::add);
            runs.seal();
            for (int o = 0; o < QUAD_ORDERS.size(); o++) {
                assertThat(read(runs.sorted(o))).as("order %d", o).isEqualTo(expected(in, QUAD_ORDERS.get(o)));
            }
            assertThat(runs.spills()).isGreaterThan(20);
        }
        try (var left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void runsLongerThanTheirFileBufferMergeIntactForTriplesAndQuads() {
        // runs of 9,000 tuples: several buffers of a run file each, a buffer not a whole multiple of a triple's bytes
        List<long[]> quads = tuples(40_000, 3);
        try (TupleRuns runs = new TupleRuns(4, QUAD_ORDERS, 9_000, tmp)) {
            quads.forEach(runs::add);
            runs.seal();
            // five full runs spilled; the last 715 tuples stay in memory and are merged with them as each order is read
            assertThat(runs.spills()).isEqualTo(5);
            for (int o = 0; o < QUAD_ORDERS.size(); o++) {
                assertThat(read(runs.sorted(o))).as("quad order %d", o).isEqualTo(expected(quads, QUAD_ORDERS.get(o)));
            }
        }
        List<int[]> tripleOrders = List.of(new int[] {0, 1, 2}, new int[] {1, 2, 0}, new int[] {2, 0, 1});
        List<long[]> triples = tuples(40_000, 4).stream().map(t -> Arrays.copyOf(t, 3)).toList();
        try (TupleRuns runs = new TupleRuns(3, tripleOrders, 9_000, tmp)) {
            triples.forEach(runs::add);
            runs.seal();
            for (int o = 0; o < tripleOrders.size(); o++) {
                assertThat(read(runs.sorted(o))).as("triple order %d", o).isEqualTo(expected(triples, tripleOrders.get(o)));
            }
        }
    }

    @Test
    void sortHandlesAlreadySortedReversedAndEqualTuples() {
        int n = 3000;
        for (int kind = 0; kind < 3; kind++) {
            long[] a = new long[n * 3];
            for (int i = 0; i < n; i++) {
                long v = kind == 0 ? i : kind == 1 ? n - i : 42;
                a[3 * i] = v;
                a[3 * i + 1] = -v;
                a[3 * i + 2] = v % 5;
            }
            TupleSort.sort(a, 3, n);
            for (int i = 1; i < n; i++) {
                assertThat(TupleSort.compare(a, 3, i - 1, i)).as("kind %d at %d", kind, i).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void anOrderThatIsNotAPermutationIsRefused() {
        assertThatThrownBy(() -> new TupleRuns(3, List.of(new int[] {0, 0, 1}), 10, tmp))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
