package org.unkg.extract.date;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.extract.rules.PatternStarts;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.DateValue;
import org.unkg.model.Precision;
import org.unkg.text.FoldedText;
import org.unkg.text.WholeWords;
import org.unkg.text.WhiteSpace;

/**
 * Finds periods of time a text states: a period cue ("period of", "لفترة"), a duration ("one year", "عام واحد",
 * "12 months") and a start ("from 1 June 2000", "تبدأ في ...") or end date ("until 1 June 2006", "حتى ...").
 * When only one end and the duration are stated, the other end is computed (a period of one year from 1 June 2000
 * ends on 31 May 2001; a period of one year until 1 June 2006 starts on 1 June 2005). Cue words are rule data
 * ({@code periods.tsv}).
 */
public final class PeriodFinder {
    private static final int WINDOW = 160;

    private final DateFinder dates;
    private final List<String> startCues = new ArrayList<>();
    private final List<String> endCues = new ArrayList<>();
    private final List<String[]> durations = new ArrayList<>();
    private final PatternStarts periodCue;
    private final Pattern numericDuration;
    private final java.util.Map<String, String> units = new java.util.HashMap<>();

    /** A finder over the rows of a periods file (see {@code data/rules/{lang}/periods.tsv}). */
    public PeriodFinder(DateFinder dates, List<String[]> rows) {
        this.dates = dates;
        List<String> cues = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length < 2) {
                continue;
            }
            String phrase = FoldedText.fold(row[1]);
            switch (row[0]) {
                case "period" -> cues.add(phrase);
                case "start" -> startCues.add(phrase);
                case "end" -> endCues.add(phrase);
                case "duration" -> durations.add(new String[] {phrase, row[2]});
                case "unit" -> units.put(phrase, row[2]);
                default -> { }
            }
        }
        durations.sort(Comparator.comparingInt((String[] d) -> d[0].length()).reversed());
        periodCue = new PatternStarts(Pattern.compile("(?<!\\p{L})(?:" + alternation(cues) + ")(?!\\p{L})"), cues, true);
        numericDuration = Pattern.compile("(?<!\\p{N})(\\d{1,3})\\s*(" + alternation(new ArrayList<>(units.keySet())) + ")(?!\\p{L})");
    }

    /** A finder over {@code periods.tsv} of a rules directory. */
    public static PeriodFinder load(RuleFiles rules, DateFinder dates) {
        return new PeriodFinder(dates, rules.everyLanguage("periods.tsv"));
    }

    private static String alternation(List<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    /** Every period {@code text} states with at least one date, in text order. */
    public List<StatedPeriod> find(String text) {
        return find(text, FoldedText.of(text), dates.find(text));
    }

    /**
     * As {@link #find(String)}, given {@code text} already folded and the dates it states (offsets into {@code text}),
     * as a letter's analysis holds them.
     */
    public List<StatedPeriod> find(String text, FoldedText folded, List<DateMention> all) {
        String f = folded.text();
        List<StatedPeriod> out = new ArrayList<>();
        Matcher cue = periodCue.matcher(f);
        int consumedUntil = -1;
        int at = 0;
        while (periodCue.find(cue, f, at)) {
            at = Math.max(cue.end(), cue.start() + 1);
            int cueStart = folded.sourceOffset(cue.start());
            if (cueStart < consumedUntil) {
                continue;
            }
            int windowEnd = Math.min(text.length(), folded.sourceEnd(Math.min(f.length(), cue.end() + WINDOW)));
            int sentenceEnd = sentenceEnd(text, folded.sourceEnd(cue.end()), windowEnd);
            Period duration = duration(f.substring(cue.end(), Math.min(f.length(), cue.end() + 60)));
            DateValue from = null;
            DateValue to = null;
            int last = folded.sourceEnd(cue.end());
            for (DateMention d : all) {
                if (d.start() < cueStart || d.start() >= sentenceEnd || d.value().precision() == Precision.YEAR) {
                    continue;
                }
                String lead = FoldedText.fold(text.substring(Math.max(cueStart, d.start() - 30), d.start())).strip();
                if (from == null && endsWithCue(lead, startCues) && !endsWithCue(lead, endCues)) {
                    from = d.value();
                    last = d.end();
                } else if (to == null && endsWithCue(lead, endCues)) {
                    to = d.value();
                    last = d.end();
                }
            }
            if (from == null && to == null) {
                continue;
            }
            if (duration != null && from != null && to == null && from.precision() == Precision.DAY) {
                to = DateValue.ofDay(LocalDate.parse(from.iso()).plus(duration).minusDays(1));
            } else if (duration != null && to != null && from == null && to.precision() == Precision.DAY) {
                from = DateValue.ofDay(LocalDate.parse(to.iso()).minus(duration));
            }
            out.add(new StatedPeriod(from, to, duration, cueStart, last));
            consumedUntil = last;
        }
        return out;
    }

    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ';' || c == '؛') && (i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1)))) {
                return i;
            }
        }
        return limit;
    }

    private static boolean endsWithCue(String lead, List<String> cues) {
        String l = WhiteSpace.collapse(lead, c -> c == ',' || c == '،' || WhiteSpace.space((char) c)).strip();
        for (String c : cues) {
            if (l.endsWith(c) && (l.length() == c.length() || !Character.isLetter(l.charAt(l.length() - c.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds a digit {@code \\d} matches (0-9), as a numeric duration must. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The first length of time {@code text} states ("a further 12 months", "لفترة 12 شهرا"), or null. */
    public Period durationIn(String text) {
        return duration(FoldedText.fold(text));
    }

    private Period duration(String after) {
        String a = WhiteSpace.collapse(after);
        int best = Integer.MAX_VALUE;
        Period found = null;
        for (String[] d : durations) {
            int at = WholeWords.find(a, d[0], 0);
            if (at >= 0 && at < best) {
                best = at;
                found = Period.parse(d[1]);
            }
        }
        Matcher n = hasDigit(a) ? numericDuration.matcher(a) : null;
        if (n != null && n.find() && n.start() < best) {
            int count = Integer.parseInt(n.group(1));
            found = switch (units.get(n.group(2).replaceAll("\\s+", " "))) {
                case "Y" -> Period.ofYears(count);
                case "M" -> Period.ofMonths(count);
                case "W" -> Period.ofWeeks(count);
                default -> Period.ofDays(count);
            };
        }
        return found;
    }
}
