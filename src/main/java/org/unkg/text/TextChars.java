package org.unkg.text;

/**
 * The characters of a text that several scans of one letter read ({@link String#toCharArray()}), made once per text:
 * each thread keeps those of the last text it was asked about, so the scans of a letter's text after the first read
 * the same array. Reading an array is cheaper than {@link String#charAt} per character, most of all in code the JIT
 * compiles without inlining.
 */
public final class TextChars {
    /** The last text asked about on each thread, and its characters. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    private TextChars() {}

    /** {@code text.toCharArray()}, shared with the other callers on this thread while {@code text} is the last asked about: read it, never write. */
    public static char[] of(String text) {
        Object[] last = LAST.get();
        if (last[0] == text) {
            return (char[]) last[1];
        }
        char[] chars = text.toCharArray();
        last[0] = text;
        last[1] = chars;
        return chars;
    }
}
