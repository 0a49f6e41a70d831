package org.unkg.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.unkg.text.FoldedText;
import org.unkg.text.LanguageProfile;
import org.unkg.text.WordStructure;

/**
 * Reads the language profiles of a rules directory: for each language folder, {@code profile.tsv} (script, rank),
 * {@code stopwords.txt}, the {@code layout} words of {@code header.tsv}, {@code clitics.tsv}, {@code months.tsv} and
 * {@code ordinals.tsv}.
 */
public final class LanguageProfiles {
    private LanguageProfiles() {}

    /** The profile of every language of {@code rules}, by code. */
    public static List<LanguageProfile> load(RuleFiles rules) {
        List<LanguageProfile> out = new ArrayList<>();
        for (String code : rules.languages()) {
            Map<String, String> profile = new LinkedHashMap<>();
            for (String[] row : rules.language(code, "profile.tsv")) {
                profile.put(row[0], row.length > 1 ? row[1] : "");
            }
            String script = profile.get("script");
            if (script == null || !profile.containsKey("rank")) {
                throw new IllegalArgumentException("rules " + code + "/profile.tsv: needs script and rank");
            }
            Set<String> stopWords = rules.language(code, "stopwords.txt").stream()
                    .map(r -> r[0].toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            List<String> layout = rules.language(code, "header.tsv").stream()
                    .filter(r -> r[0].equals("layout") && r.length > 1).map(r -> r[1]).toList();
            Map<String, Integer> months = new LinkedHashMap<>();
            for (String[] row : rules.language(code, "months.tsv")) {
                if (row.length >= 2) {
                    months.put(row[0], Integer.parseInt(row[1]));
                }
            }
            Map<String, Integer> ordinals = new LinkedHashMap<>();
            for (String[] row : rules.language(code, "ordinals.tsv")) {
                if (row.length >= 2) {
                    ordinals.put(row[0], Integer.parseInt(row[1]));
                }
            }
            out.add(new LanguageProfile(code, script, Integer.parseInt(profile.get("rank")),
                    "yes".equals(profile.get("capitals")), stopWords, layout,
                    words(rules.language(code, "clitics.tsv")), months, ordinals));
        }
        return out;
    }

    /** The word structure of the rows of a {@code clitics.tsv}. */
    static WordStructure words(List<String[]> rows) {
        if (rows.isEmpty()) {
            return WordStructure.NONE;
        }
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (String kind : List.of("conjunction", "preposition", "future", "article", "lam-article", "suffix", "name-initial", "pronoun",
                "clause-conjunction")) {
            kinds.put(kind, new ArrayList<>());
        }
        for (String[] row : rows) {
            List<String> forms = kinds.get(row[0]);
            if (forms == null || row.length < 2) {
                throw new IllegalArgumentException("clitics.tsv: unknown kind or no form: " + String.join("\t", row));
            }
            forms.add(FoldedText.fold(row[1]));
        }
        return new WordStructure(kinds.get("conjunction"), kinds.get("preposition"), kinds.get("future"),
                first(kinds.get("article")), first(kinds.get("lam-article")), kinds.get("suffix"), kinds.get("name-initial"),
                kinds.get("pronoun"), kinds.get("clause-conjunction"));
    }

    private static String first(List<String> forms) {
        return forms.isEmpty() ? null : forms.get(0);
    }
}
