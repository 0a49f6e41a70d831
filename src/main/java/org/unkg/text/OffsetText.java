package org.unkg.text;

/**
 * A text derived from another text, with a map from each of its characters back to the source offset it
 * came from. Used for each step from the file as read to the form extractors match on, so that any span
 * found in a derived text can be traced back to the original words.
 */
public final class OffsetText {
    private final String text;
    private final int[] toSource;
    private final int sourceLength;

    /**
     * @param text         the derived text
     * @param toSource     for each char of {@code text}, the index in the source it came from
     * @param sourceLength length of the source text (the image of {@code text.length()})
     */
    public OffsetText(String text, int[] toSource, int sourceLength) {
        if (toSource.length != text.length()) {
            throw new IllegalArgumentException("offset map length " + toSource.length + " != text length " + text.length());
        }
        this.text = text;
        this.toSource = toSource;
        this.sourceLength = sourceLength;
    }

    /** A text that is its own source. */
    public static OffsetText identity(String text) {
        int[] map = new int[text.length()];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new OffsetText(text, map, text.length());
    }

    /**
     * Characters {@code [start, end)} of {@code source}, each mapped to its own offset there (a line of a file as
     * it is): the same as appending them one by one, without a builder.
     */
    public static OffsetText range(String source, int start, int end) {
        int[] map = new int[end - start];
        for (int i = 0; i < map.length; i++) {
            map[i] = start + i;
        }
        return new OffsetText(source.substring(start, end), map, source.length());
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Source offset of the character at {@code index}; {@code length()} maps to the source length. */
    public int sourceOffset(int index) {
        if (index >= toSource.length) {
            return sourceLength;
        }
        return toSource[index];
    }

    /** Copies the source offsets of characters {@code [from, from + count)} into {@code into} at {@code at}. */
    void copyOffsets(int from, int[] into, int at, int count) {
        System.arraycopy(toSource, from, into, at, count);
    }

    /** Length of the source text. */
    public int sourceLength() {
        return sourceLength;
    }

    /** Source offset just after the character at {@code end - 1}: the end of a half-open span. */
    public int sourceEnd(int end) {
        if (end <= 0) {
            return sourceOffset(0);
        }
        return Math.min(sourceLength, toSource[Math.min(end, toSource.length) - 1] + 1);
    }

    @Override
    public String toString() {
        return text;
    }
}
