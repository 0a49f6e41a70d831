package org.unkg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule phrases ({@link PhrasePattern}) looked for in short regions of a text, around a date or a cue: each phrase's
 * pattern is tried only where the literal its first word must hold ({@link PhrasePattern.Anchor}) stands inside the
 * region, since a match inside a region holds it there. The matches are those of the pattern over the region
 * ({@link Matcher#region}); a region that lacks the literal costs a comparison of characters, not a scan of the
 * pattern at each position. Immutable and thread-safe.
 */
public final class RegionPhrases {
    private final List<Pattern> patterns = new ArrayList<>();
    /** Each phrase's literal; empty where a phrase has none. */
    private final List<String> cores = new ArrayList<>();

    /** The phrases as written in rule files, compiled by {@code compiler}. */
    public RegionPhrases(List<String> phrases, PhrasePattern compiler) {
        for (String p : phrases) {
            patterns.add(compiler.compile(p));
            cores.add(compiler.anchor(p).core());
        }
    }

    /** The number of phrases. */
    public int size() {
        return patterns.size();
    }

    /**
     * A matcher of phrase {@code i} over {@code [from, to)} of {@code text} (a region, its bounds opaque), or null
     * when the phrase's literal does not stand in the region, so that the phrase cannot match there.
     */
    public Matcher in(int i, String text, int from, int to) {
        String core = cores.get(i);
        if (!core.isEmpty() && !holds(text, from, to, core)) {
            return null;
        }
        Matcher m = patterns.get(i).matcher(text);
        m.region(from, to);
        return m;
    }

    /** Whether {@code literal} stands inside {@code [from, to)} of {@code text}. */
    private static boolean holds(String text, int from, int to, String literal) {
        char first = literal.charAt(0);
        for (int k = from, last = to - literal.length(); k <= last; k++) {
            if (text.charAt(k) == first && text.startsWith(literal, k)) {
                return true;
            }
        }
        return false;
    }
}
