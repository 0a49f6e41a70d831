package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of folded text with its position. A word broken over a line with a hyphen ({@code peace-\nbuilding})
 * is one word.
 */
public record Word(int start, int end, String text) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:(?:-\\s*\\n\\s*|[-'])[\\p{L}\\p{N}]+)*");

    /** The words of {@code text} in {@code [from, to)}. */
    public static List<Word> in(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        m.region(Math.max(0, from), Math.min(to, text.length()));
        while (m.find()) {
            out.add(new Word(m.start(), m.end(), m.group()));
        }
        return out;
    }
}
