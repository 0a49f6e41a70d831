package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;

/**
 * Whether a date of a clause is stated as a period's end ("until mid-June 2008", "jusqu'à la mi-juin 2007",
 * "حتى منتصف حزيران/يونيه 2007") or start ("from 1 January 2008"): the {@code end} and {@code start} words of
 * {@code data/rules/{language}/periods.tsv}, at most {@value #WORDS} words before the date ("until the end of"). An
 * extension's date is the end it states: a date between the trigger and that end that is neither (the date inside a
 * body's name, "the Commission into the terrorist bombing of 14 February 2005 ... until mid-June 2008") is not the
 * extension's. Immutable.
 */
final class PeriodCues {
    private static final int WORDS = 3;
    private static final int WINDOW = 60;

    private final Pattern end;
    private final Pattern start;

    /** The cues of {@code language} ({@code language/periods.tsv}; none when it has no such file). */
    PeriodCues(RuleFiles rules, String language) {
        List<String> ends = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        String name = language + "/periods.tsv";
        if (!language.isEmpty() && rules.has(name)) {
            for (String[] row : rules.rows(name)) {
                if (row.length >= 2 && row[0].equals("end")) {
                    ends.add(FoldedText.fold(row[1].strip()));
                } else if (row.length >= 2 && row[0].equals("start")) {
                    starts.add(FoldedText.fold(row[1].strip()));
                }
            }
        }
        this.end = before(ends);
        this.start = before(starts);
    }

    private static Pattern before(List<String> cues) {
        if (cues.isEmpty()) {
            return null;
        }
        String alt = cues.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|"));
        // the cue, then up to WORDS words ("the end of", "la mi-"), then the date
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?:[\\s\\p{P}]+[\\p{L}\\p{N}]+){0," + WORDS + "}[\\s\\p{P}]*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether the date starting at {@code at} of {@code text} is a period's end. */
    boolean endAt(String text, int at) {
        return cued(end, text, at);
    }

    /** Whether the date starting at {@code at} of {@code text} is a period's start. */
    boolean startAt(String text, int at) {
        return cued(start, text, at);
    }

    private static boolean cued(Pattern p, String text, int at) {
        if (p == null) {
            return false;
        }
        String before = FoldedText.fold(text.substring(Math.max(0, at - WINDOW), at));
        return p.matcher(before).find();
    }
}
