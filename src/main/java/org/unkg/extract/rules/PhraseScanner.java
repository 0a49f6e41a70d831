package org.unkg.extract.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.text.LetterOrNumber;
import org.unkg.text.TextChars;

/**
 * Finds many rule phrases ({@link PhrasePattern}) in a folded text in one pass instead of one regular-expression
 * scan per phrase. Each phrase is indexed by the first letter of the literal its first word must hold
 * ({@link PhrasePattern.Anchor}); one pass over the text finds where each phrase's literal stands, and the phrase's
 * pattern is tried only at the few places a match could start there (after no letter or number: every phrase's
 * pattern opens with {@code (?<![\p{L}\p{N}])}). The result is exactly what
 * {@code pattern.matcher(text).find()} repeated gives for each phrase: the same matches, in the same order.
 * Immutable and thread-safe.
 */
public final class PhraseScanner {
    private static final int TABLE = 0x700;

    /** One match: which phrase (its index in the list given), and {@code [start, end)} in the text. */
    public record Match(int phrase, int start, int end) {}

    private final List<Pattern> patterns;
    private final String[] cores;
    /** Each phrase's literal as characters, compared with the text's. */
    private final char[][] coreChars;
    private final int[] leads;
    /** The phrases whose literal opens with a character below {@link #TABLE} (Latin, Arabic), by that character. */
    private final Bucket[] byFirst = new Bucket[TABLE];
    /** The phrases whose literal opens with any other character. */
    private final Map<Character, Bucket> byOtherFirst = new HashMap<>();
    private final int[] unanchored;

    /** The phrases whose literal opens with one character: by the literal's second character, and those of one letter. */
    private static final class Bucket {
        private final char[] seconds;
        private final int[][] bySecond;
        private final int[] singles;

        Bucket(List<Integer> phrases, String[] cores) {
            Map<Character, List<Integer>> by = new java.util.TreeMap<>();
            List<Integer> one = new ArrayList<>();
            for (int i : phrases) {
                if (cores[i].length() == 1) {
                    one.add(i);
                } else {
                    by.computeIfAbsent(cores[i].charAt(1), k -> new ArrayList<>()).add(i);
                }
            }
            seconds = new char[by.size()];
            bySecond = new int[by.size()][];
            int k = 0;
            for (Map.Entry<Character, List<Integer>> e : by.entrySet()) {
                seconds[k] = e.getKey();
                bySecond[k++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            }
            singles = one.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The phrases of two letters or more whose literal's second character is {@code c}, or null. */
        int[] withSecond(char c) {
            if (seconds.length > 8) {
                int at = Arrays.binarySearch(seconds, c); // in character order (a tree map's keys)
                return at >= 0 ? bySecond[at] : null;
            }
            for (int i = 0; i < seconds.length; i++) {
                if (seconds[i] == c) {
                    return bySecond[i];
                }
            }
            return null;
        }
    }

    /** A scanner over {@code phrases} as written in rule files. */
    public PhraseScanner(List<String> phrases, PhrasePattern compiler) {
        this.patterns = compiler.compileAll(phrases);
        this.cores = new String[phrases.size()];
        this.coreChars = new char[phrases.size()][];
        this.leads = new int[phrases.size()];
        Map<Character, List<Integer>> chars = new HashMap<>();
        List<Integer> loose = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            PhrasePattern.Anchor a = compiler.anchor(phrases.get(i));
            cores[i] = a.core();
            coreChars[i] = a.core().toCharArray();
            leads[i] = a.lead();
            if (a.core().isEmpty()) {
                loose.add(i);
            } else {
                chars.computeIfAbsent(a.core().charAt(0), k -> new ArrayList<>()).add(i);
            }
        }
        chars.forEach((c, v) -> {
            Bucket bucket = new Bucket(v, cores);
            if (c < TABLE) {
                byFirst[c] = bucket;
            } else {
                byOtherFirst.put(c, bucket);
            }
        });
        this.unanchored = loose.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The number of phrases. */
    public int size() {
        return patterns.size();
    }

    /** The compiled pattern of phrase {@code i}. */
    public Pattern pattern(int i) {
        return patterns.get(i);
    }

    /** Every match of every phrase in {@code text}: phrase by phrase in list order, each phrase's in text order. */
    public List<Match> find(String text) {
        int n = patterns.size();
        int[][] starts = candidates(text);
        List<Match> out = new ArrayList<>();
        int loose = 0;
        int len = text.length();
        for (int i = 0; i < n; i++) {
            if (loose < unanchored.length && unanchored[loose] == i) {
                loose++;
                Matcher m = patterns.get(i).matcher(text);
                while (m.find()) {
                    out.add(new Match(i, m.start(), m.end()));
                }
                continue;
            }
            if (starts[i] == null) {
                continue;
            }
            Matcher m = patterns.get(i).matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int lastEnd = 0;
            for (int p : starts[i]) {
                if (p < lastEnd) {
                    continue;
                }
                m.region(p, len);
                if (m.lookingAt()) {
                    out.add(new Match(i, p, m.end()));
                    lastEnd = m.end() > p ? m.end() : p + 1;
                }
            }
        }
        return out;
    }

    /**
     * The first match of each phrase in {@code text}, by phrase (null where a phrase has none): what
     * {@code pattern.matcher(text).find()} gives once per phrase.
     */
    public Match[] first(String text) {
        int n = patterns.size();
        int[][] starts = candidates(text);
        Match[] out = new Match[n];
        int len = text.length();
        for (int i = 0; i < n; i++) {
            Matcher m = patterns.get(i).matcher(text);
            if (starts[i] == null) {
                if (Arrays.binarySearch(unanchored, i) >= 0 && m.find()) {
                    out[i] = new Match(i, m.start(), m.end());
                }
                continue;
            }
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int p : starts[i]) {
                m.region(p, len);
                if (m.lookingAt()) {
                    out[i] = new Match(i, p, m.end());
                    break;
                }
            }
        }
        return out;
    }

    /** For each anchored phrase, the positions (sorted, distinct) a match of it could start at, or null for none. */
    private int[][] candidates(String text) {
        int n = patterns.size();
        int[][] starts = new int[n][];
        int[] counts = new int[n];
        char[] cs = TextChars.of(text);
        int len = cs.length;
        boolean others = !byOtherFirst.isEmpty();
        for (int q = 0; q < len; q++) {
            char c = cs[q];
            Bucket bucket = c < TABLE ? byFirst[c] : others ? byOtherFirst.get(c) : null;
            if (bucket == null) {
                continue;
            }
            if (bucket.singles.length > 0) {
                record(cs, q, bucket.singles, starts, counts);
            }
            if (q + 1 < len) {
                int[] rules = bucket.withSecond(cs[q + 1]);
                if (rules != null) {
                    record(cs, q, rules, starts, counts);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (counts[i] > 0) {
                int[] sorted = Arrays.copyOf(starts[i], counts[i]);
                Arrays.sort(sorted);
                int distinct = 1;
                for (int k = 1; k < sorted.length; k++) {
                    if (sorted[k] != sorted[distinct - 1]) {
                        sorted[distinct++] = sorted[k];
                    }
                }
                starts[i] = Arrays.copyOf(sorted, distinct);
            } else {
                starts[i] = null;
            }
        }
        return starts;
    }

    /** Whether {@code literal} stands in {@code text} at {@code q}: {@link String#startsWith(String, int)}. */
    private static boolean literalAt(char[] text, int q, char[] literal) {
        if (q + literal.length > text.length) {
            return false;
        }
        for (int i = 0; i < literal.length; i++) {
            if (text[q + i] != literal[i]) {
                return false;
            }
        }
        return true;
    }

    /** Records the starts from which the phrases {@code rules}, whose literal may stand at {@code q}, could match. */
    private void record(char[] text, int q, int[] rules, int[][] starts, int[] counts) {
        for (int r : rules) {
            if (!literalAt(text, q, coreChars[r])) {
                continue;
            }
            for (int k = Math.min(leads[r], q); k >= 0; k--) {
                if (q - k > 0 && !LetterOrNumber.opensAfter(text[q - k - 1], text[q - k])) {
                    continue; // every phrase's pattern opens with (?<![\p{L}\p{N}]): no match starts there
                }
                int[] list = starts[r];
                if (list == null) {
                    list = new int[8];
                    starts[r] = list;
                } else if (counts[r] == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    starts[r] = list;
                }
                list[counts[r]++] = q - k;
            }
        }
    }
}
