package org.unkg.extract.core;

import java.util.List;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.extract.rules.RuleFiles;

/**
 * What the core reads in letters of one language, compiled once: the event triggers ({@code events/{lang}.tsv}),
 * the words that refer back to a body ({@code LANG/anaphora.tsv}: "the Office", "المركز") with the head word
 * each stands for, and the phrases after which a body is a partner rather than what later words refer back to
 * ({@code LANG/not-antecedents.tsv}). A language without rule files has none of them.
 *
 * @param language       ISO 639-1 code
 * @param events         the event triggers
 * @param anaphora       the words referring back, in rule order
 * @param anaphoraHeads  the normal form ({@link BodyWords#normal}) of the head word each stands for
 * @param anaphoraCapital for each, whether it refers back only when written with a capital (a third column
 *                       {@code capital}: Russian "Организация" alone is the organization named before, "организации" a
 *                       common noun)
 * @param notAntecedents partner phrases, folded as the letter's text is ("en coopération avec" → "en cooperation avec")
 */
public record LanguageRules(String language, EventRules events, PhraseScanner anaphora, List<String> anaphoraHeads,
                            List<Boolean> anaphoraCapital, List<String> notAntecedents) {
    public LanguageRules {
        anaphoraHeads = List.copyOf(anaphoraHeads);
        anaphoraCapital = List.copyOf(anaphoraCapital);
        notAntecedents = List.copyOf(notAntecedents);
    }

    /** The rules of {@code language} in {@code rules}. */
    public static LanguageRules load(String language, RuleFiles rules, PhrasePattern compiler, BodyWords words) {
        EventRules events = EventRules.of(rules.language(language, "events.tsv"), compiler);
        List<String[]> rows = rules.language(language, "anaphora.tsv").stream().filter(r -> r.length >= 2).toList();
        PhraseScanner anaphora = new PhraseScanner(rows.stream().map(r -> r[0]).toList(), compiler);
        List<String> heads = rows.stream().map(r -> words.normal(r[1])).toList();
        List<Boolean> capital = rows.stream().map(r -> r.length >= 3 && r[2].strip().equals("capital")).toList();
        List<String> partners = rules.language(language, "not-antecedents.tsv").stream()
                .map(r -> org.unkg.text.FoldedText.fold(r[0])).toList();
        return new LanguageRules(language, events, anaphora, heads, capital, partners);
    }
}
