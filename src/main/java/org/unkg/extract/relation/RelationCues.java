package org.unkg.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;

/** The relation cues of a language ({@code data/rules/{lang}/relations.tsv}), by kind, compiled once. */
final class RelationCues {
    private final Map<String, List<Pattern>> byKind = new LinkedHashMap<>();
    private final Map<String, PhraseScanner> scanners = new LinkedHashMap<>();
    private final Map<String, String> levels = new LinkedHashMap<>();
    private final List<Map.Entry<Pattern, String>> levelPatterns = new ArrayList<>();

    /** The cues of {@code language} in {@code rules}. */
    RelationCues(RuleFiles rules, String language, PhrasePattern compiler) {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (String[] r : rules.language(language, "relations.tsv")) {
            if (r.length < 2) {
                continue;
            }
            if (r[0].equals("level") && r.length >= 3) {
                levels.put(FoldedText.fold(r[1]), r[2]);
            } else if (r[0].equals("post-article") || r[0].equals("name-honorific") || r[0].startsWith("complement")) {
                continue;
            } else {
                byKind.computeIfAbsent(r[0], k -> new ArrayList<>()).add(compiler.compile(r[1]));
                phrases.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
            }
        }
        phrases.forEach((kind, list) -> scanners.put(kind, new PhraseScanner(list, compiler)));
        for (Map.Entry<String, String> l : levels.entrySet()) {
            levelPatterns.add(Map.entry(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(l.getKey()).replace(" ", "\\E\\s*\\Q")
                    + "\\s*-\\s*(\\d)", Pattern.CASE_INSENSITIVE), l.getValue()));
        }
    }

    /** The cues compiled for each compiler (one per extraction context): the seat, head and membership extractors share them. */
    private static final Map<PhrasePattern, Map<String, RelationCues>> COMPILED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The cues of every language of {@code rules}, by language, compiled once per {@code compiler}. */
    static Map<String, RelationCues> all(RuleFiles rules, PhrasePattern compiler) {
        return COMPILED.computeIfAbsent(compiler, c -> compile(rules, c));
    }

    private static Map<String, RelationCues> compile(RuleFiles rules, PhrasePattern compiler) {
        Map<String, RelationCues> out = new java.util.HashMap<>();
        for (String language : rules.languages()) {
            if (!rules.language(language, "relations.tsv").isEmpty()) {
                out.put(language, new RelationCues(rules, language, compiler));
            }
        }
        return out;
    }

    /** The patterns of one kind (membership, seat, head, post-end). */
    List<Pattern> patterns(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Every cue of one kind in a folded text: cue by cue in rule order, each cue's matches in text order. */
    List<PhraseScanner.Match> find(String kind, String text) {
        PhraseScanner scanner = scanners.get(kind);
        return scanner == null ? List.of() : scanner.find(text);
    }

    /** Grade prefixes as written (folded) and their English codes. */
    Map<String, String> levels() {
        return levels;
    }

    /** A grade ("D-2", "مد - 2") in the order of {@link #levels()}: the pattern of a prefix and a digit, and its code. */
    List<Map.Entry<Pattern, String>> levelPatterns() {
        return levelPatterns;
    }
}
