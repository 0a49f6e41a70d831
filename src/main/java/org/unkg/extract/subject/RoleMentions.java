package org.unkg.extract.subject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.EntityKind;
import org.unkg.model.Mention;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;

/**
 * The states a letter names as who acts rather than as what it is about ({@code subjects/roles.tsv}): the state
 * holding the presidency of the meeting it reports ("under the presidency of Nigeria"), the state of a minister or a
 * representative ("the Minister for Foreign Affairs of Nigeria", "وزير خارجية النمسا"). A mention is such a role
 * when a cue of the letter's language ends right before it, with only link words ("of the", Arabic ل) between.
 * Immutable.
 */
final class RoleMentions {
    private static final String FILE = "subjects/roles.tsv";
    /** The most characters between a cue and the name it governs. */
    private static final int GAP = 16;
    private final Map<String, PhraseMatcher<String>> cues = new HashMap<>();
    private final Map<String, Set<String>> links = new HashMap<>();

    /** The cues and link words of {@code rules} (none when the file is absent). */
    RoleMentions(RuleFiles rules) {
        Map<String, Map<String, String>> phrases = new HashMap<>();
        for (String[] row : rules.rowsIfPresent(FILE)) {
            if (row.length < 3) {
                throw new IllegalArgumentException(FILE + ": a row needs kind, language and phrase: " + String.join("\t", row));
            }
            String lang = row[1].strip();
            switch (row[0].strip()) {
                case "cue" -> phrases.computeIfAbsent(lang, k -> new LinkedHashMap<>()).put(row[2].strip(), "role");
                case "link" -> links.computeIfAbsent(lang, k -> new HashSet<>()).add(FoldedText.fold(row[2].strip()));
                default -> throw new IllegalArgumentException(FILE + ": unknown row kind '" + row[0].strip() + "'");
            }
        }
        phrases.forEach((lang, map) -> cues.put(lang, new PhraseMatcher<>(map)));
    }

    /** The spans of the state mentions of {@code mentions} that name a role in {@code letter}. */
    Set<Span> find(LetterAnalysis letter, List<Mention> mentions) {
        PhraseMatcher<String> matcher = cues.get(letter.language());
        Set<Span> roles = new HashSet<>();
        if (matcher == null) {
            return roles;
        }
        List<Mention> states = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.STATE && m.key() != null) {
                states.add(m);
            }
        }
        if (states.isEmpty()) {
            return roles;
        }
        String body = letter.body();
        Set<String> link = links.getOrDefault(letter.language(), Set.of());
        for (PhraseMatcher.Hit<String> cue : letter.find(matcher, 0, body.length())) {
            for (Mention m : states) {
                int start = m.span().start();
                if (start >= cue.end() && start - cue.end() <= GAP && onlyLinks(body.substring(cue.end(), start), link)) {
                    roles.add(m.span());
                }
            }
        }
        return roles;
    }

    /** Whether {@code gap} holds nothing but link words, spaces and apostrophes. */
    private static boolean onlyLinks(String gap, Set<String> link) {
        for (String w : FoldedText.fold(gap).split("[\\s'’]+")) {
            if (!w.isEmpty() && !link.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
