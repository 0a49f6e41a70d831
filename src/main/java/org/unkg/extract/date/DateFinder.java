package org.unkg.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.DateValue;
import org.unkg.model.Precision;
import org.unkg.text.FoldedText;

/**
 * Finds the dates a text states, at the precision stated: days ({@code 26 أيار/مايو 2000}, {@code 10 May 2005},
 * {@code May 10, 2005}, {@code 1er juin 2000}), months ({@code February 2005}, {@code شباط/فبراير ٢٠٠٥}) and
 * years after a cue word ({@code in 2000}, {@code في عام ٢٠٠٠}). Arabic month pairs ({@code أيار/مايو}),
 * Arabic-Indic digits, tatweel and the reversed chunk order of PDF text ({@code ٢٠٠٥مايو / أيار ١٠}) are read.
 * Month names and year cues are rule data ({@code months.tsv}, {@code year-cues.txt}).
 *
 * <p>Offsets of the mentions returned are offsets into the string searched.
 */
public final class DateFinder {
    private final MonthNames months;
    private final Pattern dayFirst;
    private final Pattern monthFirst;
    private final Pattern reversedDay;
    private final Pattern monthYear;
    private final Pattern reversedMonth;
    private final Pattern cuedYear;

    /** A finder over the given month names and year cues. */
    public DateFinder(MonthNames months, List<String> yearCues) {
        this.months = months;
        String alt = months.alternation();
        String m = "(?<!\\p{L})(?<m1>" + alt + ")(?!\\p{L})(?:\\s*/\\s*(?<m2>" + alt + ")(?!\\p{L}))?";
        String before = "(?<![\\p{N}/.])";
        String after = "(?![\\p{N}/])";
        dayFirst = Pattern.compile(before + "(?<d>\\d{1,2})(?:er|st|nd|rd|th)?\\s*(?:de\\s+|of\\s+)?" + m
                + "\\s*,?\\s*(?:de\\s+)?(?<y>\\d{4})" + after);
        monthFirst = Pattern.compile(before + m + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s*,\\s*(?<y>\\d{4})" + after);
        reversedDay = Pattern.compile(before + "(?<y>\\d{4})\\s*" + m + "\\s*(?<d>\\d{1,2})" + after);
        monthYear = Pattern.compile(before + m + "\\s*,?\\s*(?:de\\s+|of\\s+)?(?<y>\\d{4})" + after);
        reversedMonth = Pattern.compile(before + "(?<y>\\d{4})\\s*" + m + after);
        String cues = yearCues.stream()
                .map(FoldedText::fold)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        cuedYear = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + cues + ")\\s+(?<y>(?:19|20)\\d{2})" + after);
    }

    /** The finder over {@code months.tsv} and {@code year-cues.txt} of a rules directory. */
    public static DateFinder load(RuleFiles rules) {
        MonthNames names = MonthNames.load(rules.rows("months.tsv"));
        List<String> cues = rules.rows("year-cues.txt").stream().map(r -> r[0]).toList();
        return new DateFinder(names, cues);
    }

    /** The month names this finder reads. */
    public MonthNames months() {
        return months;
    }

    /** Every date {@code text} states, in text order; where forms overlap the longest wins. */
    public List<DateMention> find(String text) {
        FoldedText folded = FoldedText.of(text);
        String f = folded.text();
        List<DateMention> found = new ArrayList<>();
        collect(dayFirst, f, folded, Precision.DAY, found);
        collect(monthFirst, f, folded, Precision.DAY, found);
        collect(reversedDay, f, folded, Precision.DAY, found);
        collect(monthYear, f, folded, Precision.MONTH, found);
        collect(reversedMonth, f, folded, Precision.MONTH, found);
        collect(cuedYear, f, folded, Precision.YEAR, found);
        // longest first, then earliest; drop what overlaps something kept
        found.sort(Comparator.comparingInt((DateMention d) -> d.start() - d.end()).thenComparingInt(DateMention::start));
        // kept dates do not overlap, so the one before d's end with the greatest start is the only one that may
        TreeMap<Integer, DateMention> kept = new TreeMap<>();
        for (DateMention d : found) {
            Map.Entry<Integer, DateMention> before = kept.lowerEntry(d.end());
            if (before == null || before.getValue().end() <= d.start()) {
                kept.put(d.start(), d);
            }
        }
        return new ArrayList<>(kept.values());
    }

    /** The first date {@code text} states, if any. */
    public Optional<DateMention> first(String text) {
        List<DateMention> all = find(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The first full (day-precision) date {@code text} states, if any. */
    public Optional<DateMention> firstDay(String text) {
        return find(text).stream().filter(d -> d.value().precision() == Precision.DAY).findFirst();
    }

    private void collect(Pattern p, String f, FoldedText folded, Precision precision, List<DateMention> out) {
        Matcher m = p.matcher(f);
        while (m.find()) {
            DateValue value = value(m, precision);
            if (value != null) {
                int start = folded.sourceOffset(m.start());
                int end = folded.sourceEnd(m.end());
                if (precision == Precision.YEAR) {
                    start = folded.sourceOffset(m.start("y"));
                }
                out.add(new DateMention(start, end, value));
            }
        }
    }

    private DateValue value(Matcher m, Precision precision) {
        int year = Integer.parseInt(m.group("y"));
        if (year < 1900 || year > 2100) {
            return null;
        }
        if (precision == Precision.YEAR) {
            return DateValue.ofYear(year);
        }
        int month = months.number(m.group("m1"));
        if (m.group("m2") != null && months.number(m.group("m2")) != month) {
            return null;
        }
        if (month == 0) {
            return null;
        }
        if (precision == Precision.MONTH) {
            return DateValue.ofMonth(year, month);
        }
        try {
            return DateValue.ofDay(LocalDate.of(year, month, Integer.parseInt(m.group("d"))));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
