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

    /**
     * {@code s.split("\\s+")} without compiling the expression on each call: the parts between runs of {@code \s}
     * characters, an empty first part when {@code s} opens with one, no empty parts at the end.
     */
    public static String[] split(String s) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int n = s.length();
        int start = 0;
        boolean found = false;
        for (int i = 0; i < n; ) {
            if (!space(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (i < n && space(s.charAt(i))) {
                i++;
            }
            parts.add(s.substring(start, end));
            start = i;
            found = true;
        }
        if (!found) {
            return new String[] {s};
        }
        parts.add(s.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** What a walk over the words of a text is told: each word's start and end. */
    @FunctionalInterface
    public interface WordVisitor {
        /** The word {@code [start, end)} of the text walked. */
        void word(int start, int end);
    }

    /**
     * Walks the words of {@code s} (the runs of characters that are not {@code \s}: the words {@code
     * s.strip().split("\\s+")} gives) in order, telling {@code visitor} where each starts and ends.
     */
    public static void words(CharSequence s, WordVisitor visitor) {
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (space(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !space(s.charAt(end))) {
                end++;
            }
            visitor.word(i, end);
            i = end;
        }
    }

    /** Whether {@code c} is in Java's regular-expression class {@code \s}. */
    public static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
