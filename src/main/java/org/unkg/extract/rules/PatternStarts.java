package org.unkg.extract.rules;

import java.util.BitSet;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.text.TextChars;

/**
 * A pattern tried only where a match of it can start: at a character one of its alternatives opens with (and, for a
 * pattern that opens with {@code (?<!\p{L})}, after no letter), by {@link Matcher#lookingAt()} over a region that
 * starts there, instead of {@link Matcher#find()} trying the pattern at every position. The matches are exactly
 * those of {@code find()} repeated: each the first from where the last one ended. Immutable and thread-safe.
 */
public final class PatternStarts {
    private final Pattern pattern;
    /** The characters a match can open with; null: any. */
    private final BitSet first;
    private final boolean afterNoLetter;

    /**
     * {@code pattern}, whose every match opens with the first character of one of {@code openings} (null or a
     * phrase that is empty or opens with a space: a match may start anywhere); {@code afterNoLetter}: the pattern
     * opens with {@code (?<!\p{L})} (or a stricter look-behind), so no match starts right after a letter.
     */
    public PatternStarts(Pattern pattern, Collection<String> openings, boolean afterNoLetter) {
        this.pattern = pattern;
        this.afterNoLetter = afterNoLetter;
        BitSet chars = new BitSet();
        boolean anywhere = openings == null;
        for (String o : openings == null ? java.util.List.<String>of() : openings) {
            if (o.isEmpty() || Character.isWhitespace(o.charAt(0)) || Character.isSurrogate(o.charAt(0))) {
                anywhere = true;
            } else {
                chars.set(o.charAt(0));
            }
        }
        this.first = anywhere ? null : chars;
    }

    /** The pattern. */
    public Pattern pattern() {
        return pattern;
    }

    /** A matcher of the pattern over {@code text} for {@link #find}: it sees past its regions (transparent bounds). */
    public Matcher matcher(String text) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /**
     * Finds the first match at or after {@code from} in {@code text} (the text of {@code m}, made by
     * {@link #matcher}): what {@code find()} gives from there; {@code m} then holds it.
     */
    public boolean find(Matcher m, String text, int from) {
        int len = text.length();
        if (first == null) {
            m.region(from, len);
            return m.find();
        }
        char[] cs = TextChars.of(text);
        for (int i = from; i < len; i++) {
            char c = cs[i];
            if (!first.get(c) || afterNoLetter && i > 0 && letterBefore(cs[i - 1])) {
                continue;
            }
            m.region(i, len);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c}, before a position, makes a {@code (?<!\p{L})} look-behind fail there (a surrogate never does). */
    private static boolean letterBefore(char c) {
        return !Character.isSurrogate(c) && Character.isLetter(c);
    }
}
