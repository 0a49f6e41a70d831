package org.unkg.extract.event;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.date.PeriodFinder;
import org.unkg.extract.fact.DateValue;
import org.unkg.extract.fact.Precision;
import org.unkg.extract.rules.RuleFiles;

/**
 * The new end of an extension stated only as a duration ("I recommend that the mandate be extended for a
 * further 12 months"): the current end the letter states before it ("expires on 30 September 2009",
 * in a sentence naming a mandate, {@code events/current-end.tsv}) plus that duration, at the current end's precision (a day stays a day, a
 * month a month). No current end stated, no date.
 */
public final class CurrentEnd {
    private static final Map<String, CurrentEnd> CACHE = new ConcurrentHashMap<>();
    private static final int DURATION_WINDOW = 80;
    private final List<Pattern> cues;
    private final List<Pattern> mandates;

    private CurrentEnd(List<Pattern> cues, List<Pattern> mandates) {
        this.cues = cues;
        this.mandates = mandates;
    }

    /** The cues of {@code language}. */
    public static CurrentEnd of(String language) {
        return CACHE.computeIfAbsent(language, lang -> {
            List<Pattern> cues = new ArrayList<>();
            List<Pattern> mandates = new ArrayList<>();
            for (String[] row : RuleFiles.rows("events/current-end.tsv")) {
                if (row.length >= 3 && row[0].equals(lang)) {
                    (row[1].equals("mandate") ? mandates : cues).add(PhrasePattern.compile(row[2]));
                }
            }
            return new CurrentEnd(cues, mandates);
        });
    }

    /**
     * The extended end for an extension triggered at {@code [tStart, tEnd)} of sentence {@code sentence}, or null
     * when the clause after the trigger states no duration or the letter states no current end before it.
     */
    public DateValue extendedEnd(LetterView view, int tEnd, int[] sentence) {
        if (cues.isEmpty()) {
            return null;
        }
        String after = view.text().substring(tEnd, Math.min(sentence[1], tEnd + DURATION_WINDOW));
        Period duration = PeriodFinder.defaults().durationIn(after);
        if (duration == null) {
            return null;
        }
        DateMention end = currentEnd(view, sentence[0]);
        if (end == null) {
            return null;
        }
        DateValue v = end.value();
        if (v.precision() == Precision.DAY) {
            return DateValue.ofDay(LocalDate.parse(v.iso()).plus(duration));
        }
        if (v.precision() == Precision.MONTH) {
            YearMonth m = YearMonth.parse(v.iso()).plusYears(duration.getYears()).plusMonths(duration.getMonths());
            return DateValue.ofMonth(m.getYear(), m.getMonthValue());
        }
        return null;
    }

    /** The date stated after a current-end cue in the nearest sentence at or before {@code before}. */
    private DateMention currentEnd(LetterView view, int before) {
        List<int[]> sentences = view.sentences();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            int[] s = sentences.get(i);
            if (s[0] >= before || mandates.stream().noneMatch(p -> p.matcher(view.text()).region(s[0], s[1]).find())) {
                continue;
            }
            for (Pattern cue : cues) {
                Matcher m = cue.matcher(view.text());
                m.region(s[0], s[1]);
                if (m.find()) {
                    int cueEnd = m.end();
                    DateMention d = view.datesIn(cueEnd, s[1]).stream().findFirst().orElse(null);
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }
}
