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

    /** A matcher over {@code phrases} (phrase as written in the rule file -> value). */
    public PhraseMatcher(Map<String, V> phrases) {
        for (Map.Entry<String, V> e : phrases.entrySet()) {
            values.putIfAbsent(key(FoldedText.fold(e.getKey())), e.getValue());
        }
        String alternation;
        if (values.keySet().stream().anyMatch(String::isEmpty)) {
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
    }

    /** A matcher over the phrases of one kind in a {@code kind<TAB>phrase[<TAB>value]} rule file (value = column 3 or the phrase). */
    public static PhraseMatcher<String> ofKind(RuleFiles rules, String ruleFile, String kind) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String[] row : rules.rows(ruleFile)) {
            if (row.length >= 2 && row[0].equals(kind)) {
                map.put(row[1], row.length > 2 ? row[2] : row[1]);
            }
        }
        return new PhraseMatcher<>(map);
    }

    private static String key(String folded) {
        return folded.replaceAll("[\\s\\-]+", " ").strip();
    }

    /** Every phrase in {@code text}, in text order, without overlaps. */
    public List<Hit<V>> find(String text) {
        return find(FoldedText.of(text));
    }

    /** Every phrase in an already folded text, offsets into its source, in text order, without overlaps. */
    public List<Hit<V>> find(FoldedText folded) {
        Matcher m = pattern.matcher(folded.text());
        List<Hit<V>> out = new ArrayList<>();
        while (m.find()) {
            V value = values.get(key(m.group()));
            if (value != null) {
                out.add(new Hit<>(folded.sourceOffset(m.start()), folded.sourceEnd(m.end()), value));
            }
        }
        return out;
    }

    /**
     * Every phrase in folded positions {@code [start, end)} of {@code folded}, offsets into its source: on the folded
     * positions of source offsets {@code from} and {@code to}, the same as {@link #find(String, int, int)} on the
     * source, without folding it again.
     */
    public List<Hit<V>> find(FoldedText folded, int start, int end) {
        Matcher m = pattern.matcher(folded.text());
        m.region(start, Math.max(start, end));
        List<Hit<V>> out = new ArrayList<>();
        while (m.find()) {
            V value = values.get(key(m.group()));
            if (value != null) {
                out.add(new Hit<>(folded.sourceOffset(m.start()), folded.sourceEnd(m.end()), value));
            }
        }
        return out;
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
