package org.unkg.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.unkg.catalog.FoldedText;
import org.unkg.extract.event.PhrasePattern;
import org.unkg.extract.rules.RuleFiles;

/** The relation cues of a language from {@code data/rules/events/relations.tsv}, by kind. */
public final class RelationCues {
    private static final Map<String, RelationCues> CACHE = new ConcurrentHashMap<>();
    private final Map<String, List<Pattern>> byKind = new LinkedHashMap<>();
    private final Map<String, String> levels = new LinkedHashMap<>();

    private RelationCues(String language) {
        for (String[] r : RuleFiles.rows("events/relations.tsv")) {
            if (r.length < 3 || !r[1].equals(language)) {
                continue;
            }
            if (r[0].equals("level") && r.length >= 4) {
                levels.put(FoldedText.fold(r[2]), r[3]);
            } else {
                byKind.computeIfAbsent(r[0], k -> new ArrayList<>()).add(PhrasePattern.compile(r[2]));
            }
        }
    }

    /** The cues of {@code language}. */
    public static RelationCues of(String language) {
        return CACHE.computeIfAbsent(language, RelationCues::new);
    }

    /** The patterns of one kind (membership, seat, head, post-end). */
    public List<Pattern> patterns(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Grade prefixes as written (folded) and their English codes. */
    public Map<String, String> levels() {
        return levels;
    }
}
