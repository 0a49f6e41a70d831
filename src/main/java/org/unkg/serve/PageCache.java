package org.unkg.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered pages kept for reuse, keyed by the {@link org.unkg.graph.DatabaseVersion} they were rendered from and the
 * request (path and query string): a page is served again only while the database is unchanged. Least
 * recently used pages leave first once the pages kept exceed a byte budget.
 */
final class PageCache {
    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** A cache holding at most {@code maxBytes} of pages (0 keeps nothing). */
    PageCache(long maxBytes) {
        this.maxBytes = Math.max(0, maxBytes);
    }

    private static String key(String version, String request) {
        return version + '\n' + request;
    }

    /** The page rendered for {@code request} from {@code version}, or null; null versions are never cached. */
    synchronized byte[] get(String version, String request) {
        return version == null ? null : pages.get(key(version, request));
    }

    /** Keeps a page rendered for {@code request} from {@code version} (a page larger than the budget is not kept). */
    synchronized void put(String version, String request, byte[] page) {
        if (version == null || page.length > maxBytes) {
            return;
        }
        byte[] old = pages.put(key(version, request), page);
        bytes += page.length - (old == null ? 0 : old.length);
        // the page just kept is the most recent and fits the budget, so it is never the one removed
        Iterator<Map.Entry<String, byte[]>> it = pages.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            bytes -= it.next().getValue().length;
            it.remove();
        }
    }

    /** A page rendered, and whether it may be kept (it shows the data of the version it was asked under). */
    record Render(byte[] page, boolean keep) {}

    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.CompletableFuture<byte[]>> rendering =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The page kept for {@code request} at {@code version}, else rendered by {@code render} once however many ask for
     * it at the same time: the others wait for that rendering instead of each rendering the same page (50 clients
     * asking for one costly page at once otherwise render it 50 times side by side, and all of them time out).
     */
    byte[] getOrRender(String version, String request, java.util.function.Supplier<Render> render) {
        byte[] kept = get(version, request);
        if (kept != null) {
            return kept;
        }
        if (version == null) {
            return render.get().page();
        }
        String key = key(version, request);
        java.util.concurrent.CompletableFuture<byte[]> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<byte[]> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw e;
            }
        }
        try {
            Render r = render.get();
            if (r.keep()) {
                put(version, request, r.page());
            }
            mine.complete(r.page());
            return r.page();
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /** The number of pages kept. */
    synchronized int size() {
        return pages.size();
    }
}
