package org.unkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * Fixed-width tuples of longs (NodeIds) collected once and read back sorted in several column orders (one per index),
 * with memory bounded: up to {@code maxInMemory} tuples are kept in an array; beyond that the array is sorted in every
 * order and written as one run file per order (in {@code tempDir}), and reading an order merges its runs with the
 * tuples still in memory, sorted by the reading thread. Each order is read ascending (columns left to right, signed
 * comparison), duplicates dropped. The tuples in memory are sorted as longs packed from their columns' ranks
 * ({@link TupleRanks}), or by {@link TupleSort} when the ranks do not fit in one long.
 */
final class TupleRuns implements AutoCloseable {
    private static final int INITIAL = 1 << 14;
    private static final int IO_BUFFER = 1 << 16;

    private final int width;
    private final List<int[]> orders;
    private final int maxInMemory;
    private final Path tempDir;
    private final List<List<Path>> runs = new ArrayList<>();
    private long[] buffer;
    /** Each thread's array for rearranging and sorting the tuples in memory (orders are read on several threads). */
    private ThreadLocal<long[]> scratch = new ThreadLocal<>();
    private int inMemory;
    /** Whether {@link #ranks} was computed for the tuples in memory (it may be null: they do not pack). */
    private boolean ranked;
    private TupleRanks ranks;
    private long added;
    private Path runDir;

    /**
     * Tuples of {@code width} longs, to be read in each of {@code orders} (for each, the input column at each position
     * of the output), keeping at most {@code maxInMemory} in memory; run files go to a directory made in
     * {@code tempDir}.
     */
    TupleRuns(int width, List<int[]> orders, int maxInMemory, Path tempDir) {
        for (int[] order : orders) {
            int[] sorted = order.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < width; i++) {
                if (sorted.length != width || sorted[i] != i) {
                    throw new IllegalArgumentException("not an order of " + width + " columns: " + Arrays.toString(order));
                }
            }
            runs.add(new ArrayList<>());
        }
        this.width = width;
        this.orders = List.copyOf(orders);
        this.maxInMemory = Math.max(1, maxInMemory);
        this.tempDir = tempDir;
        this.buffer = new long[Math.min(INITIAL, this.maxInMemory) * width];
    }

    /** Adds a tuple (its first {@code width} longs are copied). */
    void add(long[] tuple) {
        if (ranked) {
            forgetRanks();
        }
        if (inMemory * width == buffer.length) {
            if (inMemory < maxInMemory) {
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) maxInMemory, 2L * inMemory) * width);
            } else {
                spill();
            }
        }
        System.arraycopy(tuple, 0, buffer, inMemory * width, width);
        inMemory++;
        added++;
    }

    /** The number of tuples added (duplicates included). */
    long added() {
        return added;
    }

    /** The number of run files written per order so far (0: everything is still in memory). */
    int spills() {
        return runs.get(0).size();
    }

    /**
     * Ends the adding. After this, {@link #sorted} may read different orders on different threads at once; the tuples
     * still in memory are not spilled but sorted by the thread that reads each order, and merged with its runs.
     */
    void seal() {}

    /**
     * The tuples in order number {@code order} (each rearranged into that order), ascending, without duplicates. The
     * array returned by {@code next()} is reused: copy what must outlive the next call. Call {@link #seal} first.
     */
    Iterator<long[]> sorted(int order) {
        if (runs.get(order).isEmpty()) {
            int n = sortInto(order);
            return new ArrayCursor(scratch.get(), n, width);
        }
        List<Cursor> cursors = new ArrayList<>();
        if (inMemory > 0) {
            int n = sortInto(order);
            cursors.add(new ArrayRun(scratch.get(), n, width));
        }
        try {
            for (Path f : runs.get(order)) {
                cursors.add(new Run(f, width));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a sorted run: " + e.getMessage(), e);
        }
        return new Merge(cursors, width);
    }

    /** Rearranges the tuples in memory into {@code order} in this thread's scratch array, sorts them; returns how many. */
    private int sortInto(int order) {
        int[] cols = orders.get(order);
        long[] scratch = this.scratch.get();
        if (scratch == null || scratch.length < inMemory * width) {
            scratch = new long[inMemory * width];
            this.scratch.set(scratch);
        }
        TupleRanks ranks = ranks();
        if (ranks != null) {
            return ranks.sortInto(cols, scratch);
        }
        for (int t = 0; t < inMemory; t++) {
            int base = t * width;
            for (int k = 0; k < width; k++) {
                scratch[base + k] = buffer[base + cols[k]];
            }
        }
        TupleSort.sort(scratch, width, inMemory);
        return inMemory;
    }

    /**
     * The ranks of the tuples in memory, computed once for all the orders (on the first thread that sorts them), or
     * null when they do not pack into one long (then {@link TupleSort} sorts each order).
     */
    private synchronized TupleRanks ranks() {
        if (!ranked) {
            ranks = TupleRanks.of(buffer, width, inMemory);
            ranked = true;
        }
        return ranks;
    }

    /**
     * Writes the tuples in memory as one sorted run per order and empties the array. A run file is the tuples' longs,
     * big-endian, written a buffer at a time through a channel (not a long at a time through a stream: a 20,000-letter
     * build writes and reads back about 70 million longs per spill).
     */
    private void spill() {
        try {
            if (runDir == null) {
                runDir = Files.createTempDirectory(tempDir, "tuple-runs-");
            }
            ByteBuffer bytes = ByteBuffer.allocate(IO_BUFFER - IO_BUFFER % (width * Long.BYTES));
            LongBuffer longs = bytes.asLongBuffer();
            for (int o = 0; o < orders.size(); o++) {
                int n = sortInto(o);
                long[] scratch = this.scratch.get();
                Path file = runDir.resolve("run-" + o + "-" + runs.get(o).size());
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    longs.clear();
                    for (int t = 0; t < n; t++) {
                        if (t > 0 && TupleSort.compare(scratch, width, t - 1, t) == 0) {
                            continue;
                        }
                        if (longs.remaining() < width) {
                            write(out, bytes, longs.position());
                            longs.clear();
                        }
                        longs.put(scratch, t * width, width);
                    }
                    write(out, bytes, longs.position());
                }
                runs.get(o).add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sorted run in " + tempDir + ": " + e.getMessage(), e);
        }
        inMemory = 0;
        forgetRanks();
    }

    /** Writes the first {@code longs} longs of {@code bytes} (a long view's content) to {@code out}. */
    private static void write(FileChannel out, ByteBuffer bytes, int longs) throws IOException {
        bytes.clear().limit(longs * Long.BYTES);
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    private synchronized void forgetRanks() {
        ranks = null;
        ranked = false;
    }

    /** Deletes the run files. */
    @Override
    public void close() {
        buffer = null;
        forgetRanks();
        scratch = new ThreadLocal<>();
        if (runDir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(runDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the sorted runs in " + runDir + ": " + e.getMessage(), e);
        }
    }

    /** Tuples of a sorted array, duplicates skipped. */
    private static final class ArrayCursor implements Iterator<long[]> {
        private final long[] a;
        private final int n;
        private final int width;
        private final long[] out;
        private int next;

        ArrayCursor(long[] a, int n, int width) {
            this.a = a;
            this.n = n;
            this.width = width;
            this.out = new long[width];
        }

        @Override
        public boolean hasNext() {
            while (next > 0 && next < n && TupleSort.compare(a, width, next - 1, next) == 0) {
                next++;
            }
            return next < n;
        }

        @Override
        public long[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            System.arraycopy(a, next * width, out, 0, width);
            next++;
            return out;
        }
    }

    /** A sorted run read a tuple at a time into {@link #current}, for a merge. */
    private abstract static class Cursor implements Comparable<Cursor> {
        final long[] current;

        Cursor(int width) {
            this.current = new long[width];
        }

        /** Reads the next tuple into {@link #current}; false (and the run closed) at the end. */
        abstract boolean advance() throws IOException;

        @Override
        public int compareTo(Cursor o) {
            return Arrays.compare(current, o.current);
        }
    }

    /** The sorted tuples of an array (the ones still in memory when the runs are read) as a run. */
    private static final class ArrayRun extends Cursor {
        private final long[] a;
        private final int n;
        private int next;

        ArrayRun(long[] a, int n, int width) {
            super(width);
            this.a = a;
            this.n = n;
        }

        @Override
        boolean advance() {
            if (next >= n) {
                return false;
            }
            System.arraycopy(a, next * current.length, current, 0, current.length);
            next++;
            return true;
        }
    }

    /** One run file read a tuple at a time, from a buffer filled a block at a time. */
    private static final class Run extends Cursor {
        final FileChannel in;
        final ByteBuffer bytes;

        Run(Path file, int width) throws IOException {
            super(width);
            this.in = FileChannel.open(file, StandardOpenOption.READ);
            this.bytes = ByteBuffer.allocate(IO_BUFFER - IO_BUFFER % (width * Long.BYTES));
            this.bytes.limit(0);
        }

        @Override
        boolean advance() throws IOException {
            if (bytes.remaining() < current.length * Long.BYTES && !fill()) {
                in.close();
                return false;
            }
            for (int k = 0; k < current.length; k++) {
                current[k] = bytes.getLong();
            }
            return true;
        }

        /** Refills the buffer with the file's next block; false at the end of the file (a whole number of tuples). */
        private boolean fill() throws IOException {
            bytes.compact();
            while (bytes.position() < current.length * Long.BYTES) {
                if (in.read(bytes) < 0) {
                    if (bytes.position() > 0) {
                        throw new IOException("a sorted run ends inside a tuple");
                    }
                    bytes.flip();
                    return false;
                }
            }
            bytes.flip();
            return true;
        }
    }

    /** The runs of an order merged, duplicates skipped. */
    private static final class Merge implements Iterator<long[]> {
        private final PriorityQueue<Cursor> queue = new PriorityQueue<>();
        private final long[] out;
        private boolean ready;
        private boolean any;

        Merge(List<Cursor> cursors, int width) {
            this.out = new long[width];
            try {
                for (Cursor r : cursors) {
                    if (r.advance()) {
                        queue.add(r);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a sorted run: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean hasNext() {
            try {
                while (!ready && !queue.isEmpty()) {
                    Cursor r = queue.poll();
                    boolean fresh = !any || !Arrays.equals(r.current, out);
                    if (fresh) {
                        System.arraycopy(r.current, 0, out, 0, out.length);
                        any = true;
                        ready = true;
                    }
                    if (r.advance()) {
                        queue.add(r);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a sorted run: " + e.getMessage(), e);
            }
            return ready;
        }

        @Override
        public long[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return out;
        }
    }
}
