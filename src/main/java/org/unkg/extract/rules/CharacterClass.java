package org.unkg.extract.rules;

import java.util.Collection;
import java.util.List;

/**
 * A regular-expression character class of given characters, sorted and merged into ranges and escaped: a class of
 * single characters outside Latin-1 is tested one character after the other, a class of ranges one range after
 * the other.
 */
public final class CharacterClass {
    private CharacterClass() {}

    /** The class of {@code chars}; a class matching nothing when there are none. */
    public static String of(Collection<Character> chars) {
        if (chars.isEmpty()) {
            return "(?!)";
        }
        List<Character> sorted = chars.stream().distinct().sorted().toList();
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            out.append(escape(sorted.get(i)));
            if (j > i) {
                out.append('-').append(escape(sorted.get(j)));
            }
            i = j + 1;
        }
        return out.append(']').toString();
    }

    /** {@code c} as it may stand in a regular expression: itself when a letter or digit, else its escape. */
    public static String escape(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\u%04X", (int) c);
    }
}
