package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendered pages are reused only for the database version they were rendered from, within a byte budget. */
class PageCacheTest {
    @Test
    void servesAPageAgainOnlyForTheSameDatabaseVersion() {
        PageCache cache = new PageCache(1000);
        cache.put("v1", "/page/org/UNX", new byte[] {1, 2, 3});

        assertThat(cache.get("v1", "/page/org/UNX")).containsExactly(1, 2, 3);
        assertThat(cache.get("v2", "/page/org/UNX")).isNull();
        assertThat(cache.get("v1", "/page/org/UNY")).isNull();
    }

    @Test
    void neverKeepsWhatHasNoVersion() {
        PageCache cache = new PageCache(1000);
        cache.put(null, "/page/org/UNX", new byte[] {1});

        assertThat(cache.get(null, "/page/org/UNX")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void dropsTheLeastRecentlyUsedPagesBeyondItsBudget() {
        PageCache cache = new PageCache(250);
        cache.put("v1", "/a", new byte[100]);
        cache.put("v1", "/b", new byte[100]);
        cache.get("v1", "/a");
        cache.put("v1", "/c", new byte[100]);

        assertThat(cache.get("v1", "/b")).isNull();
        assertThat(cache.get("v1", "/a")).isNotNull();
        assertThat(cache.get("v1", "/c")).isNotNull();
        cache.put("v1", "/huge", new byte[300]);
        assertThat(cache.get("v1", "/huge")).isNull();
    }

    @Test
    void rendersAPageOnceForRequestsThatAskForItAtTheSameTime() throws Exception {
        PageCache cache = new PageCache(1000);
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch rendering = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Supplier<PageCache.Render> slow = () -> {
            renders.incrementAndGet();
            rendering.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PageCache.Render("<p>page</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            java.util.concurrent.Future<byte[]> first = pool.submit(() -> cache.getOrRender("v1", "/page/x", slow));
            rendering.await();
            List<java.util.concurrent.Future<byte[]>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                others.add(pool.submit(() -> cache.getOrRender("v1", "/page/x", slow)));
            }
            release.countDown();
            assertThat(new String(first.get(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>page</p>");
            for (java.util.concurrent.Future<byte[]> f : others) {
                assertThat(new String(f.get(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>page</p>");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(renders).hasValue(1);
        assertThat(cache.get("v1", "/page/x")).isNotNull();
    }

    @Test
    void doesNotKeepAPageRenderedFromNewerDataThanItsVersion() {
        PageCache cache = new PageCache(1000);

        cache.getOrRender("v1", "/page/x", () -> new PageCache.Render(new byte[] {1}, false));

        assertThat(cache.get("v1", "/page/x")).isNull();
    }
}
