package org.unkg.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered pages kept for reuse, keyed by the {@link DatabaseVersion} they were rendered from and the
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

    /** The number of pages kept. */
    synchronized int size() {
        return pages.size();
    }
}
