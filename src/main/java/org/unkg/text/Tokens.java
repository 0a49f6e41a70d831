package org.unkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into name tokens: runs of letters and digits, each ideograph a token of its own (Chinese writes
 * no spaces between words: a name is a run of its characters). Spaces, hyphens, apostrophes and full stops
 * separate tokens softly (a name may span them); other punctuation is a hard break no name spans.
 */
public final class Tokens {
    private Tokens() {}

    /**
     * One token: {@code [start, end)} in the tokenized text, its text, whether a hard break precedes it, and whether
     * it is joined to the previous token by a hyphen inside a word ("Peace-building").
     */
    public record Token(int start, int end, String text, boolean breakBefore, boolean joined) {}

    public static List<Token> of(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        boolean hard = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                int start = i;
                if (LetterOrNumber.ideograph(c)) {
                    i++; // an ideograph is a token of its own, softly joined to the next (no spaces between words)
                } else {
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i))
                            || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)
                            && !LetterOrNumber.ideograph(s.charAt(i))) {
                        i++;
                    }
                }
                out.add(new Token(start, i, s.substring(start, i), hard, joined(s, start)));
                hard = false;
            } else {
                if (!soft(c)) {
                    hard = true;
                }
                i++;
            }
        }
        return out;
    }

    /** Whether a token starting at {@code start} of {@code s} is joined to the one before by a hyphen inside a word. */
    public static boolean joined(String s, int start) {
        return start >= 2 && s.charAt(start - 1) == '-' && Character.isLetterOrDigit(s.charAt(start - 2));
    }

    /** Whether {@code c}, between two tokens, separates them softly (a name may span it); any other character breaks. */
    public static boolean soft(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '\'' || c == '.' || c == '\u0640'
                || c == '\u00B7' || c == '\u30FB' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014' || c == '\u2019' || c == '\u00A0';
    }

    /** The texts of the tokens of a folded string. */
    public static List<String> texts(String folded) {
        return of(folded).stream().map(Token::text).toList();
    }
}
