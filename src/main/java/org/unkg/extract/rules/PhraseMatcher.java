package org.unkg.extract.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.text.FoldedText;
import org.unkg.text.LetterOrNumber;

/**
 * Finds rule phrases in text: folded comparison (see {@link FoldedText}), whole words only, any run of spaces or
 * hyphens between words. Where phrases overlap the longest wins.
 *
 * <p>The phrases are a trie of their characters, walked only where a word opens with a phrase's first character:
 * what the regular expression {@code (?<![\p{L}\p{N}])(?:phrase|...)(?![\p{L}\p{N}])} (longest phrase first, a
 * space standing for {@code [\s\-]+}) finds, without a regular expression. A set of phrases holding an empty phrase
 * or a surrogate character is matched with that expression itself.
 *
 * @param <V> what a phrase stands for (a role, a language code, ...)
 */
public final class PhraseMatcher<V> {
    /** One phrase found: {@code [start, end)} in the text searched, and the phrase's value. */
    public record Hit<V>(int start, int end, V value) {}

    private final Map<String, V> values = new HashMap<>();
    /** The phrases as one regular expression: what scans when a phrase is empty or holds a surrogate, else null. */
    private final Pattern pattern;
    /** The phrases' trie; null when {@link #pattern} scans instead. */
    private final Node<V> trie;
    /** The characters the phrases open with. */
    private final BitSet firsts = new BitSet();
    /** Whether every phrase opens with a letter or number, so that only word starts can open one. */
    private final boolean firstsOpenWords;

    /** A matcher over {@code phrases} (phrase as written in the rule file -> value). */
    public PhraseMatcher(Map<String, V> phrases) {
        for (Map.Entry<String, V> e : phrases.entrySet()) {
            values.putIfAbsent(key(FoldedText.fold(e.getKey())), e.getValue());
        }
        boolean empty = values.keySet().stream().anyMatch(String::isEmpty);
        boolean surrogates = values.keySet().stream().anyMatch(k -> k.chars().anyMatch(c -> Character.isSurrogate((char) c)));
        if (empty || surrogates) {
            // an empty phrase matches everywhere: kept as the plain alternation, longest first
            String alternation = values.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(p -> Pattern.quote(p).replace(" ", "\\E[\\s\\-]+\\Q"))
                    .collect(Collectors.joining("|"));
            pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
            trie = null;
        } else {
            pattern = null;
            trie = new Node<>();
            values.forEach(trie::add);
        }
        boolean words = true;
        for (String phrase : values.keySet()) {
            if (!phrase.isEmpty()) {
                firsts.set(phrase.charAt(0));
                words &= LetterOrNumber.is(phrase.charAt(0));
            }
        }
        firstsOpenWords = words;
    }

    /** A matcher over the phrases of one kind in the rows of {@code kind<TAB>phrase[<TAB>value]} rule files (value = column 3 or the phrase). */
    public static PhraseMatcher<String> ofKind(List<String[]> rows, String kind) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String[] row : rows) {
            if (row.length >= 2 && row[0].equals(kind)) {
                map.put(row[1], row.length > 2 ? row[2] : row[1]);
            }
        }
        return new PhraseMatcher<>(map);
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\-]+");

    private static String key(String folded) {
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /** Every phrase in {@code text}, in text order, without overlaps. */
    public List<Hit<V>> find(String text) {
        return find(FoldedText.of(text));
    }

    /** Every phrase in an already folded text, offsets into its source, in text order, without overlaps. */
    public List<Hit<V>> find(FoldedText folded) {
        return find(folded, 0, folded.text().length());
    }

    /**
     * Every phrase in folded positions {@code [start, end)} of {@code folded}, offsets into its source: on the folded
     * positions of source offsets {@code from} and {@code to}, the same as {@link #find(String, int, int)} on the
     * source, without folding it again.
     */
    public List<Hit<V>> find(FoldedText folded, int start, int end) {
        String text = folded.text();
        int stop = Math.max(start, end);
        List<Hit<V>> out = new ArrayList<>();
        if (trie == null) {
            Matcher m = pattern.matcher(text);
            m.region(start, stop);
            while (m.find()) {
                V value = values.get(key(m.group()));
                if (value != null) {
                    out.add(new Hit<>(folded.sourceOffset(m.start()), folded.sourceEnd(m.end()), value));
                }
            }
            return out;
        }
        // at each word start that opens with a phrase's first character, the longest phrase written there that no
        // letter or digit follows (the region's start opens a word, its end closes one)
        char[] cs = folded.chars();
        int[] found = new int[1];
        if (firstsOpenWords) {
            // every phrase opens with a letter or number: only the region's start and the text's word starts can
            // open one, so the scan goes from word start to word start
            int[] starts = folded.wordStarts();
            int k = firstAfter(starts, start);
            int p = start;
            while (p < stop) {
                if (firsts.get(cs[p])) {
                    Node<V> phrase = trie.longest(cs, p, stop, found);
                    if (phrase != null) {
                        int e = found[0];
                        out.add(new Hit<>(folded.sourceOffset(p), folded.sourceEnd(e), phrase.value));
                        while (k < starts.length && starts[k] < e) {
                            k++;
                        }
                    }
                }
                if (k == starts.length) {
                    break;
                }
                p = starts[k++];
            }
            return out;
        }
        int p = start;
        while (p < stop) {
            if (firsts.get(cs[p]) && (p == start || LetterOrNumber.opensAfter(cs[p - 1], cs[p]))) {
                Node<V> phrase = trie.longest(cs, p, stop, found);
                if (phrase != null) {
                    int e = found[0];
                    out.add(new Hit<>(folded.sourceOffset(p), folded.sourceEnd(e), phrase.value));
                    p = e;
                    continue;
                }
            }
            p++;
        }
        return out;
    }

    /** The index in {@code starts} (ascending) of the first position after {@code p}. */
    private static int firstAfter(int[] starts, int p) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Every phrase in {@code text} between {@code from} and {@code to}, offsets into {@code text}. */
    public List<Hit<V>> find(String text, int from, int to) {
        FoldedText letter = trie != null && 0 <= from && from <= to && to <= text.length() ? FoldedText.ofLastLetter(text) : null;
        if (letter != null) {
            // the letter's body, folded once for its extractors: its folded positions of from and to bound the same
            // words (folding goes character by character, and the trie reads a region's ends as a word's)
            return find(letter, folded(letter, from), folded(letter, to));
        }
        List<Hit<V>> out = new ArrayList<>();
        for (Hit<V> h : find(text.substring(from, to))) {
            out.add(new Hit<>(h.start() + from, h.end() + from, h.value()));
        }
        return out;
    }

    /** The first folded position whose source offset is {@code offset} or more. */
    private static int folded(FoldedText folded, int offset) {
        int lo = 0;
        int hi = folded.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (folded.sourceOffset(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A node of the phrases' trie: its children by character, the child after a space ({@code space}: a run of white
     * space and hyphens in the text, {@code [\s\-]+}), and the value of the phrase that ends here, if one does.
     * Phrases are keys: no hyphen or white space in them but single spaces between words, so at most one child
     * fits each character of a text.
     */
    private static final class Node<V> {
        private char[] chars = new char[0];
        private Node<V>[] children = newArray(0);
        private Node<V> space;
        private V value;
        private boolean terminal;

        @SuppressWarnings("unchecked")
        private static <V> Node<V>[] newArray(int n) {
            return (Node<V>[]) new Node<?>[n];
        }

        void add(String phrase, V v) {
            Node<V> n = this;
            for (int i = 0; i < phrase.length(); i++) {
                char c = phrase.charAt(i);
                Node<V> next = n.child(c);
                if (next == null) {
                    next = new Node<>();
                    if (c == ' ') {
                        n.space = next;
                    } else {
                        // children kept in character order, so a node with many (the root) is searched by halves
                        int at = -(Arrays.binarySearch(n.chars, c) + 1);
                        char[] chars = new char[n.chars.length + 1];
                        Node<V>[] children = newArray(n.children.length + 1);
                        System.arraycopy(n.chars, 0, chars, 0, at);
                        System.arraycopy(n.children, 0, children, 0, at);
                        chars[at] = c;
                        children[at] = next;
                        System.arraycopy(n.chars, at, chars, at + 1, n.chars.length - at);
                        System.arraycopy(n.children, at, children, at + 1, n.children.length - at);
                        n.chars = chars;
                        n.children = children;
                    }
                }
                n = next;
            }
            n.terminal = true;
            n.value = v;
        }

        private Node<V> child(char c) {
            if (c == ' ') {
                return space;
            }
            char[] cs = chars;
            if (cs.length > 8) {
                int at = Arrays.binarySearch(cs, c);
                return at >= 0 ? children[at] : null;
            }
            for (int i = 0; i < cs.length; i++) {
                if (cs[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        /**
         * The node of the longest phrase written at {@code p} within {@code [p, stop)} that no letter or digit follows
         * (within {@code stop}), or null: where {@code (?:phrases)(?![\p{L}\p{N}])} matches in region {@code [p, stop)};
         * the phrase's end goes to {@code end[0]}.
         */
        Node<V> longest(char[] text, int p, int stop, int[] end) {
            Node<V> n = this;
            int i = p;
            Node<V> best = null;
            int bestEnd = -1;
            while (true) {
                if (n.terminal && (i == p || !wordAt(text, i, stop) || !touches(text, i))) {
                    best = n;
                    bestEnd = i;
                }
                if (i >= stop) {
                    break;
                }
                char c = text[i];
                if (spaceOrHyphen(c)) {
                    n = n.space;
                    i++;
                    while (i < stop && spaceOrHyphen(text[i])) {
                        i++;
                    }
                } else {
                    n = n.child(c);
                    i++;
                }
                if (n == null) {
                    break;
                }
            }
            end[0] = bestEnd;
            return best;
        }

        /** {@code [\s\-]}: Java's white space class (space, tab, line breaks, form feed) or a hyphen. */
        private static boolean spaceOrHyphen(char c) {
            return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }

        /** Whether the characters at {@code i - 1} and {@code i} are one word (neither an ideograph: see {@link LetterOrNumber}). */
        private static boolean touches(char[] text, int i) {
            return !LetterOrNumber.ideograph(text[i - 1]) && !LetterOrNumber.ideograph(text[i]);
        }

        /** Whether a letter or digit stands at {@code i} within {@code stop}, as a region's lookahead reads it. */
        private static boolean wordAt(char[] text, int i, int stop) {
            if (i >= stop) {
                return false;
            }
            char c = text[i];
            if (!Character.isSurrogate(c)) {
                return LetterOrNumber.is(c);
            }
            int cp = Character.codePointAt(text, i);
            return i + Character.charCount(cp) <= stop && LetterOrNumber.isCodePoint(cp);
        }
    }
}
