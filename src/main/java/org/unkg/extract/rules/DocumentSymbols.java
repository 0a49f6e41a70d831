package org.unkg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * UN document symbols as letters write them ({@code S/2000/214}, {@code S/PRST/2000/9}, {@code A/64/251},
 * {@code E/CN.4/2005/1}; the series they start with are rule data, {@code series} rows of {@code references.tsv}),
 * with the two ways a page extraction joins two symbols taken apart: glued ({@code A/55/312S/2000/800}: a series
 * and its slash right after a digit start the second symbol) and hyphenated ({@code A/54/536-S/1999/1145}, the
 * General Assembly and Security Council symbols of one document). Symbols come back normalised: no spaces, no
 * trailing full stop or hyphen, a resolution's year attached ({@code S/RES/1631(2005)}).
 */
public final class DocumentSymbols {
    /** One symbol found: {@code [start, end)} in the text searched and the symbol, normalised. */
    public record Found(int start, int end, String symbol) {}

    private final Pattern symbol;
    private final Pattern secondSymbol;
    private final List<String> notLetterParts;
    /**
     * The longest series: a symbol holds a {@code /} within this many characters after its start (the one after the
     * series, or one inside it), so only such places are tried; -1 when a series is empty or opens with {@code /}
     * and every place is.
     */
    private final int slashWithin;

    private DocumentSymbols(List<String> series, List<String> notLetterParts, boolean everyPlace) {
        this.notLetterParts = List.copyOf(notLetterParts);
        int longest = 0;
        for (String s : series) {
            longest = s.isEmpty() || s.charAt(0) == '/' ? Integer.MAX_VALUE : Math.max(longest, s.length());
        }
        this.slashWithin = longest == Integer.MAX_VALUE || everyPlace ? -1 : longest;
        String alternation = series.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        symbol = Pattern.compile("(?<![A-Za-z0-9/])(?:" + alternation + ")(?:/[A-Z0-9][A-Za-z0-9.\\-]*)+"
                + "(?:\\s*\\(\\d{4}\\))?");
        secondSymbol = Pattern.compile("(?<=\\d)(?=(?:" + alternation + ")/[A-Z0-9])|-(?=(?:" + alternation + ")/[A-Z0-9])");
    }

    /**
     * The symbols of the series in {@code common/document-series.tsv}; the parts that mark a document that is never a
     * letter from {@code common/not-letter-symbols.tsv}.
     */
    public static DocumentSymbols of(RuleFiles rules) {
        return of(rules, false);
    }

    /** As {@link #of(RuleFiles)}, trying the symbol at every place of a text when {@code everyPlace} (to pin the other against). */
    static DocumentSymbols of(RuleFiles rules, boolean everyPlace) {
        return new DocumentSymbols(rules.common("document-series.tsv").stream().map(r -> r[0]).toList(),
                rules.common("not-letter-symbols.tsv").stream().map(r -> r[0]).toList(), everyPlace);
    }

    /** Whether {@code symbol} (normalised) is of a kind of document that is never a letter: a resolution, a record. */
    public boolean neverALetter(String symbol) {
        for (String part : notLetterParts) {
            if (symbol.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Every symbol in {@code text}, in text order, glued and hyphenated pairs taken apart. */
    public List<Found> find(String text) {
        return find(text, 0, text.length());
    }

    /** Every symbol in {@code text} between {@code from} and {@code to}, offsets into {@code text}. */
    public List<Found> find(String text, int from, int to) {
        List<Found> out = new ArrayList<>();
        Matcher m = symbol.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int pos = from;
        while (slashWithin < 0 ? m.find() : nextAtSlash(m, text, pos, to)) {
            String written = m.group();
            int start = m.start();
            pos = m.end();
            Matcher split = secondSymbol.matcher(written);
            int pieceStart = 0;
            while (split.find()) {
                if (split.start() > pieceStart) {
                    add(out, text, start + pieceStart, start + split.start());
                }
                pieceStart = split.end();
            }
            add(out, text, start + pieceStart, m.end());
        }
        return out;
    }

    /**
     * The next symbol at or after {@code pos} in {@code [pos, to)}, in {@code m}: what {@code m.find()} gives, trying
     * the symbol only at the places a {@code /} follows within {@link #slashWithin} characters (the others cannot
     * start one), in order, the first that matches being the leftmost.
     */
    private boolean nextAtSlash(Matcher m, String text, int pos, int to) {
        int tried = pos;
        for (int slash = text.indexOf('/', pos + 1); slash >= 0 && slash < to; slash = text.indexOf('/', slash + 1)) {
            for (int p = Math.max(tried, slash - slashWithin); p < slash; p++) {
                m.region(p, to);
                if (m.lookingAt()) {
                    return true;
                }
            }
            tried = Math.max(tried, slash);
        }
        return false;
    }

    private static void add(List<Found> out, String text, int start, int end) {
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        String s = normalise(text.substring(start, end));
        if (s.chars().anyMatch(Character::isDigit) && !s.endsWith("/") && s.indexOf('/') > 0) {
            out.add(new Found(start, end, s));
        }
    }

    /** A symbol without spaces and trailing full stops or hyphens: {@code S/RES/1631(2005)}. */
    public static String normalise(String s) {
        String n = s.replaceAll("\\s+", "");
        while (n.endsWith(".") || n.endsWith("-")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }
}
