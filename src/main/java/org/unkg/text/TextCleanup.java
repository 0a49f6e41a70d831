package org.unkg.text;

import java.text.Normalizer;

/**
 * Character-level clean-up of reading text, keeping offsets: drops tatweel (U+0640) and stray control
 * characters, folds Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to base letters with NFKC on
 * those characters only, and puts the rest in NFC; quoted-printable escapes left by e-mail are decoded first
 * ({@link QuotedPrintableLeftovers}).
 */
public final class TextCleanup {
    /** ARABIC TATWEEL, the justification stroke. */
    public static final char TATWEEL = '\u0640';

    private TextCleanup() {
    }

    /** True for characters in the Arabic presentation-form blocks. */
    public static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    }

    /**
     * Which characters of the BMP stay as they are when they stand alone (a cluster of one character): not dropped,
     * not a tab or a presentation form, not combining, and in NFC. Worked out once, so most characters need no
     * normalizer call.
     */
    private static final java.util.BitSet KEPT_ALONE = new java.util.BitSet(0x10000);

    static {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            if (ch != TATWEEL && ch != '\uFEFF' && !Character.isISOControl(ch) && !isPresentationForm(ch)
                    && !Character.isSurrogate(ch) && !isCombining(ch)
                    && Normalizer.isNormalized(String.valueOf(ch), Normalizer.Form.NFC)) {
                KEPT_ALONE.set(c);
            }
        }
    }

    /** Cleans {@code raw}; the result maps to the same source as {@code raw}. */
    public static OffsetText clean(OffsetText raw) {
        OffsetText in = QuotedPrintableLeftovers.decode(raw);
        String s = in.text();
        // most lines need no change: then the line is its own result (same text, same map)
        int plain = 0;
        while (plain < s.length() && KEPT_ALONE.get(s.charAt(plain))) {
            plain++;
        }
        if (plain == s.length()) {
            return in;
        }
        OffsetTextBuilder out = new OffsetTextBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == TATWEEL || c == '\uFEFF' || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                i++;
                continue;
            }
            if (c == '\t') {
                out.append(' ', in.sourceOffset(i));
                i++;
                continue;
            }
            if (isPresentationForm(c)) {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), in.sourceOffset(i));
                i++;
                continue;
            }
            if (KEPT_ALONE.get(c) && (i + 1 == s.length() || !isCombining(s.charAt(i + 1)))) {
                // a cluster of one character that NFC keeps: no substring, no normalizer
                out.append(c, in.sourceOffset(i));
                i++;
                continue;
            }
            int end = i + Character.charCount(s.codePointAt(i));
            while (end < s.length() && isCombining(s.charAt(end))) {
                end++;
            }
            String cluster = s.substring(i, end);
            if (Normalizer.isNormalized(cluster, Normalizer.Form.NFC)) {
                for (int k = i; k < end; k++) {
                    out.append(s.charAt(k), in.sourceOffset(k));
                }
            } else {
                out.append(Normalizer.normalize(cluster, Normalizer.Form.NFC), in.sourceOffset(i));
            }
            i = end;
        }
        return out.build(sourceLengthOf(in));
    }

    /** Cleans a plain string (its own source). */
    public static String clean(String s) {
        return clean(OffsetText.identity(s)).text();
    }

    private static int sourceLengthOf(OffsetText in) {
        return in.sourceOffset(in.length());
    }

    private static boolean isCombining(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
