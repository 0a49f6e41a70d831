package org.unkg.text;

/**
 * A text folded for comparison, keeping a map back to the text it came from: Arabic tatweel and
 * diacritics dropped, alef variants (أ إ آ ٱ) made ا, ى made ي, ة made ه, Arabic-Indic and Persian
 * digits made ASCII, Latin accents dropped, no-break and other odd spaces made plain spaces, dashes made {@code -}, the
 * full-width forms of Chinese text ({@code （）：，１}) made ASCII, letters lower-cased. Folding is idempotent, so it can be applied on top of a text that is already partly folded.
 */
public final class FoldedText {
    private final String text;
    private final int[] toSource;
    private final int sourceLength;
    /** The text's characters, made when first asked for (scans read an array faster than {@link String#charAt}). */
    private volatile char[] chars;
    /** Where the text's words start, made when first asked for ({@link #wordStarts}). */
    private volatile int[] wordStarts;

    private FoldedText(String text, int[] toSource, int sourceLength) {
        this.text = text;
        this.toSource = toSource;
        this.sourceLength = sourceLength;
    }

    /** Folds {@code source}. */
    public static FoldedText of(String source) {
        // into plain arrays: the texts folded are whole letters, and every character goes through here
        char[] out = new char[source.length()];
        int[] map = new int[source.length()];
        int n = 0;
        for (int i = 0; i < source.length(); i++) {
            char f = FOLDED[source.charAt(i)];
            if (f == 0) {
                continue;
            }
            map[n] = i;
            out[n++] = f;
        }
        return new FoldedText(new String(out, 0, n), n == map.length ? map : java.util.Arrays.copyOf(map, n), source.length());
    }

    /** The last whole text folded by {@link #ofLetter} on each thread, with its source. */
    private static final ThreadLocal<Object[]> LAST_LETTER = new ThreadLocal<>();

    /**
     * Folds a letter's text that several matchers search (the body): the same folded text as {@link #of}, kept for the
     * thread so that searching the same string again (the very same instance, as the extractors of one letter pass
     * it) does not fold it again. Only the last text is kept.
     */
    public static FoldedText ofLetter(String source) {
        Object[] last = LAST_LETTER.get();
        if (last != null && last[0] == source) {
            return (FoldedText) last[1];
        }
        FoldedText folded = of(source);
        LAST_LETTER.set(new Object[] {source, folded});
        return folded;
    }

    /**
     * The folded text of {@code source} when it is the letter text last folded by {@link #ofLetter} on this thread,
     * else null.
     */
    public static FoldedText ofLastLetter(String source) {
        Object[] last = LAST_LETTER.get();
        return last != null && last[0] == source ? (FoldedText) last[1] : null;
    }

    /** Folds a short string such as a label, a word or a rule phrase (no offsets kept); {@code s} itself when already folded. */
    public static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == 0 || fold(c) != c) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        for (; i < n; i++) {
            char f = fold(s.charAt(i));
            if (f != 0) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /** The folded form of every character ({@link #foldOnce}), worked out once. */
    private static final char[] FOLDED = new char[0x10000];

    static {
        for (int c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldOnce((char) c);
        }
    }

    /** The folded form of one character, or 0 when the character is dropped. */
    public static char fold(char c) {
        return FOLDED[c];
    }

    private static char foldOnce(char c) {
        if (c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u200E'
                || c == '\u200F' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u00AD') {
            return 0;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671':
                return '\u0627';
            case '\u0649':
                return '\u064A';
            case '\u0629':
                return '\u0647';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\t':
                return ' ';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
                return '-';
            case '\u2019', '\u2018', '\u02BC':
                return '\'';
            case '\u3000':
                return ' ';
            default:
                if (c >= '\uFF01' && c <= '\uFF5E') {
                    // full-width forms (Chinese text's brackets, commas, colons, digits): their ASCII characters
                    return Character.toLowerCase((char) (c - '\uFF01' + '!'));
                }
                if (c >= '\u00C0' && c <= '\u024F' && Character.isLetter(c)) {
                    String plain = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                    return Character.toLowerCase(plain.charAt(0));
                }
                return Character.toLowerCase(c);
        }
    }

    public String text() {
        return text;
    }

    /** The folded text's characters, {@code text().toCharArray()} made once: read them, never write. */
    public char[] chars() {
        char[] cs = chars;
        if (cs == null) {
            cs = text.toCharArray();
            chars = cs;
        }
        return cs;
    }

    /**
     * The positions, in order, of the folded characters that start a word: a letter or number
     * ({@link LetterOrNumber}) that no letter or number it touches precedes (every ideograph starts one). Made once: read it, never write.
     */
    public int[] wordStarts() {
        int[] starts = wordStarts;
        if (starts == null) {
            char[] cs = chars();
            int[] found = new int[Math.max(8, cs.length / 4)];
            int n = 0;
            boolean inWord = false;
            for (int i = 0; i < cs.length; i++) {
                boolean word = LetterOrNumber.is(cs[i]);
                if (word && (!inWord || !LetterOrNumber.touches(cs[i - 1], cs[i]))) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i;
                }
                inWord = word;
            }
            starts = java.util.Arrays.copyOf(found, n);
            wordStarts = starts;
        }
        return starts;
    }

    /** This folded text as an {@link OffsetText} mapped to its source. */
    public OffsetText asOffsetText() {
        return new OffsetText(text, toSource.clone(), sourceLength);
    }

    /** Offset in the source of the folded character at {@code index} ({@code length()} maps to the source length). */
    public int sourceOffset(int index) {
        return index >= toSource.length ? sourceLength : toSource[index];
    }

    /** Source offset just after folded character {@code end - 1}: the end of a half-open span. */
    public int sourceEnd(int end) {
        if (end <= 0) {
            return sourceOffset(0);
        }
        return toSource[Math.min(end, toSource.length) - 1] + 1;
    }
}
