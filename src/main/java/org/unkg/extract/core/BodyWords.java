package org.unkg.extract.core;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;

/**
 * The words body names are compared by: head nouns ({@code data/rules/events/bodies.tsv}: office, centre,
 * مكتب, ...) and words that tell no name from another ({@code stopwords.tsv}). Words are compared in a
 * normal form: folded, hyphens dropped, Arabic clitics and article stripped.
 */
public final class BodyWords {
    private final Set<String> heads = new HashSet<>();
    private final Set<String> stop = new HashSet<>();
    private final Set<String> location = new HashSet<>();
    private final java.util.Map<String, java.util.Map<String, String>> headClasses = new java.util.HashMap<>();

    /** The words of {@code events/bodies.tsv} and {@code events/stopwords.tsv} in {@code rules}. */
    public BodyWords(RuleFiles rules) {
        for (String[] row : rules.rows("events/bodies.tsv")) {
            heads.add(normal(row[1]));
            if (row.length >= 3) {
                headClasses.computeIfAbsent(row[0], k -> new java.util.HashMap<>()).putIfAbsent(normal(row[1]), row[2]);
            }
        }
        for (String[] row : rules.rows("events/stopwords.tsv")) {
            stop.add(FoldedText.fold(row[1]));
            if (row.length >= 3 && row[2].equals("location")) {
                location.add(FoldedText.fold(row[1]));
            }
        }
    }

    /** The normal form of a word. */
    public static String normal(String word) {
        return normalOfFolded(FoldedText.fold(word));
    }

    /** The normal form of a word already folded. */
    private static String normalOfFolded(String folded) {
        String w = folded;
        if (w.indexOf('-') >= 0 || w.indexOf('\'') >= 0 || hasSpace(w)) {
            StringBuilder b = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c != '-' && c != '\'' && !isRegexSpace(c)) {
                    b.append(c);
                }
            }
            w = b.toString();
        }
        if (w.isEmpty() || !isArabic(w)) {
            return w;
        }
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
        }
        if (w.startsWith("لل") && w.length() > 4) {
            w = w.substring(2);
        } else if (w.length() > 3 && "بلك".indexOf(w.charAt(0)) >= 0) {
            w = w.substring(1);
        }
        if (w.startsWith("ال") && w.length() > 3) {
            w = w.substring(2);
        }
        return w;
    }

    private static boolean hasSpace(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (isRegexSpace(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \\s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isArabic(String w) {
        return Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    /** Whether a word (as written) tells nothing about which body is meant. */
    public boolean isStop(String word) {
        String folded = FoldedText.fold(word);
        return stop.contains(folded) || stop.contains(normalOfFolded(folded));
    }

    /** Whether a word (as written) says where something is ("in", "في"): what follows it is a place, not a name. */
    public boolean isLocation(String word) {
        return location.contains(FoldedText.fold(word));
    }

    /**
     * The class of body ({@code Office}, {@code Mission}, ...) the head noun {@code normal} (a normal form) names in
     * {@code language}, or null when it is no head noun of that language.
     */
    public String headClass(String normal, String language) {
        java.util.Map<String, String> classes = headClasses.get(language);
        return classes == null ? null : classes.get(normal);
    }

    /** Whether the normal form {@code normal} is a head noun of body names. */
    public boolean isHead(String normal) {
        return heads.contains(normal);
    }

    /** The normal forms of the telling words of {@code text}. */
    public Set<String> content(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : Word.in(FoldedText.fold(text), 0, Integer.MAX_VALUE)) {
            if (!isStop(w.text())) {
                out.add(normal(w.text()));
            }
        }
        return out;
    }
}
