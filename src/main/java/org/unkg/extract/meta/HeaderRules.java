package org.unkg.extract.meta;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.unkg.extract.date.DateFinder;
import org.unkg.extract.rules.Openings;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;

/**
 * The header cue words ({@code header.tsv}), the role and direction words of title lines ({@code roles.tsv}),
 * language names ({@code languages.tsv}) and ordinals ({@code ordinals.tsv}).
 */
final class HeaderRules {
    final PhraseMatcher<String> dated;
    final PhraseMatcher<String> distr;
    final PhraseMatcher<String> original;
    final PhraseMatcher<String> session;
    final PhraseMatcher<String> title;
    final Openings openings;
    final PhraseMatcher<String> documents;
    final PhraseMatcher<String> ofDate;
    final PhraseMatcher<String> distrWords;
    final PhraseMatcher<String> unHeader;
    final PhraseMatcher<String> roles;
    final PhraseMatcher<String> from;
    final PhraseMatcher<String> to;
    final PhraseMatcher<String> missionSuffix;
    final Set<String> notTitle = new HashSet<>();
    final DateFinder dates;
    final Map<String, String> languages = new HashMap<>();
    final Map<String, Integer> ordinals = new HashMap<>();
    final Set<String> organClasses = new HashSet<>();

    HeaderRules(RuleFiles rules, DateFinder dates) {
        this.dates = dates;
        dated = PhraseMatcher.ofKind(rules, "header.tsv", "dated");
        distr = PhraseMatcher.ofKind(rules, "header.tsv", "distr");
        original = PhraseMatcher.ofKind(rules, "header.tsv", "original");
        session = PhraseMatcher.ofKind(rules, "header.tsv", "session");
        title = PhraseMatcher.ofKind(rules, "header.tsv", "title");
        openings = Openings.of(rules);
        documents = PhraseMatcher.ofKind(rules, "header.tsv", "document");
        ofDate = PhraseMatcher.ofKind(rules, "header.tsv", "of-date");
        distrWords = PhraseMatcher.ofKind(rules, "header.tsv", "distr-word");
        unHeader = PhraseMatcher.ofKind(rules, "header.tsv", "un-header");
        roles = PhraseMatcher.ofKind(rules, "roles.tsv", "role");
        from = PhraseMatcher.ofKind(rules, "roles.tsv", "from");
        to = PhraseMatcher.ofKind(rules, "roles.tsv", "to");
        missionSuffix = PhraseMatcher.ofKind(rules, "roles.tsv", "mission-suffix");
        for (String[] row : rules.rows("languages.tsv")) {
            languages.put(FoldedText.fold(row[0]), row[1]);
        }
        for (String[] row : rules.rows("header.tsv")) {
            if (row[0].equals("organ-class")) {
                organClasses.add(row[1]);
            } else if (row[0].equals("not-title")) {
                notTitle.add(FoldedText.fold(row[1]));
            }
        }
        for (String[] row : rules.rows("ordinals.tsv")) {
            ordinals.put(FoldedText.fold(row[0]), Integer.parseInt(row[1]));
        }
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
