package org.unkg.extract.meta;

import java.util.HashMap;
import java.util.Map;
import org.unkg.catalog.FoldedText;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RuleFiles;

/** The header cue words ({@code header.tsv}), language names ({@code languages.tsv}) and ordinals ({@code ordinals.tsv}). */
final class HeaderRules {
    private static volatile HeaderRules instance;

    final PhraseMatcher<String> dated = PhraseMatcher.ofKind("header.tsv", "dated");
    final PhraseMatcher<String> distr = PhraseMatcher.ofKind("header.tsv", "distr");
    final PhraseMatcher<String> original = PhraseMatcher.ofKind("header.tsv", "original");
    final PhraseMatcher<String> session = PhraseMatcher.ofKind("header.tsv", "session");
    final Map<String, String> languages = new HashMap<>();
    final Map<String, Integer> ordinals = new HashMap<>();
    final java.util.Set<String> organClasses = new java.util.HashSet<>();

    private HeaderRules() {
        for (String[] row : RuleFiles.rows("languages.tsv")) {
            languages.put(FoldedText.fold(row[0]), row[1]);
        }
        for (String[] row : RuleFiles.rows("header.tsv")) {
            if (row[0].equals("organ-class")) {
                organClasses.add(row[1]);
            }
        }
        for (String[] row : RuleFiles.rows("ordinals.tsv")) {
            ordinals.put(FoldedText.fold(row[0]), Integer.parseInt(row[1]));
        }
    }

    static HeaderRules get() {
        HeaderRules r = instance;
        if (r == null) {
            synchronized (HeaderRules.class) {
                if (instance == null) {
                    instance = new HeaderRules();
                }
                r = instance;
            }
        }
        return r;
    }

    /** ISO code of a language name as written (Arabic بال / ب read off), or null. */
    String language(String word) {
        String w = FoldedText.fold(word).replaceAll("[^\\p{L}]", "");
        for (String candidate : new String[] {w, w.startsWith("ب") ? w.substring(1) : w,
                w.startsWith("بال") ? "ال" + w.substring(3) : w}) {
            String code = languages.get(candidate);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** Value of an ordinal word (a leading Arabic و read off), or 0. */
    int ordinal(String word) {
        String w = FoldedText.fold(word);
        Integer v = ordinals.get(w);
        if (v == null && w.startsWith("و")) {
            v = ordinals.get(w.substring(1));
        }
        return v == null ? 0 : v;
    }
}
