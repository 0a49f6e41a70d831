package org.unkg.export.timeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Timeline rows sorted by {@link TimelineExporter#ORDER} with bounded memory: rows are added in any number, at most
 * {@code chunk} of them are held, the others are sorted and written to temporary files ({@link RowCodec}) and merged
 * when read. Rows that compare equal keep the order they were added in (as a stable sort). The rows may be read any
 * number of times; {@link #close()} deletes the files.
 */
final class SortedRows implements Iterable<TimelineRow>, AutoCloseable {
    /** Rows held in memory before a sorted run is written out. */
    static final int CHUNK = 4096;

    private record Entry(long seq, TimelineRow row) {}

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::row, TimelineExporter.ORDER)
            .thenComparingLong(Entry::seq);

    private final int chunk;
    private final List<Entry> held = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long added;
    private boolean sorted;

    SortedRows() {
        this(CHUNK);
    }

    SortedRows(int chunk) {
        this.chunk = Math.max(1, chunk);
    }

    /** Adds a row; a full buffer is sorted and written to a temporary file. */
    void add(TimelineRow row) {
        held.add(new Entry(added++, row));
        sorted = false;
        if (held.size() >= chunk) {
            spill();
        }
    }

    /** How many rows were added. */
    long size() {
        return added;
    }

    /** How many sorted runs went to disk (for tests: 0 means everything fitted in memory). */
    int runs() {
        return runs.size();
    }

    private void spill() {
        held.sort(ORDER);
        try {
            Path file = Files.createTempFile("unkg-timeline-", ".rows");
            runs.add(file);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (Entry e : held) {
                    out.writeLong(e.seq());
                    RowCodec.write(out, e.row());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the timeline's sorted rows to a temporary file: " + e.getMessage(), e);
        }
        held.clear();
    }

    /** The rows in order: the runs on disk and the rows held, merged. */
    @Override
    public Iterator<TimelineRow> iterator() {
        if (!sorted) {
            held.sort(ORDER);
            sorted = true;
        }
        List<Iterator<Entry>> sources = new ArrayList<>();
        for (Path run : runs) {
            sources.add(new RunReader(run));
        }
        sources.add(held.iterator());
        return new Merge(sources);
    }

    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                run.toFile().deleteOnExit();
            }
        }
        runs.clear();
        held.clear();
    }

    /** A k-way merge of sorted sources. */
    private static final class Merge implements Iterator<TimelineRow> {
        private record Head(Entry entry, Iterator<Entry> from) {}

        private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::entry, ORDER));

        Merge(List<Iterator<Entry>> sources) {
            for (Iterator<Entry> s : sources) {
                if (s.hasNext()) {
                    heads.add(new Head(s.next(), s));
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public TimelineRow next() {
            Head h = heads.poll();
            if (h == null) {
                throw new NoSuchElementException();
            }
            if (h.from().hasNext()) {
                heads.add(new Head(h.from().next(), h.from()));
            }
            return h.entry().row();
        }
    }

    /** Reads one sorted run back, row by row; the file is closed at its end. */
    private static final class RunReader implements Iterator<Entry> {
        private final DataInputStream in;
        private Entry next;

        RunReader(Path file) {
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            advance();
        }

        private void advance() {
            try {
                long seq;
                try {
                    seq = in.readLong();
                } catch (EOFException end) {
                    next = null;
                    in.close();
                    return;
                }
                next = new Entry(seq, RowCodec.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the timeline's sorted rows back: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Entry next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Entry e = next;
            advance();
            return e;
        }
    }
}
