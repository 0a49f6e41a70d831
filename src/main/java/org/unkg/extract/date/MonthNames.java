package org.unkg.extract.date;

import java.util.ArrayList;
import java.util.Collection;
import java.util.TreeMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.unkg.extract.rules.CharacterClass;
import org.unkg.text.FoldedText;

/** Month names of all languages, read from {@code months.tsv}, in folded form. */
public final class MonthNames {
    private final Map<String, Integer> numbers;
    private final String alternation;
    private final String firstCharacters;

    private MonthNames(Map<String, Integer> numbers) {
        this.numbers = numbers;
        this.alternation = trie(numbers.keySet());
        this.firstCharacters = CharacterClass.of(numbers.keySet().stream().filter(n -> !n.isEmpty()).map(n -> n.charAt(0)).toList());
    }

    /**
     * A regular expression matching any of {@code names} (a space standing for any run of white space), built as a
     * trie so that a position no name starts at fails at its first character: a lookahead on the names' first
     * characters, then at each branch the longer names first, so the name matched is the one the plain alternation
     * of the names, longest first, matches.
     */
    static String trie(Collection<String> names) {
        Node root = new Node();
        StringBuilder first = new StringBuilder();
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            Node n = root;
            for (char c : name.toCharArray()) {
                n = n.children.computeIfAbsent(c, k -> new Node());
            }
            n.terminal = true;
            if (first.indexOf(String.valueOf(name.charAt(0))) < 0) {
                first.append(name.charAt(0));
            }
        }
        if (root.children.isEmpty()) {
            return "(?!)";
        }
        return "(?=" + CharacterClass.of(first.chars().mapToObj(c -> (char) c).toList()) + ")" + root.regex();
    }


    /** A node of the names' trie. */
    private static final class Node {
        final Map<Character, Node> children = new TreeMap<>();
        boolean terminal;

        int longest() {
            int max = 0;
            for (Node child : children.values()) {
                max = Math.max(max, 1 + child.longest());
            }
            return max;
        }

        String regex() {
            List<Map.Entry<Character, Node>> edges = new ArrayList<>(children.entrySet());
            edges.sort(Comparator.comparingInt((Map.Entry<Character, Node> e) -> e.getValue().longest()).reversed());
            List<String> alternatives = new ArrayList<>();
            for (Map.Entry<Character, Node> e : edges) {
                char c = e.getKey();
                alternatives.add((c == ' ' ? "\\s+" : CharacterClass.escape(c)) + e.getValue().regex());
            }
            if (alternatives.isEmpty()) {
                return "";
            }
            String group = alternatives.size() == 1 && !terminal ? alternatives.get(0)
                    : "(?:" + String.join("|", alternatives) + ")";
            return terminal ? group + "?" : group;
        }
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
