package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.unkg.text.Tokens;

/**
 * What reads a name that is both a State's and a city's, written alike once folded ("عمان": Oman, the State, and
 * Amman, the city), as the city: words only a city follows ({@code city-before} in {@code LANG/city-cues.tsv}: a seat
 * cue, "مدينة"), or the name opening a date line ("عمان، 21 آب/أغسطس 1996"). Without them the State is read. Immutable.
 */
final class CityCues {
    /** No cues: every such name is the State. */
    static final CityCues NONE = new CityCues(List.of());

    private final List<String[]> before;

    private CityCues(List<String[]> before) {
        this.before = before;
    }

    /** The cues of the rows {@code kind, phrase}, each phrase's words as {@code words} gives them (folded, stemmed). */
    static CityCues of(List<String[]> rows, Function<String, List<String>> words) {
        List<String[]> before = new ArrayList<>();
        for (String[] row : rows) {
            if (!row[0].equals("city-before")) {
                throw new IllegalArgumentException("city-cues.tsv: unknown kind " + row[0]);
            }
            before.add(words.apply(row[1]).toArray(String[]::new));
        }
        return new CityCues(before);
    }

    /**
     * Whether the name opening at token {@code i} of {@code tokens} (words of the folded {@code text}) is read as a
     * city: a cue's words right before it, or it opens its line and a comma and a number follow it.
     */
    boolean readsAsCity(String text, List<Tokens.Token> tokens, int i) {
        if (!tokens.get(i).breakBefore()) {
            for (String[] cue : before) {
                if (i >= cue.length && endsWith(tokens, i, cue)) {
                    return true;
                }
            }
        }
        return opensDateLine(text, tokens.get(i));
    }

    private static boolean endsWith(List<Tokens.Token> tokens, int i, String[] cue) {
        for (int k = 0; k < cue.length; k++) {
            Tokens.Token t = tokens.get(i - cue.length + k);
            if (!t.text().equals(cue[k]) || k > 0 && t.breakBefore()) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensDateLine(String text, Tokens.Token name) {
        for (int p = name.start() - 1; p >= 0 && text.charAt(p) != '\n'; p--) {
            if (!Character.isWhitespace(text.charAt(p))) {
                return false;
            }
        }
        int p = name.end();
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        if (p >= text.length() || text.charAt(p) != ',' && text.charAt(p) != '\u060C') {
            return false;
        }
        p++;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p < text.length() && Character.isDigit(text.charAt(p));
    }
}
