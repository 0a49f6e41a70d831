package org.unkg.extract.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.text.LanguageProfile;

/**
 * Bodies named as a word of a role's name ("Secretary of State for Foreign and Commonwealth Affairs": the Commonwealth
 * is no party to the letter): an organization's name inside a role phrase ({@code LANG/roles.tsv}) that a word of the
 * role's own follows, not a function word ({@code LANG/stopwords.txt}). A body the role is of ("President of the
 * Security Council", "Special Representative of the Secretary-General for West Africa") is still named. A language
 * without a list of function words ({@code stopwords.txt}) is not read so.
 */
final class InsideRoleNames {
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");
    private final PhraseMatcher<String> roles;
    private final Map<String, Set<String>> functionWords = new HashMap<>();

    InsideRoleNames(ExtractionContext context) {
        roles = context.roleWords().roles();
        for (LanguageProfile p : context.profiles()) {
            functionWords.put(p.code(), p.stopWords());
        }
    }

    /** The role phrases of a letter, in body offsets. */
    List<PhraseMatcher.Hit<String>> roles(LetterAnalysis analysis) {
        return analysis.find(roles, 0, analysis.body().length());
    }

    /** Whether {@code name} is a word of one of the letter's role phrases {@code found}. */
    boolean inside(NameMatch name, List<PhraseMatcher.Hit<String>> found, LetterAnalysis analysis) {
        Set<String> function = functionWords.getOrDefault(analysis.language(), Set.of());
        if (function.isEmpty()) {
            return false;
        }
        String body = analysis.body();
        for (PhraseMatcher.Hit<String> role : found) {
            if (role.start() <= name.span().start() && name.span().end() < role.end()) {
                java.util.regex.Matcher next = WORD.matcher(body);
                if (next.find(name.span().end()) && next.start() < role.end()) {
                    String word = next.group().toLowerCase(java.util.Locale.ROOT);
                    return !function.contains(word);
                }
            }
        }
        return false;
    }
}
