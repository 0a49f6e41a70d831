package org.unkg.extract.core;

import java.util.List;
import java.util.regex.Pattern;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.RuleFiles;

/**
 * What the core reads in letters of one language, compiled once: the event triggers ({@code events/{lang}.tsv}),
 * the words that refer back to a body ({@code events/anaphora.tsv}: "the Office", "المركز") with the head word
 * each stands for, and the phrases after which a body is a partner rather than what later words refer back to
 * ({@code events/not-antecedents.tsv}). A language without rule files has none of them.
 *
 * @param language       ISO 639-1 code
 * @param events         the event triggers
 * @param anaphora       the words referring back, in rule order
 * @param notAntecedents partner phrases, lower-cased
 */
public record LanguageRules(String language, EventRules events, List<Anaphor> anaphora, List<String> notAntecedents) {
    /**
     * Words referring back to the last body named whose name holds {@code head}.
     *
     * @param pattern the phrase compiled for folded text
     * @param head    the normal form ({@link BodyWords#normal}) of the head word
     */
    public record Anaphor(Pattern pattern, String head) {}

    public LanguageRules {
        anaphora = List.copyOf(anaphora);
        notAntecedents = List.copyOf(notAntecedents);
    }

    /** The rules of {@code language} in {@code rules}. */
    public static LanguageRules load(String language, RuleFiles rules) {
        EventRules events = EventRules.of(rules.rowsIfPresent("events/" + language + ".tsv"));
        List<Anaphor> anaphora = rules.rows("events/anaphora.tsv").stream()
                .filter(r -> r.length >= 3 && r[0].equals(language))
                .map(r -> new Anaphor(PhrasePattern.compile(r[1]), BodyWords.normal(r[2]))).toList();
        List<String> partners = rules.rows("events/not-antecedents.tsv").stream()
                .filter(r -> r.length >= 2 && r[0].equals(language)).map(r -> r[1].toLowerCase()).toList();
        return new LanguageRules(language, events, anaphora, partners);
    }
}
