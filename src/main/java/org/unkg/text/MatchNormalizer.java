package org.unkg.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * The matching form names are looked up in: Lucene's {@link ArabicNormalizer} (alef variants to bare alef,
 * teh marbuta to heh, alef maksura to yeh, harakat and tatweel dropped), Arabic-Indic and Persian digits
 * to ASCII, Latin case folded, dashes to {@code -}; every other character kept, so offsets stay meaningful.
 * Labels in the catalog and letter bodies go through the same form.
 */
public final class MatchNormalizer {
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private MatchNormalizer() {
    }

    /**
     * The characters whose matching form, folded ({@link FoldedText}), is not their own folding, one character for
     * one (presentation forms, the Angstrom sign, small and full-width hyphens): worked out once for every character.
     */
    private static final java.util.BitSet FOLDS_OTHERWISE = new java.util.BitSet(0x10000);

    static {
        for (int c = 0; c < 0x10000; c++) {
            String one = String.valueOf((char) c);
            String match = normalize(one);
            // a character that is its own matching form folds as itself: no folding to compare (most of them)
            if (!match.equals(one) && (match.length() > 1 || !FoldedText.fold(match).equals(FoldedText.fold(one)))) {
                FOLDS_OTHERWISE.set(c);
            }
        }
    }

    /**
     * Whether the folded matching form of {@code s} is the folded {@code s} itself, each folded character mapped to
     * the same character of {@code s} through the matching form as directly: no character of {@code s} folds otherwise
     * in its matching form.
     */
    public static boolean foldsAsItself(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (FOLDS_OTHERWISE.get(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The matching form of {@code s}. */
    public static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char[] buf = new char[1];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextCleanup.isPresentationForm(c)) {
                String folded = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
                for (int k = 0; k < folded.length(); k++) {
                    appendFolded(out, folded.charAt(k), buf);
                }
            } else {
                appendFolded(out, c, buf);
            }
        }
        return out.toString();
    }

    /** As {@link #appendFolded(OffsetTextBuilder, char, int, char[])}, without offsets. */
    private static void appendFolded(StringBuilder out, char c, char[] buf) {
        if (c >= '\u0660' && c <= '\u0669') {
            out.append((char) ('0' + (c - '\u0660')));
        } else if (c >= '\u06F0' && c <= '\u06F9') {
            out.append((char) ('0' + (c - '\u06F0')));
        } else if (isDash(c)) {
            out.append('-');
        } else if (c >= '\u0600' && c <= '\u06FF') {
            buf[0] = c;
            if (ARABIC.normalize(buf, 1) == 1) {
                out.append(buf[0]);
            }
        } else {
            out.append(Character.toLowerCase(c));
        }
    }

    /** The matching form of {@code s}, each character mapped to its offset in {@code s}. */
    public static OffsetText normalizeWithOffsets(String s) {
        // a character gives one character but for presentation forms: room for the body at once, no growing copies
        OffsetTextBuilder out = new OffsetTextBuilder(s.length() + 16);
        char[] buf = new char[1];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextCleanup.isPresentationForm(c)) {
                String folded = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
                for (int k = 0; k < folded.length(); k++) {
                    appendFolded(out, folded.charAt(k), i, buf);
                }
            } else {
                appendFolded(out, c, i, buf);
            }
        }
        return out.build(s.length());
    }

    private static void appendFolded(OffsetTextBuilder out, char c, int offset, char[] buf) {
        if (c >= '\u0660' && c <= '\u0669') {
            out.append((char) ('0' + (c - '\u0660')), offset);
            return;
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            out.append((char) ('0' + (c - '\u06F0')), offset);
            return;
        }
        if (isDash(c)) {
            out.append('-', offset);
            return;
        }
        if (c >= '\u0600' && c <= '\u06FF') {
            buf[0] = c;
            int len = ARABIC.normalize(buf, 1);
            if (len == 1) {
                out.append(buf[0], offset);
            }
            return;
        }
        out.append(Character.toLowerCase(c), offset);
    }

    static boolean isDash(char c) {
        return c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015'
                || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';
    }
}
