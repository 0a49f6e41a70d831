package org.unkg.text;

import java.util.Arrays;

/**
 * Builds an {@link OffsetText} one character at a time, recording for each character the source offset it
 * came from.
 */
public final class OffsetTextBuilder {
    private final StringBuilder text;
    private int[] map;

    /** An empty builder. */
    public OffsetTextBuilder() {
        this(64);
    }

    /** An empty builder with room for {@code capacity} characters before it grows. */
    public OffsetTextBuilder(int capacity) {
        text = new StringBuilder(Math.max(16, capacity));
        map = new int[Math.max(16, capacity)];
    }

    /** Appends {@code c}, which came from source offset {@code sourceOffset}. */
    public OffsetTextBuilder append(char c, int sourceOffset) {
        if (text.length() == map.length) {
            map = Arrays.copyOf(map, map.length * 2);
        }
        map[text.length()] = sourceOffset;
        text.append(c);
        return this;
    }

    /** Appends every character of {@code s}, all mapped to {@code sourceOffset}. */
    public OffsetTextBuilder append(CharSequence s, int sourceOffset) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i), sourceOffset);
        }
        return this;
    }

    /** Appends characters {@code from..to} of {@code part}, each with its own mapping. */
    public OffsetTextBuilder append(OffsetText part, int from, int to) {
        if (from >= to) {
            return this;
        }
        // the characters as one run and their offsets as one copy (the same as appending them one by one: a part's
        // characters below its length have their own offsets)
        int n = text.length();
        int needed = n + (to - from);
        if (needed > map.length) {
            map = Arrays.copyOf(map, Math.max(needed, map.length * 2));
        }
        text.append(part.text(), from, to);
        part.copyOffsets(from, map, n, to - from);
        return this;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    /** Source offset recorded for the character at {@code i}. */
    public int sourceOffset(int i) {
        return map[i];
    }

    /** Drops characters from {@code newLength} on. */
    public void truncate(int newLength) {
        text.setLength(newLength);
    }

    /** The text built so far, mapped to a source of length {@code sourceLength}. */
    public OffsetText build(int sourceLength) {
        return new OffsetText(text.toString(), Arrays.copyOf(map, text.length()), sourceLength);
    }
}
