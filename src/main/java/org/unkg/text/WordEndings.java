package org.unkg.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The case endings of a language whose names decline ({@code data/rules/{lang}/endings.tsv}; Russian has them, most
 * languages none): a name's word is compared by its stem, the word without the longest listed ending that leaves at
 * least {@code minStem} letters, so "Совета Безопасности" (genitive) is the catalog's "Совет Безопасности" and
 * "Генеральному секретарю" (dative) its "Генеральный секретарь". Only words of the language's script are cut: the
 * words of other scripts are compared as written. Immutable.
 *
 * @param script  the Unicode script of the language's words
 * @param endings folded endings, longest first
 * @param minStem the fewest letters a stem keeps
 * @param literals folded words compared only as written (indeclinable names whose stem is an everyday word's)
 */
public record WordEndings(Character.UnicodeScript script, List<String> endings, int minStem, Set<String> literals) {
    public WordEndings {
        List<String> sorted = new ArrayList<>(endings);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        endings = List.copyOf(sorted);
        literals = Set.copyOf(literals);
    }

    /**
     * The endings of a language written in {@code script} from the rows of its {@code endings.tsv} ({@code ending
     * FORM}, {@code stem-length N}, {@code literal WORD}), or null when it lists none.
     */
    public static WordEndings of(String script, List<String[]> rows, String file) {
        List<String> endings = new ArrayList<>();
        Set<String> literals = new java.util.HashSet<>();
        int minStem = 3;
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalArgumentException(file + ": a row needs a kind and a value: " + String.join(" ", row));
            }
            switch (row[0]) {
                case "ending" -> endings.add(FoldedText.fold(row[1].strip()));
                case "stem-length" -> minStem = Integer.parseInt(row[1].strip());
                case "literal" -> literals.add(FoldedText.fold(row[1].strip()));
                default -> throw new IllegalArgumentException(file + ": unknown kind '" + row[0] + "'");
            }
        }
        return endings.isEmpty() ? null : new WordEndings(Character.UnicodeScript.forName(script), endings, minStem, literals);
    }

    /** Whether {@code word} is written in this language's script (by its first letter). */
    public boolean applies(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.charAt(0)) == script;
    }

    /** The stem of a folded word of the language's script, else the word as it is. */
    public String stem(String word) {
        if (!applies(word) || literals.contains(word)) {
            return word;
        }
        for (String e : endings) {
            if (word.length() - e.length() >= minStem && word.endsWith(e)) {
                return word.substring(0, word.length() - e.length());
            }
        }
        return word;
    }
}
