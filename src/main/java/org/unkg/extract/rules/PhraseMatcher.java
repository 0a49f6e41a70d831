package org.unkg.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.text.FoldedText;

/**
 * Finds rule phrases in text: folded comparison (see {@link FoldedText}), whole words only, any run of spaces or
 * hyphens between words. Where phrases overlap the longest wins.
 *
 * @param <V> what a phrase stands for (a role, a language code, ...)
 */
public final class PhraseMatcher<V> {
    /** One phrase found: {@code [start, end)} in the text searched, and the phrase's value. */
    public record Hit<V>(int start, int end, V value) {}

    private final Map<String, V> values = new HashMap<>();
    private final Pattern pattern;
    /**
     * The phrases without the word-start test, tried only where a word opens with a phrase's first character; null
     * when a phrase is empty (then {@link #pattern} scans).
     */
    private final Pattern atWordStart;
    /** The characters the phrases open with. */
    private final java.util.BitSet firsts = new java.util.BitSet();

    /** A matcher over {@code phrases} (phrase as written in the rule file -> value). */
    public PhraseMatcher(Map<String, V> phrases) {
        for (Map.Entry<String, V> e : phrases.entrySet()) {
            values.putIfAbsent(key(FoldedText.fold(e.getKey())), e.getValue());
        }
        String alternation;
        boolean empty = values.keySet().stream().anyMatch(String::isEmpty);
        if (empty) {
            // an empty phrase matches everywhere: kept as the plain alternation, longest first
            alternation = values.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(p -> Pattern.quote(p).replace(" ", "\\E[\\s\\-]+\\Q"))
                    .collect(Collectors.joining("|"));
        } else {
            // a trie: a position no phrase starts at fails at its first character
            alternation = Alternation.of(values.keySet(), "[\\s\\-]+");
        }
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
        atWordStart = empty ? null : Pattern.compile("(?:" + alternation + ")(?![\\p{L}\\p{N}])");
        for (String phrase : values.keySet()) {
            if (!phrase.isEmpty()) {
                firsts.set(phrase.charAt(0));
            }
        }
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
        if (atWordStart == null) {
            Matcher m = pattern.matcher(text);
            m.region(start, stop);
            while (m.find()) {
                add(out, folded, m);
            }
            return out;
        }
        // what pattern.find() gives over the region, tried only where a word opens with a phrase's first character
        // (the region's bounds are opaque: its start opens a word, its end closes one)
        Matcher m = atWordStart.matcher(text);
        int p = start;
        while (p < stop) {
            if (firsts.get(text.charAt(p)) && (p == start || !wordChar(text.charAt(p - 1)))) {
                m.region(p, stop);
                if (m.lookingAt()) {
                    add(out, folded, m);
                    p = m.end();
                    continue;
                }
            }
            p++;
        }
        return out;
    }

    private void add(List<Hit<V>> out, FoldedText folded, Matcher m) {
        V value = values.get(key(m.group()));
        if (value != null) {
            out.add(new Hit<>(folded.sourceOffset(m.start()), folded.sourceEnd(m.end()), value));
        }
    }

    /** A letter or a number: {@code [\\p{L}\\p{N}]}. */
    private static boolean wordChar(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Every phrase in {@code text} between {@code from} and {@code to}, offsets into {@code text}. */
    public List<Hit<V>> find(String text, int from, int to) {
        List<Hit<V>> out = new ArrayList<>();
        for (Hit<V> h : find(text.substring(from, to))) {
            out.add(new Hit<>(h.start() + from, h.end() + from, h.value()));
        }
        return out;
    }
}
