package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.unkg.model.Located;

/**
 * The annotations of one kind on a letter (its sentences, its dates, its event triggers ...), sorted by where
 * they start, with the range queries extractors ask: what lies within a range, what covers a position. Queries
 * use binary search, so a letter of any size costs a logarithm per question, not a scan. Immutable.
 *
 * @param <T> the kind of annotation
 */
public final class AnnotationSet<T extends Located> {
    private final List<T> items;
    private final int[] starts;

    private AnnotationSet(List<T> sorted) {
        this.items = Collections.unmodifiableList(sorted);
        this.starts = new int[sorted.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sorted.get(i).start();
        }
    }

    /** The set of {@code items}, sorted by start (a stable sort: equal starts keep their order). */
    public static <T extends Located> AnnotationSet<T> of(List<T> items) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(Located::start));
        return new AnnotationSet<>(sorted);
    }

    /** Every annotation, in text order. */
    public List<T> all() {
        return items;
    }

    /** Number of annotations. */
    public int size() {
        return items.size();
    }

    /** The annotations lying wholly within {@code [start, end)}, in text order. */
    public List<T> within(int start, int end) {
        List<T> out = new ArrayList<>();
        for (int i = firstAtOrAfter(start); i < starts.length && starts[i] <= end; i++) {
            T a = items.get(i);
            if (a.end() <= end) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The annotation covering {@code pos} ({@code start <= pos < end}), or null; for sets whose annotations do not
     * overlap (sentences), so at most one does.
     */
    public T covering(int pos) {
        int i = firstAtOrAfter(pos + 1) - 1;
        if (i >= 0 && items.get(i).end() > pos) {
            return items.get(i);
        }
        return null;
    }

    /** Index of the first annotation starting at or after {@code pos}. */
    private int firstAtOrAfter(int pos) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
