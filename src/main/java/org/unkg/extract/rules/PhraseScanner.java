package org.unkg.extract.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds many rule phrases ({@link PhrasePattern}) in a folded text in one pass instead of one regular-expression
 * scan per phrase. Each phrase is indexed by the first two letters of the literal its first word must hold
 * ({@link PhrasePattern.Anchor}); one pass over the text finds where each phrase's literal stands, and the phrase's
 * pattern is tried only at the few places a match could start there. The result is exactly what
 * {@code pattern.matcher(text).find()} repeated gives for each phrase: the same matches, in the same order.
 * Immutable and thread-safe.
 */
public final class PhraseScanner {
    /** One match: which phrase (its index in the list given), and {@code [start, end)} in the text. */
    public record Match(int phrase, int start, int end) {}

    private final List<Pattern> patterns;
    private final String[] cores;
    private final int[] leads;
    private final Map<Integer, int[]> byPair = new HashMap<>();
    private final Map<Character, int[]> byChar = new HashMap<>();
    private final int[] unanchored;

    /** A scanner over {@code phrases} as written in rule files. */
    public PhraseScanner(List<String> phrases) {
        this.patterns = PhrasePattern.compileAll(phrases);
        this.cores = new String[phrases.size()];
        this.leads = new int[phrases.size()];
        Map<Integer, List<Integer>> pairs = new HashMap<>();
        Map<Character, List<Integer>> chars = new HashMap<>();
        List<Integer> loose = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            PhrasePattern.Anchor a = PhrasePattern.anchor(phrases.get(i));
            cores[i] = a.core();
            leads[i] = a.lead();
            if (a.core().isEmpty()) {
                loose.add(i);
            } else if (a.core().length() == 1) {
                chars.computeIfAbsent(a.core().charAt(0), k -> new ArrayList<>()).add(i);
            } else {
                pairs.computeIfAbsent(pair(a.core().charAt(0), a.core().charAt(1)), k -> new ArrayList<>()).add(i);
            }
        }
        pairs.forEach((k, v) -> byPair.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        chars.forEach((k, v) -> byChar.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.unanchored = loose.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int pair(char a, char b) {
        return (a << 16) | b;
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
        int[][] starts = new int[n][];
        int[] counts = new int[n];
        int len = text.length();
        for (int q = 0; q < len; q++) {
            char c = text.charAt(q);
            if (q + 1 < len) {
                int[] rules = byPair.get(pair(c, text.charAt(q + 1)));
                if (rules != null) {
                    candidates(text, q, rules, starts, counts);
                }
            }
            int[] single = byChar.get(c);
            if (single != null) {
                candidates(text, q, single, starts, counts);
            }
        }
        List<Match> out = new ArrayList<>();
        int loose = 0;
        for (int i = 0; i < n; i++) {
            if (loose < unanchored.length && unanchored[loose] == i) {
                loose++;
                Matcher m = patterns.get(i).matcher(text);
                while (m.find()) {
                    out.add(new Match(i, m.start(), m.end()));
                }
                continue;
            }
            if (counts[i] == 0) {
                continue;
            }
            int[] s = Arrays.copyOf(starts[i], counts[i]);
            Arrays.sort(s);
            Matcher m = patterns.get(i).matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int lastEnd = 0;
            int previous = -1;
            for (int p : s) {
                if (p == previous || p < lastEnd) {
                    continue;
                }
                previous = p;
                m.region(p, len);
                if (m.lookingAt()) {
                    out.add(new Match(i, p, m.end()));
                    lastEnd = m.end() > p ? m.end() : p + 1;
                }
            }
        }
        return out;
    }

    /** Records the starts from which the phrases {@code rules}, whose literal may stand at {@code q}, could match. */
    private void candidates(String text, int q, int[] rules, int[][] starts, int[] counts) {
        for (int r : rules) {
            if (!text.startsWith(cores[r], q)) {
                continue;
            }
            for (int k = Math.min(leads[r], q); k >= 0; k--) {
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
