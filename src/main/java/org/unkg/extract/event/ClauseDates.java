package org.unkg.extract.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.date.MonthNames;
import org.unkg.extract.rules.Alternation;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.DateValue;
import org.unkg.model.Precision;
import org.unkg.text.FoldedText;

/**
 * The dates of a sentence an event may take, and the choice among them: the date nearest the trigger (after it
 * first), at the trigger's parenthesis depth first, a document's date ("resolution 59/50 dated 2 December
 * 2004") only when the sentence states no other. A day and month followed by "of the same year" take the
 * year of the date before them. A range ("from 10 to 12 May 2010", "on 3 and 4 June", "from 21 May to 28 July
 * 2010") is read as its first day: an event stated over a range takes effect when it begins. The words that
 * join a range are rule data ({@code range-joiners.tsv}).
 */
public final class ClauseDates {
    private final Pattern dayMonth;
    private final MonthNames months;
    private final Pattern rangeDay;
    private final Pattern rangeDayMonth;

    /** The clause dates over {@code months} and the range joiners of {@code rules}. */
    public ClauseDates(RuleFiles rules, MonthNames months) {
        this.months = months;
        String alt = months.alternation();
        List<String[]> joinerRows = new java.util.ArrayList<>(rules.common("range-joiners.tsv"));
        joinerRows.addAll(rules.everyLanguage("range-joiners.tsv"));
        String joiners = joinerRows.stream()
                .map(r -> FoldedText.fold(r[0]))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String join = "\\s*(?:" + joiners + ")\\s*$";
        // a day's ordinal ending ("1st", "1er": day-suffix of every language's date-words.tsv)
        String suffix = "(?:" + Alternation.ofKind(rules.everyLanguage("date-words.tsv"), "day-suffix", " ") + ")?";
        rangeDay = Pattern.compile("(?<![\\p{N}/.])(\\d{1,2})" + suffix + join);
        rangeDayMonth = Pattern.compile("(?<![\\p{N}/.])(\\d{1,2})" + suffix + "\\s+(" + alt
                + ")(?:\\s*/\\s*(?:" + alt + "))?" + join);
        dayMonth = Pattern.compile("(?<![\\p{N}/.])(\\d{1,2})\\s+(" + alt + ")(?:\\s*/\\s*(?:" + alt + "))?(?!\\p{L})");
    }

    /** The dates of {@code [start, end)} of the view, same-year dates included, in text order. */
    public List<DateMention> in(LetterAnalysis view, Cues cues, int start, int end) {
        List<DateMention> dates = new ArrayList<>(view.datesIn(start, end));
        Matcher m = dayMonth.matcher(view.text());
        m.region(start, end);
        while (m.find()) {
            int cueEnd = cues.sameYearAt(view.text(), m.end());
            if (cueEnd < 0) {
                continue;
            }
            DateMention before = dates.stream().filter(d -> d.end() <= m.start())
                    .max(Comparator.comparingInt(DateMention::end)).orElse(null);
            if (before == null) {
                continue;
            }
            int year = Integer.parseInt(before.value().iso().substring(0, 4));
            int month = months.number(m.group(2));
            try {
                DateValue v = DateValue.ofDay(LocalDate.of(year, month, Integer.parseInt(m.group(1))));
                dates.add(new DateMention(m.start(), cueEnd, v));
            } catch (DateTimeException | NumberFormatException e) {
                // not a date after all
            }
        }
        dates.replaceAll(d -> rangeStart(view.text(), start, d));
        dates.sort(Comparator.comparingInt(DateMention::start));
        return dates;
    }

    /** The first day of the range {@code d} ends, spanning the whole range; {@code d} itself when it ends none. */
    DateMention rangeStart(String text, int floor, DateMention d) {
        if (d.value().precision() != Precision.DAY) {
            return d;
        }
        int from = Math.max(floor, d.start() - 48);
        String before = text.substring(from, d.start());
        LocalDate end = LocalDate.parse(d.value().iso());
        Matcher m = rangeDayMonth.matcher(before);
        try {
            if (m.find()) {
                int month = months.number(m.group(2));
                LocalDate first = LocalDate.of(end.getYear(), month, Integer.parseInt(m.group(1)));
                return first.isAfter(end) ? d : new DateMention(from + m.start(), d.end(), DateValue.ofDay(first));
            }
            m = rangeDay.matcher(before);
            if (m.find()) {
                LocalDate first = end.withDayOfMonth(Integer.parseInt(m.group(1)));
                return first.isAfter(end) ? d : new DateMention(from + m.start(), d.end(), DateValue.ofDay(first));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // not a range after all
        }
        return d;
    }

    /**
     * The date of an event triggered at {@code [tStart, tEnd)} among {@code dates}, or null.
     *
     * @param afterOnly take only dates after the trigger (an intention's date states when it takes effect)
     */
    public static DateMention choose(LetterAnalysis view, Cues cues, List<DateMention> dates, int tStart, int tEnd, boolean afterOnly) {
        return choose(view, cues, dates, tStart, tEnd, afterOnly, List.of());
    }

    /**
     * As {@link #choose(LetterAnalysis, Cues, List, int, int, boolean)}, where a date with the trigger of another
     * kind of event between it and this trigger, outside parentheses, is that event's ("the establishment of the Office in Dakar and
     * the extension of its mandate until 31 December 2010": the date is the extension's), and an intention
     * ({@code afterOnly}) never takes a document's date ("the letter ... dated 30 October 2009").
     *
     * @param others the spans {@code [start, end)} of the sentence's triggers of other event types
     */
    public static DateMention choose(LetterAnalysis view, Cues cues, List<DateMention> dates, int tStart, int tEnd,
            boolean afterOnly, List<int[]> others) {
        int depth = view.depth(tStart);
        DateMention best = null;
        long bestScore = Long.MAX_VALUE;
        for (DateMention d : dates) {
            boolean after = d.start() >= tEnd;
            if (afterOnly && !after) {
                continue;
            }
            if (d.start() < tEnd && d.end() > tStart) {
                continue;
            }
            if (others.stream().anyMatch(o -> view.depth(o[0]) == depth
                    && (after ? o[0] >= tEnd && o[1] <= d.start() : o[0] >= d.end() && o[1] <= tStart))) {
                continue;
            }
            if (afterOnly && cues.documentDateBefore(view.text(), d.start())) {
                continue;
            }
            long distance = after ? d.start() - tEnd : tStart - d.end();
            long score = distance;
            if (!after) {
                score += 100_000;
            }
            if (view.depth(d.start()) != depth) {
                score += 1_000_000;
            }
            if (cues.documentDateBefore(view.text(), d.start())) {
                score += 10_000_000;
            }
            if (score < bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    /** Whether {@code a} is {@code b} stated less precisely (2004 of 2004-12-02). */
    public static boolean coarser(DateValue a, DateValue b) {
        return a.precision().ordinal() < b.precision().ordinal() && b.iso().startsWith(a.iso());
    }

}
