package org.unkg.extract.discovery;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.unkg.catalog.FoldedText;
import org.unkg.extract.rules.RuleFiles;

/**
 * The words body names are compared by: head nouns ({@code data/rules/events/bodies.tsv}: office, centre,
 * مكتب, ...) and words that tell no name from another ({@code stopwords.tsv}). Words are compared in a
 * normal form: folded, hyphens dropped, Arabic clitics and article stripped.
 */
public final class BodyWords {
    private static volatile BodyWords defaults;
    private final Set<String> heads = new HashSet<>();
    private final Set<String> stop = new HashSet<>();
    private final Set<String> location = new HashSet<>();

    private BodyWords() {
        for (String[] row : RuleFiles.rows("events/bodies.tsv")) {
            heads.add(normal(row[1]));
        }
        for (String[] row : RuleFiles.rows("events/stopwords.tsv")) {
            stop.add(FoldedText.fold(row[1]));
            if (row.length >= 3 && row[2].equals("location")) {
                location.add(FoldedText.fold(row[1]));
            }
        }
    }

    /** The words of the rules directory (read once). */
    public static BodyWords defaults() {
        if (defaults == null) {
            synchronized (BodyWords.class) {
                if (defaults == null) {
                    defaults = new BodyWords();
                }
            }
        }
        return defaults;
    }

    /** The normal form of a word. */
    public static String normal(String word) {
        String w = FoldedText.fold(word).replaceAll("[-\\s']", "");
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

    private static boolean isArabic(String w) {
        return Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    /** Whether a word (as written) tells nothing about which body is meant. */
    public boolean isStop(String word) {
        return stop.contains(FoldedText.fold(word)) || stop.contains(normal(word));
    }

    /** Whether a word (as written) says where something is ("in", "في"): what follows it is a place, not a name. */
    public boolean isLocation(String word) {
        return location.contains(FoldedText.fold(word));
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
