package org.unkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.unkg.search.SearchIndex;

/**
 * Writes the text index on a thread of its own while the build loads the quads: the building thread hands each graph
 * over through a bounded queue (the graph as extracted: nothing changes it once loaded), and this thread reads its
 * entries ({@link SearchIndex.Writer#entries}), analyses and writes them (Lucene's work), then commits the index while
 * the build finishes the load and writes the summaries. At most {@code capacity} graphs wait in the queue, so memory
 * stays bounded (a letter graph is a few hundred triples). A failure of the index is thrown again to the building
 * thread by the next {@link #add} or by {@link #await}.
 */
final class TextIndexFeeder implements AutoCloseable {
    /** Marks the end of the graphs (never one of them: only this class sees it). */
    private static final Graph END = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();

    private final SearchIndex.Writer writer;
    private final BlockingQueue<Graph> queue;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile long entries = -1;
    private volatile boolean stopped;

    /** Starts the thread writing into {@code writer}; at most {@code capacity} graphs wait. */
    TextIndexFeeder(SearchIndex.Writer writer, int capacity) {
        this.writer = writer;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "unkg-text-index");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (!stopped) {
                Graph graph = queue.poll(100, TimeUnit.MILLISECONDS);
                if (graph == null || stopped) {
                    continue;
                }
                if (graph == END) {
                    entries = writer.complete();
                    return;
                }
                writer.add(graph);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure = t;
            queue.clear();
        }
    }

    /**
     * Hands over {@code graph} (its entries are read on the index's thread: the caller must not change it any more),
     * waiting while the queue is full.
     */
    void add(Graph graph) {
        put(graph);
    }

    /** Hands over the end: the thread commits the index once it has written every entry before it. */
    void finish() {
        put(END);
    }

    private void put(Graph graph) {
        try {
            while (!queue.offer(graph, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the text index writer stopped");
                }
            }
            rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the text index", e);
        }
    }

    /** Waits for the index to be written and committed ({@link #finish} first); returns its number of entries. */
    long await() throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the text index", e);
        }
        rethrow();
        if (entries < 0) {
            throw new IllegalStateException("the text index was not committed");
        }
        return entries;
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw new UncheckedIOException("text index: " + io.getMessage(), io);
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Stops the thread if it still runs (the build failed) once it has written the entries in hand (Lucene must not be
     * interrupted in the middle of a write); the writer itself is closed by its owner.
     */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
