package org.unkg.extract.date;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unkg.extract.rules.Alternation;
import org.unkg.extract.rules.CharacterClass;
import org.unkg.text.FoldedText;

/** Month names of all languages, read from {@code months.tsv}, in folded form. */
public final class MonthNames {
    private final Map<String, Integer> numbers;
    private final String alternation;
    private final String firstCharacters;

    private MonthNames(Map<String, Integer> numbers) {
        this.numbers = numbers;
        this.alternation = Alternation.of(numbers.keySet(), "\\s+");
        this.firstCharacters = CharacterClass.of(numbers.keySet().stream().filter(n -> !n.isEmpty()).map(n -> n.charAt(0)).toList());
    }

    /** The month names of the rows of months files: name, month number. */
    public static MonthNames load(List<String[]> rows) {
        Map<String, Integer> map = new HashMap<>();
        for (String[] row : rows) {
            if (row.length >= 2) {
                map.put(FoldedText.fold(row[0]), Integer.parseInt(row[1]));
            }
        }
        return new MonthNames(map);
    }

    /** The month number of a folded name (spaces normalised), or 0. */
    public int number(String foldedName) {
        Integer n = numbers.get(org.unkg.text.WhiteSpace.collapse(foldedName));
        return n == null ? 0 : n;
    }

    /** The names (folded). */
    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(numbers.keySet());
    }

    /** A regex character class of the names' first characters. */
    public String firstCharacters() {
        return firstCharacters;
    }

    /** A regex alternation of all names (folded), longest first. */
    public String alternation() {
        return alternation;
    }
}
