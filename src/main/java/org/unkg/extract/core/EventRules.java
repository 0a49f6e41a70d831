package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.model.Located;

/**
 * The event triggers of a language ({@code data/rules/events/{lang}.tsv}), compiled once, and the places they
 * match in a letter.
 */
public final class EventRules {
    private final List<EventRule> rules;

    /** A trigger matched in a letter's folded text. */
    public record Trigger(EventRule rule, int start, int end) implements Located {}

    public EventRules(List<EventRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the rows of an events file (type, subject, gap, dated, phrase). */
    public static EventRules of(List<String[]> rows) {
        List<EventRule> rules = new ArrayList<>();
        for (String[] r : rows) {
            if (r.length >= 5) {
                rules.add(new EventRule(r[0], r[1], Integer.parseInt(r[2]), r[3], r[4], PhrasePattern.compile(r[4])));
            }
        }
        return new EventRules(rules);
    }

    public List<EventRule> rules() {
        return rules;
    }

    /**
     * Every trigger in {@code text}; where triggers of one type overlap the longest is kept.
     */
    public List<Trigger> find(String text) {
        List<Trigger> all = new ArrayList<>();
        for (EventRule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                all.add(new Trigger(rule, m.start(), m.end()));
            }
        }
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
