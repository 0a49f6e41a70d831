package org.unkg.extract.date;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

    /** The month names of the rows of a months file: language, name, month number. */
    public static MonthNames load(List<String[]> rows) {
        Map<String, Integer> map = new HashMap<>();
        for (String[] row : rows) {
            if (row.length >= 3) {
                map.put(FoldedText.fold(row[1]), Integer.parseInt(row[2]));
            }
        }
        return new MonthNames(map);
    }

    /** The month number of a folded name (spaces normalised), or 0. */
    public int number(String foldedName) {
        Integer n = numbers.get(foldedName.replaceAll("\\s+", " "));
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
