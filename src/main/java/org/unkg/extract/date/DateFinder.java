package org.unkg.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.DateValue;
import org.unkg.model.Precision;
import org.unkg.text.FoldedText;
import org.unkg.text.LetterWords;

/**
 * Finds the dates a text states, at the precision stated: days ({@code 26 أيار/مايو 2000}, {@code 10 May 2005},
 * {@code May 10, 2005}, {@code 1er juin 2000}), months ({@code February 2005}, {@code شباط/فبراير ٢٠٠٥}) and
 * years after a cue word ({@code in 2000}, {@code في عام ٢٠٠٠}). Arabic month pairs ({@code أيار/مايو}),
 * Arabic-Indic digits, tatweel and the reversed chunk order of PDF text ({@code ٢٠٠٥مايو / أيار ١٠}) are read.
 * Month names and year cues are rule data ({@code months.tsv}, {@code year-cues.tsv}).
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
    /** The first words of the month names, or null when a name opens with no letter (then the patterns scan). */
    private final Set<String> monthWords;
    /** The first words of the year cues, or null when a cue opens with no letter (then the cue pattern scans). */
    private final Set<String> cueWords;
    /** The first characters of those words and the longest's length: most words of a text are neither, untested. */
    private final java.util.BitSet wordOpeners = new java.util.BitSet();
    private int longestWord;

    /**
     * The words written around a date's parts: suffixes of a day number ("1er", "1st", "1º"), words between the
     * day and the month ("of", "de") and between the month and the year ("de"); each compared folded.
     */
    public record DateWords(List<String> daySuffixes, List<String> beforeMonth, List<String> beforeYear) {
        public DateWords {
            daySuffixes = List.copyOf(daySuffixes);
            beforeMonth = List.copyOf(beforeMonth);
            beforeYear = List.copyOf(beforeYear);
        }

        /** The rows of {@code date-words.tsv} files ({@code day-suffix}, {@code before-month}, {@code before-year}). */
        public static DateWords of(List<String[]> rows) {
            List<String> suffixes = new java.util.ArrayList<>();
            List<String> month = new java.util.ArrayList<>();
            List<String> year = new java.util.ArrayList<>();
            for (String[] r : rows) {
                if (r.length < 2) {
                    continue;
                }
                switch (r[0]) {
                    case "day-suffix" -> suffixes.add(r[1]);
                    case "before-month" -> month.add(r[1]);
                    case "before-year" -> year.add(r[1]);
                    default -> throw new IllegalArgumentException("date-words.tsv: unknown kind " + r[0]);
                }
            }
            return new DateWords(suffixes, month, year);
        }
    }

    /** An optional choice of {@code words} (folded, longest first), each followed by {@code tail}, or "". */
    private static String optional(List<String> words, String tail) {
        if (words.isEmpty()) {
            return "";
        }
        return "(?:" + words.stream().map(FoldedText::fold).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w) + tail).collect(Collectors.joining("|")) + ")?";
    }

    /** A finder over the given month names, year cues and words around a date's parts. */
    public DateFinder(MonthNames months, List<String> yearCues, DateWords words) {
        this.months = months;
        String alt = months.alternation();
        // a month name touches no letter, an ideograph aside ("2007年12月开始": Chinese writes no spaces)
        String letter = "[\\p{L}&&[^\\p{IsIdeographic}]]";
        String m = "(?<!" + letter + ")(?<m1>" + alt + ")(?!" + letter + ")(?:\\s*/\\s*(?<m2>" + alt + ")(?!" + letter + "))?";
        String before = "(?<![\\p{N}/.])";
        String after = "(?![\\p{N}/])";
        // a pattern that opens with a digit tests that first: it fails most positions with one lookup (the month
        // names' alternation opens with its own test of their first characters)
        String digit = "(?=\\d)";
        String suffix = optional(words.daySuffixes(), "");
        String toMonth = optional(words.beforeMonth(), "\\s+");
        String toYear = optional(words.beforeYear(), "\\s+");
        dayFirst = Pattern.compile(digit + before + "(?<d>\\d{1,2})" + suffix + "\\s*" + toMonth + m
                + "\\s*,?\\s*" + toYear + "(?<y>\\d{4})" + after);
        monthFirst = Pattern.compile(before + m + "\\s+(?<d>\\d{1,2})" + suffix + "\\s*,\\s*(?<y>\\d{4})" + after);
        reversedDay = Pattern.compile(digit + before + "(?<y>\\d{4})\\s*" + m + "\\s*(?<d>\\d{1,2})" + after);
        List<String> monthToYear = new java.util.ArrayList<>(words.beforeMonth());
        monthToYear.addAll(words.beforeYear());
        monthYear = Pattern.compile(before + m + "\\s*,?\\s*" + optional(monthToYear, "\\s+") + "(?<y>\\d{4})" + after);
        reversedMonth = Pattern.compile(digit + before + "(?<y>\\d{4})\\s*" + m + after);
        this.monthWords = months.names().stream().anyMatch(n -> firstWord(n).isEmpty()) ? null
                : months.names().stream().map(DateFinder::firstWord).collect(Collectors.toUnmodifiableSet());
        List<String> foldedCues = yearCues.stream().map(FoldedText::fold).toList();
        this.cueWords = foldedCues.stream().anyMatch(c -> firstWord(c).isEmpty()) ? null
                : foldedCues.stream().map(DateFinder::firstWord).collect(Collectors.toUnmodifiableSet());
        for (Set<String> opening : java.util.Arrays.asList(monthWords, cueWords)) {
            for (String w : opening == null ? Set.<String>of() : opening) {
                wordOpeners.set(w.charAt(0));
                longestWord = Math.max(longestWord, w.length());
            }
        }
        String cues = yearCues.stream()
                .map(FoldedText::fold)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        cuedYear = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + cues + ")\\s+(?<y>(?:19|20)\\d{2})" + after);
    }

    /** The finder over {@code months.tsv}, {@code year-cues.tsv} and {@code date-words.tsv} of every language. */
    public static DateFinder load(RuleFiles rules) {
        MonthNames names = MonthNames.load(rules.everyLanguage("months.tsv"));
        List<String> cues = rules.everyLanguage("year-cues.tsv").stream().map(r -> r[0]).toList();
        return new DateFinder(names, cues, DateWords.of(rules.everyLanguage("date-words.tsv")));
    }

    /** The month names this finder reads. */
    public MonthNames months() {
        return months;
    }

    /** Every date {@code text} states, in text order; where forms overlap the longest wins. */
    public List<DateMention> find(String text) {
        FoldedText folded = FoldedText.of(text);
        return find(folded.text(), folded::sourceOffset, folded::sourceEnd);
    }

    /** Every date a text that is already folded states (offsets into it), as {@link #find(String)}. */
    public List<DateMention> findFolded(String folded) {
        return find(folded, wordStarts(folded, monthWords, cueWords), i -> i, i -> i);
    }

    /**
     * Every date a letter's folded text states, as {@link #findFolded(String)} on {@code words.source()}: the month
     * names and year cues that may open a date found from the letter's words, each distinct word asked once.
     */
    public List<DateMention> findFolded(LetterWords words) {
        return find(words.source(), wordStarts(words, monthWords, cueWords), i -> i, i -> i);
    }

    private List<DateMention> find(String f, IntUnaryOperator toSource, IntUnaryOperator toSourceEnd) {
        return find(f, wordStarts(f, monthWords, cueWords), toSource, toSourceEnd);
    }

    /**
     * The dates of folded {@code f}; {@code starts}: where a word opens that is the first word of a month name, and of
     * a year cue (in text order; null: tried everywhere).
     */
    private List<DateMention> find(String f, int[][] starts, IntUnaryOperator toSource, IntUnaryOperator toSourceEnd) {
        List<DateMention> found = new ArrayList<>();
        // the patterns that open with a month name or a year cue are tried only where a word opens that is the first
        // word of one: the same matches as a scan, without trying the names at every position
        int[] monthStarts = starts[0];
        // the patterns that open with a digit (after no number, slash or full stop) start where a run of digits does
        int[] numberStarts = numberStarts(f);
        collect(dayFirst, numberStarts, f, toSource, toSourceEnd, Precision.DAY, found);
        collect(monthFirst, monthStarts, f, toSource, toSourceEnd, Precision.DAY, found);
        collect(reversedDay, numberStarts, f, toSource, toSourceEnd, Precision.DAY, found);
        collect(monthYear, monthStarts, f, toSource, toSourceEnd, Precision.MONTH, found);
        collect(reversedMonth, numberStarts, f, toSource, toSourceEnd, Precision.MONTH, found);
        collect(cuedYear, starts[1], f, toSource, toSourceEnd, Precision.YEAR, found);
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

    /**
     * Collects the dates {@code p} finds in {@code f}: by a scan, or, given {@code starts} (in text order), by trying
     * the pattern at those positions only, keeping to the scan's rule that a match starts after the previous one.
     */
    private void collect(Pattern p, int[] starts, String f, IntUnaryOperator toSource, IntUnaryOperator toSourceEnd,
            Precision precision, List<DateMention> out) {
        if (starts != null && starts.length == 0) {
            return; // nowhere to try: no matcher made
        }
        Matcher m = p.matcher(f);
        if (starts == null) {
            while (m.find()) {
                add(m, toSource, toSourceEnd, precision, out);
            }
            return;
        }
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int lastEnd = 0;
        for (int start : starts) {
            if (start < lastEnd) {
                continue;
            }
            m.region(start, f.length());
            if (m.lookingAt()) {
                add(m, toSource, toSourceEnd, precision, out);
                lastEnd = Math.max(m.end(), start + 1);
            }
        }
    }

    private void add(Matcher m, IntUnaryOperator toSource, IntUnaryOperator toSourceEnd, Precision precision,
            List<DateMention> out) {
        DateValue value = value(m, precision);
        if (value != null) {
            int start = toSource.applyAsInt(m.start());
            int end = toSourceEnd.applyAsInt(m.end());
            if (precision == Precision.YEAR) {
                start = toSource.applyAsInt(m.start("y"));
            }
            out.add(new DateMention(start, end, value));
        }
    }

    /** The letters that open {@code phrase} (up to its first character that is no letter). */
    private static String firstWord(String phrase) {
        int i = 0;
        while (i < phrase.length() && Character.isLetter(phrase.charAt(i))) {
            i++;
        }
        return phrase.substring(0, i);
    }

    /** The positions where a word of {@code words} opens a run of letters of {@code f}, in text order. */
    private int[][] wordStarts(String f, Set<String> first, Set<String> second) {
        int[][] out = {first == null ? null : new int[16], second == null ? null : new int[16]};
        int[] n = new int[2];
        wordStarts(f, 0, f.length(), first, second, out, n);
        return trimmed(out, n);
    }

    /**
     * {@link #wordStarts(String, Set, Set)} from a letter's words: a word of letters alone that no other word touches
     * is a run of letters, asked about once per distinct word; the letters of words that touch (ideographs) or hold
     * digits are scanned as a text.
     */
    private int[][] wordStarts(LetterWords words, Set<String> first, Set<String> second) {
        int[][] out = {first == null ? null : new int[16], second == null ? null : new int[16]};
        int[] n = new int[2];
        if (first == null && second == null) {
            return out;
        }
        String f = words.source();
        // per distinct word: 1 opens a month name, 2 a year cue, 4 asked, 8 not letters alone
        byte[] verdicts = new byte[words.distinct()];
        int size = words.size();
        for (int i = 0; i < size; ) {
            int j = i;
            while (j + 1 < size && words.start(j + 1) == words.end(j)) {
                j++;
            }
            int id = words.id(i);
            if (verdicts[id] == 0) {
                verdicts[id] = verdict(words.text(id), first, second);
            }
            if (j > i || (verdicts[id] & 8) != 0) {
                wordStarts(f, words.start(i), words.end(j), first, second, out, n);
            } else {
                if ((verdicts[id] & 1) != 0) {
                    out[0] = append(out[0], n[0]++, words.start(i));
                }
                if ((verdicts[id] & 2) != 0) {
                    out[1] = append(out[1], n[1]++, words.start(i));
                }
            }
            i = j + 1;
        }
        return trimmed(out, n);
    }

    /** What a word tells {@link #wordStarts(LetterWords, Set, Set)} (see there). */
    private byte verdict(String word, Set<String> first, Set<String> second) {
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isLetter(word.charAt(k))) {
                return 4 | 8;
            }
        }
        int v = 4;
        if (word.length() <= longestWord && wordOpeners.get(word.charAt(0))) {
            if (first != null && first.contains(word)) {
                v |= 1;
            }
            if (second != null && second.contains(word)) {
                v |= 2;
            }
        }
        return (byte) v;
    }

    private static int[][] trimmed(int[][] out, int[] n) {
        for (int k = 0; k < 2; k++) {
            if (out[k] != null) {
                out[k] = Arrays.copyOf(out[k], n[k]);
            }
        }
        return out;
    }

    /** Adds to {@code out} the starts of the runs of letters in {@code [from, to)} of {@code f} that open a month name or a year cue. */
    private void wordStarts(String f, int from, int len, Set<String> first, Set<String> second, int[][] out, int[] n) {
        for (int i = from; i < len; ) {
            if (!Character.isLetter(f.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < len && Character.isLetter(f.charAt(end))) {
                end++;
            }
            if ((first != null || second != null) && end - i <= longestWord && wordOpeners.get(f.charAt(i))) {
                String word = f.substring(i, end);
                if (first != null && first.contains(word)) {
                    out[0] = append(out[0], n[0]++, i);
                }
                if (second != null && second.contains(word)) {
                    out[1] = append(out[1], n[1]++, i);
                }
            }
            i = end;
        }
    }

    private static int[] append(int[] list, int n, int value) {
        int[] out = n == list.length ? Arrays.copyOf(list, n * 2) : list;
        out[n] = value;
        return out;
    }

    /**
     * Where a pattern opening with {@code (?=\d)(?<![\p{N}/.])} may match: at an ASCII digit after no number, slash
     * or full stop (in text order).
     */
    private static int[] numberStarts(String f) {
        int[] out = new int[16];
        int n = 0;
        int len = f.length();
        for (int i = 0; i < len; i++) {
            char c = f.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !numberOrMark(f, i))) {
                out = append(out, n++, i);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether the character before {@code i} is a number ({@code \p{N}}, read by code point), a slash or a full stop. */
    private static boolean numberOrMark(String f, int i) {
        int cp = Character.codePointBefore(f, i);
        if (cp == '/' || cp == '.') {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
