package org.unkg.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to a list of items on several threads and hands the results back one by one in the items'
 * order, keeping only a few items in flight, so a caller can write results in a deterministic order while the work
 * runs in parallel, and a corpus of any size needs memory for a window of results only. An {@link Error} or
 * exception the function throws is thrown again by {@link #next()} for that item.
 *
 * @param <T> the items
 * @param <R> the results
 */
final class InOrder<T, R> implements AutoCloseable {
    private final Iterator<T> items;
    private final Function<T, R> work;
    private final ExecutorService pool;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();
    private final int window;

    /** Starts {@code work} over {@code items} on {@code threads} threads (at least one). */
    InOrder(List<T> items, Function<T, R> work, int threads) {
        int n = Math.max(1, threads);
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = r -> {
            Thread t = new Thread(r, "unkg-extract-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.items = items.iterator();
        this.work = work;
        this.pool = Executors.newFixedThreadPool(n, named);
        this.window = 4 * n;
        fill();
    }

    private void fill() {
        while (inFlight.size() < window && items.hasNext()) {
            T item = items.next();
            inFlight.add(pool.submit(() -> work.apply(item)));
        }
    }

    /** Whether results remain. */
    boolean hasNext() {
        return !inFlight.isEmpty();
    }

    /** The next result in item order, waiting for it. */
    R next() {
        Future<R> f = inFlight.removeFirst();
        try {
            R result = f.get();
            fill();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        for (Future<R> f : inFlight) {
            f.cancel(true);
        }
        pool.shutdownNow();
    }
}
