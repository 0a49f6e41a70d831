package org.unkg.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Applies a function to a list of items on several threads and hands the results back one by one in the items'
 * order, keeping only a few items in flight, so a caller can write results in a deterministic order while the work
 * runs in parallel, and a corpus of any size needs memory for a window of results only. An {@link Error} or
 * exception the function throws is thrown again by {@link #next()} for that item.
 *
 * <p>Each item has a time budget counted from when its work starts: an item that overruns gets the result of
 * {@code onTimeout} instead, its thread is interrupted and, since Java cannot stop a thread that ignores that, left
 * to end on its own while a fresh thread takes its place (the threads are daemons: they never keep the JVM alive).
 *
 * @param <T> the items
 * @param <R> the results
 */
final class InOrder<T, R> implements AutoCloseable {
    private record Item<T, R>(T item, Future<R> future, AtomicLong started) {}

    private final Iterator<T> items;
    private final Function<T, R> work;
    private final Function<T, R> onTimeout;
    private final long budgetNanos;
    private final ThreadPoolExecutor pool;
    private final Deque<Item<T, R>> inFlight = new ArrayDeque<>();
    private final int window;

    /** Starts {@code work} over {@code items} on {@code threads} threads (at least one), without a time budget. */
    InOrder(List<T> items, Function<T, R> work, int threads) {
        this(items, work, threads, 0, null);
    }

    /**
     * Starts {@code work} over {@code items} on {@code threads} threads (at least one); an item whose work takes
     * longer than {@code budgetMillis} (0: no limit) gives {@code onTimeout}'s result.
     */
    InOrder(List<T> items, Function<T, R> work, int threads, long budgetMillis, Function<T, R> onTimeout) {
        int n = Math.max(1, threads);
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = r -> {
            Thread t = new Thread(r, "unkg-extract-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.items = items.iterator();
        this.work = work;
        this.onTimeout = onTimeout;
        this.budgetNanos = budgetMillis <= 0 ? 0 : TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        this.pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), named);
        this.window = 4 * n;
        fill();
    }

    private void fill() {
        while (inFlight.size() < window && items.hasNext()) {
            T item = items.next();
            AtomicLong started = new AtomicLong();
            FutureTask<R> task = new FutureTask<>(() -> {
                started.set(System.nanoTime());
                return work.apply(item);
            });
            pool.execute(task);
            inFlight.add(new Item<>(item, task, started));
        }
    }

    /** Whether results remain. */
    boolean hasNext() {
        return !inFlight.isEmpty();
    }

    /** The next result in item order, waiting for it (at most its budget once its work has started). */
    R next() {
        Item<T, R> next = inFlight.removeFirst();
        try {
            R result = budgetNanos == 0 ? next.future().get() : awaitWithinBudget(next);
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

    private R awaitWithinBudget(Item<T, R> it) throws InterruptedException, ExecutionException {
        while (true) {
            long started = it.started().get();
            long wait = started == 0 ? TimeUnit.MILLISECONDS.toNanos(50) : started + budgetNanos - System.nanoTime();
            try {
                return it.future().get(Math.max(0, wait), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (started != 0) {
                    it.future().cancel(true);
                    // the overrunning thread may ignore the interrupt: give the pool a fresh one in its place
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return onTimeout.apply(it.item());
                }
            }
        }
    }

    @Override
    public void close() {
        for (Item<T, R> f : inFlight) {
            f.future().cancel(true);
        }
        pool.shutdownNow();
    }
}
