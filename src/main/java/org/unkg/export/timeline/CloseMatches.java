package org.unkg.export.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Suggestions for a mistyped key: candidates within a small edit distance of it, or that it is a prefix of
 * (or that are a prefix of it), or whose label contains it, nearest first.
 */
final class CloseMatches {
    private CloseMatches() {}

    /**
     * @param input      what the user typed
     * @param candidates key → words to compare besides the key (labels), may be empty
     * @param limit      how many suggestions at most
     */
    static List<String> of(String input, Map<String, List<String>> candidates, int limit) {
        String in = input.strip().toUpperCase(Locale.ROOT);
        int allowed = Math.max(1, in.length() / 3);
        Map<String, Integer> score = new LinkedHashMap<>();
        candidates.forEach((key, labels) -> {
            String k = key.toUpperCase(Locale.ROOT);
            int best = Integer.MAX_VALUE;
            int d = distance(in, k);
            if (d <= allowed) {
                best = d;
            }
            if (in.length() >= 2 && (k.startsWith(in) || in.startsWith(k) && k.length() >= 2)) {
                best = Math.min(best, allowed + 1);
            }
            for (String label : labels) {
                String l = label.toUpperCase(Locale.ROOT);
                if (in.length() >= 3 && l.contains(in)) {
                    best = Math.min(best, allowed + 2);
                } else if (distance(in, l) <= Math.max(1, l.length() / 5)) {
                    best = Math.min(best, allowed + 1);
                }
            }
            if (best != Integer.MAX_VALUE) {
                score.put(key, best);
            }
        });
        List<String> out = new ArrayList<>(score.keySet());
        out.sort(Comparator.comparingInt((String k) -> score.get(k)).thenComparing(k -> k));
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
