package org.unkg.extract.core;

import java.util.regex.Pattern;

/**
 * One trigger of an event type, read from {@code data/rules/{lang}/events.tsv}.
 *
 * @param type    event type of the gold schema
 * @param subject where the body or state it concerns is named: {@code after}, {@code before},
 *                {@code nearest} the trigger, or {@code state}
 * @param gap     how many words may stand between the trigger and that name
 * @param dated   {@code letter}: an intention stated without a date takes the letter's date;
 *                {@code stated}: only a date the clause states; {@code reply}: a date the clause states, or, for what a
 *                letter requests, welcomes or agrees to ("welcome the withdrawal of X"), the letter's date
 * @param phrase  the trigger as written in the rule file
 * @param pattern the trigger compiled for folded text
 */
public record EventRule(String type, String subject, int gap, String dated, String phrase, Pattern pattern) {
    /** Whether an intention stated without a date takes the letter's date. */
    public boolean takesLetterDate() {
        return "letter".equals(dated);
    }

    /**
     * Whether the event, stated without a date, takes the letter's date under a cue of {@code status} (a
     * {@code event-status.tsv} label, or null): any status but noted for an intention ({@code letter}); requested,
     * welcomed or agreed for an event only a reply makes current ({@code reply}: "welcome the withdrawal of X").
     */
    public boolean takesLetterDateUnder(String status) {
        if (status == null) {
            return false;
        }
        return switch (dated) {
            case "letter" -> !status.equals("noted") && !status.equals("none");
            case "reply" -> status.equals("requested") || status.equals("welcomed") || status.equals("agreed");
            default -> false;
        };
    }
}
