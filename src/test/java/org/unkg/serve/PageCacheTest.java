package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

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
}
