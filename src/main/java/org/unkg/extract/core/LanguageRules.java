package org.unkg.extract.core;

import java.util.List;
import org.unkg.extract.rules.PhraseScanner;
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
 * @param anaphoraHeads  the normal form ({@link BodyWords#normal}) of the head word each stands for
 * @param notAntecedents partner phrases, folded as the letter's text is ("en coopération avec" → "en cooperation avec")
 */
public record LanguageRules(String language, EventRules events, PhraseScanner anaphora, List<String> anaphoraHeads,
                            List<String> notAntecedents) {
    public LanguageRules {
        anaphoraHeads = List.copyOf(anaphoraHeads);
        notAntecedents = List.copyOf(notAntecedents);
    }

    /** The rules of {@code language} in {@code rules}. */
    public static LanguageRules load(String language, RuleFiles rules) {
        EventRules events = EventRules.of(rules.rowsIfPresent("events/" + language + ".tsv"));
        List<String[]> rows = rules.rows("events/anaphora.tsv").stream()
                .filter(r -> r.length >= 3 && r[0].equals(language)).toList();
        PhraseScanner anaphora = new PhraseScanner(rows.stream().map(r -> r[1]).toList());
        List<String> heads = rows.stream().map(r -> BodyWords.normal(r[2])).toList();
        List<String> partners = rules.rows("events/not-antecedents.tsv").stream()
                .filter(r -> r.length >= 2 && r[0].equals(language)).map(r -> org.unkg.text.FoldedText.fold(r[1])).toList();
        return new LanguageRules(language, events, anaphora, heads, partners);
    }
}
