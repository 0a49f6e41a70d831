package org.unkg.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link ASCIIFoldingFilter} (accents and other Latin, Greek-letter-like and symbol variants folded to ASCII)
 * that leaves alone, without running the fold, the tokens with no character the fold changes: the fold maps each
 * character on its own, so such a token comes out as it went in. An Arabic token has characters at or above U+0080
 * on every position, which makes {@link ASCIIFoldingFilter} run its character table over the whole token to change
 * nothing: that was a fifth of the text index's CPU on Arabic letters.
 */
public final class LatinFoldingFilter extends TokenFilter {
    /** Per UTF-16 unit, whether {@link ASCIIFoldingFilter#foldToASCII} changes it (computed once from the fold itself). */
    private static final boolean[] FOLDED = folded();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] output = new char[512];

    /** A filter folding the tokens of {@code input}. */
    public LatinFoldingFilter(TokenStream input) {
        super(input);
    }

    private static boolean[] folded() {
        boolean[] out = new boolean[Character.MAX_VALUE + 1];
        char[] in = new char[1];
        char[] folded = new char[4];
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            in[0] = (char) c;
            int n = ASCIIFoldingFilter.foldToASCII(in, 0, folded, 0, 1);
            out[c] = n != 1 || folded[0] != c;
        }
        return out;
    }

    /** Whether the fold changes {@code c}. */
    static boolean folds(char c) {
        return FOLDED[c];
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (FOLDED[buffer[i]]) {
                // as ASCIIFoldingFilter: up to four output characters per input character
                int max = 4 * length;
                if (output.length < max) {
                    output = new char[max];
                }
                int n = ASCIIFoldingFilter.foldToASCII(buffer, 0, output, 0, length);
                term.copyBuffer(output, 0, n);
                return true;
            }
        }
        return true;
    }
}
