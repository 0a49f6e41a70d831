package org.unkg.extract.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A regular expression matching any of a set of phrases, built as a trie so that a position no phrase starts at
 * fails at once: a lookahead on the phrases' first characters, then at each branch the longer phrases first, so the
 * phrase matched is the one the plain alternation of the phrases, longest first, matches (of phrases that can match
 * at one place, one is a prefix of the other, and the trie tries the longer first). A space in a phrase stands for
 * the regular expression given (any run of white space, or of spaces and hyphens).
 */
public final class Alternation {
    private Alternation() {}

    /** The expression matching any of {@code phrases}, a space standing for {@code space}; nothing when there are none. */
    public static String of(Collection<String> phrases, String space) {
        Node root = new Node();
        List<Character> first = new ArrayList<>();
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                continue;
            }
            Node n = root;
            for (char c : phrase.toCharArray()) {
                n = n.children.computeIfAbsent(c, k -> new Node());
            }
            n.terminal = true;
            first.add(phrase.charAt(0));
        }
        if (root.children.isEmpty()) {
            return "(?!)";
        }
        return "(?=" + CharacterClass.of(first) + ")" + root.regex(space);
    }

    /**
     * The expression matching any phrase (second column) of the rule rows of {@code kind} (first column), a space
     * standing for {@code space}; nothing when there are none.
     */
    public static String ofKind(List<String[]> rows, String kind, String space) {
        List<String> phrases = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length >= 2 && row[0].equals(kind)) {
                phrases.add(row[1]);
            }
        }
        return of(phrases, space);
    }

    /** A node of the phrases' trie. */
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

        String regex(String space) {
            List<Map.Entry<Character, Node>> edges = new ArrayList<>(children.entrySet());
            edges.sort(Comparator.comparingInt((Map.Entry<Character, Node> e) -> e.getValue().longest()).reversed());
            List<String> alternatives = new ArrayList<>();
            for (Map.Entry<Character, Node> e : edges) {
                char c = e.getKey();
                alternatives.add((c == ' ' ? space : CharacterClass.escape(c)) + e.getValue().regex(space));
            }
            if (alternatives.isEmpty()) {
                return "";
            }
            String group = alternatives.size() == 1 && !terminal ? alternatives.get(0)
                    : "(?:" + String.join("|", alternatives) + ")";
            return terminal ? group + "?" : group;
        }
    }
}
