package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.List;
import org.unkg.text.LetterOrNumber;

/**
 * A word of folded text with its position. A word broken over a line with a hyphen ({@code peace-\nbuilding})
 * is one word; each ideograph is a word of its own.
 */
public record Word(int start, int end, String text) {
    /**
     * The words of {@code text} in {@code [from, to)}: what the expression
     * {@code [\p{L}\p{N}]+(?:(?:-\s*\n\s*|[-'])[\p{L}\p{N}]+)*} finds in that region, read by a scan of the characters
     * (the expression, tried at every position, was a tenth of the letter workers' regular-expression time).
     */
    public static List<Word> in(String text, int from, int to) {
        int lo = Math.max(0, from);
        int hi = Math.min(to, text.length());
        if (lo > hi) {
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + text.length() + " characters");
        }
        List<Word> out = new ArrayList<>();
        int i = lo;
        while (i < hi) {
            int run = run(text, i, hi);
            if (run == i) {
                i++;
                continue;
            }
            int start = i;
            int end = run;
            while (end < hi) {
                int next = joined(text, end, hi);
                if (next < 0) {
                    break;
                }
                end = run(text, next, hi);
            }
            out.add(new Word(start, end, text.substring(start, end)));
            i = end;
        }
        return out;
    }

    /**
     * Where the letters and numbers that stand at {@code i} end ({@code i} when none does); an ideograph is a word of
     * its own ({@link LetterOrNumber#ideograph}); a code point must end by {@code hi}, as a region's end bounds a match.
     */
    private static int run(String text, int i, int hi) {
        int start = i;
        while (i < hi) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                if (!LetterOrNumber.is(c) || (i > start && (LetterOrNumber.ideograph(c)
                        || LetterOrNumber.ideograph(text.charAt(i - 1))))) {
                    return i;
                }
                i++;
            } else {
                int cp = text.codePointAt(i);
                int n = Character.charCount(cp);
                if (i + n > hi || !LetterOrNumber.isCodePoint(cp)) {
                    return i;
                }
                i += n;
            }
        }
        return i;
    }

    /**
     * Where the next part of a word starts after the joint at {@code e} (a hyphen and spaces holding a line break, a
     * hyphen or an apostrophe, followed by a letter or number), or -1.
     */
    private static int joined(String text, int e, int hi) {
        char c = text.charAt(e);
        if (c != '-' && c != '\'') {
            return -1;
        }
        if (run(text, e + 1, hi) > e + 1) {
            return e + 1;
        }
        if (c == '-') {
            int k = e + 1;
            boolean lineBreak = false;
            while (k < hi && isSpace(text.charAt(k))) {
                lineBreak |= text.charAt(k) == '\n';
                k++;
            }
            if (lineBreak && run(text, k, hi) > k) {
                return k;
            }
        }
        return -1;
    }

    /** {@code \s}: a space, tab, line feed, vertical tab, form feed or carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
