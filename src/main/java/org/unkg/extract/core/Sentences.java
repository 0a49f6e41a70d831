package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences: at {@code .}, {@code ;} or {@code ؛} followed by white space, at the ideographic full
 * stop {@code 。} and the full-width semicolon {@code ；}, at {@code :} (or {@code ：}) ending a line,
 * at blank lines, and before list markers that open a line. A full stop inside a symbol or number
 * ({@code S/2000/214}, {@code 1.5}) does not end a sentence.
 */
public final class Sentences {
    private Sentences() {}

    /** {@code [start, end)} of each non-blank sentence of {@code text}. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            int cut = i + 1;
            if ((c == '.' || c == ';' || c == '؛') && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)))) {
                end = true;
            } else if (c == '\u3002' || c == '\uFF1B') {
                end = true; // the ideographic full stop and the full-width semicolon: no space follows them
            } else if ((c == ':' || c == '\uFF1A') && (i + 1 >= n || text.charAt(i + 1) == '\n')) {
                end = true;
            } else if (c == '\n' && i + 1 < n && blankAhead(text, i + 1)) {
                end = true;
            } else if (c == '•' || (c == ':' && i + 1 < n && text.charAt(i + 1) == ':')) {
                end = true;
                cut = i;
            }
            if (end) {
                add(text, start, cut, out);
                start = cut;
                if (c == ':' && cut == i) {
                    i++;
                }
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean blankAhead(String text, int i) {
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        if (text.substring(start, end).strip().isEmpty()) {
            return;
        }
        out.add(new Sentence(start, end));
    }
}
