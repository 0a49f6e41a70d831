package org.unkg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a build's wall time went, phase by phase, in the order the phases ran (milliseconds each): what {@code build}
 * logs when it ends and {@code benchmark build} prints. A phase recorded twice adds up.
 */
public final class BuildPhases {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the phase running since the last mark (or since this record was made) under {@code name}. */
    public void end(String name) {
        long now = System.nanoTime();
        add(name, (now - mark) / 1_000_000);
        mark = now;
    }

    /** Adds {@code ms} to the phase {@code name} (for a part of a phase timed on its own). */
    public void add(String name, long ms) {
        millis.merge(name, ms, Long::sum);
    }

    /** The phases in the order they first ran, with their milliseconds. */
    public Map<String, Long> millis() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }

    /** One line: each phase with its seconds, in order. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ");
        millis.forEach((k, v) -> out.add(String.format("%s %.1f s", k, v / 1000.0)));
        return out.toString();
    }
}
