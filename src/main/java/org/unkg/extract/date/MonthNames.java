package org.unkg.extract.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.text.FoldedText;

/** Month names of all languages, read from {@code months.tsv}, in folded form. */
public final class MonthNames {
    private final Map<String, Integer> numbers;
    private final String alternation;

    private MonthNames(Map<String, Integer> numbers) {
        this.numbers = numbers;
        List<String> names = new ArrayList<>(numbers.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        this.alternation = names.stream()
                .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
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

    /** A regex alternation of all names (folded), longest first. */
    public String alternation() {
        return alternation;
    }
}
