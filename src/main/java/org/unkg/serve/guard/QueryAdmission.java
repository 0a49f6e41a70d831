package org.unkg.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets at most N user queries run at once (SPARQL endpoint, query pages); up to 32·N more wait for a
 * free place, at most the query timeout, and the rest are answered {@code 503} with {@code Retry-After} at
 * once. A burst of costly queries therefore occupies at most 33·N of the server's 200 threads, each for at most
 * the timeout, and the server keeps its other threads and processors for pages, search and
 * {@code /$/ping}.
 */
public final class QueryAdmission implements Filter {
    private final Semaphore places;
    private final int size;
    private final long waitMillis;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * @param concurrent  queries that may run at once
     * @param waitMillis  how long a query may wait for a place
     */
    public QueryAdmission(int concurrent, long waitMillis) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one query must be allowed to run");
        }
        this.places = new Semaphore(concurrent, true);
        this.size = concurrent;
        this.waitMillis = waitMillis;
        this.maxWaiting = 32 * concurrent;
    }

    /** The default number of concurrent queries: the machine's processors, at least 2. */
    public static int defaultConcurrency() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        boolean admitted = places.tryAcquire();
        if (!admitted && waiting.incrementAndGet() <= maxWaiting) {
            try {
                admitted = places.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting.decrementAndGet();
            }
        } else if (!admitted) {
            waiting.decrementAndGet();
        }
        if (!admitted) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setStatus(503);
            resp.setHeader("Retry-After", Long.toString(Math.max(1, waitMillis / 1000)));
            resp.setContentType("text/plain; charset=utf-8");
            try (Writer w = resp.getWriter()) {
                w.write("Server busy: " + size + " queries are running and " + maxWaiting
                        + " more are waiting. Try again later.\n");
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }
}
