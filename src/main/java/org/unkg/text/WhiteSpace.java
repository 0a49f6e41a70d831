package org.unkg.text;

import java.util.function.IntPredicate;

/**
 * Runs of white space made one space without a regular expression: what {@code s.replaceAll("\\s+", " ")} gives
 * (Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return), for the code that does it for
 * each name or phrase of each letter.
 */
public final class WhiteSpace {
    private WhiteSpace() {}

    /** {@code s} with each run of {@code \s} characters as one space; {@code s} itself when it has none to change. */
    public static String collapse(String s) {
        return collapse(s, c -> space((char) c));
    }

    /**
     * {@code s} with each run of characters {@code member} accepts as one space; {@code s} itself when it has none to
     * change (no member but lone spaces).
     */
    public static String collapse(String s, IntPredicate member) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (member.test(c) && (c != ' ' || i + 1 < n && member.test(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (member.test(c)) {
                out.append(' ');
                while (i < n && member.test(s.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is in Java's regular-expression class {@code \s}. */
    public static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
