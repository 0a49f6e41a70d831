package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.List;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.Located;

/**
 * The event triggers of a language ({@code data/rules/{lang}/events.tsv}), compiled once, and the places they
 * match in a letter.
 */
public final class EventRules {
    /**
     * The type of a row that names words which are no trigger ("الهجوم الإرهابي الذي وقع في": the attack that
     * occurred, where وقع is also "was signed"): a trigger of any type they overlap is dropped.
     */
    public static final String NOT_A_TRIGGER = "none";
    private final List<EventRule> rules;
    private final PhraseScanner scanner;

    /** A trigger matched in a letter's folded text. */
    public record Trigger(EventRule rule, int start, int end) implements Located {}

    private EventRules(List<EventRule> rules, PhraseScanner scanner) {
        this.rules = List.copyOf(rules);
        this.scanner = scanner;
    }

    /** The rules of the rows of an events file (type, subject, gap, dated, phrase), compiled by {@code compiler}. */
    public static EventRules of(List<String[]> rows, PhrasePattern compiler) {
        List<String[]> valid = rows.stream().filter(r -> r.length >= 5).toList();
        PhraseScanner scanner = new PhraseScanner(valid.stream().map(r -> r[4]).toList(), compiler);
        List<EventRule> rules = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            String[] r = valid.get(i);
            rules.add(new EventRule(r[0], r[1], Integer.parseInt(r[2]), r[3], r[4], scanner.pattern(i)));
        }
        return new EventRules(rules, scanner);
    }

    public List<EventRule> rules() {
        return rules;
    }

    /**
     * Every trigger in {@code text}; where triggers of one type overlap the longest is kept, and none is kept where
     * a {@link #NOT_A_TRIGGER} row's words stand.
     */
    public List<Trigger> find(String text) {
        List<Trigger> all = new ArrayList<>();
        for (PhraseScanner.Match m : scanner.find(text)) {
            all.add(new Trigger(rules.get(m.phrase()), m.start(), m.end()));
        }
        List<Trigger> blockers = all.stream().filter(t -> t.rule().type().equals(NOT_A_TRIGGER)).toList();
        all.removeIf(t -> t.rule().type().equals(NOT_A_TRIGGER)
                || blockers.stream().anyMatch(b -> b.start() < t.end() && t.start() < b.end()));
        all.sort((a, b) -> (b.end() - b.start()) - (a.end() - a.start()));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : all) {
            boolean covered = kept.stream().anyMatch(k -> k.rule().type().equals(t.rule().type())
                    && k.start() < t.end() && t.start() < k.end());
            if (!covered) {
                kept.add(t);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }
}
