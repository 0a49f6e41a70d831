package org.unkg.extract.event;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.date.PeriodFinder;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.DateValue;
import org.unkg.model.Precision;

/**
 * The new end of an extension stated only as a duration ("I recommend that the mandate be extended for a
 * further 12 months"): the current end the letter states before it ("expires on 30 September 2009",
 * in a sentence naming a mandate, {@code LANG/current-end.tsv}) plus that duration, at the current end's precision (a day stays a day, a
 * month a month). No current end stated, no date.
 */
public final class CurrentEnd {
    private static final int DURATION_WINDOW = 80;
    private final List<Pattern> cues = new ArrayList<>();
    private final List<Pattern> mandates = new ArrayList<>();
    private final PeriodFinder periods;

    /** The current-end cues of {@code language} in {@code rules}. */
    public CurrentEnd(RuleFiles rules, String language, PeriodFinder periods, PhrasePattern compiler) {
        for (String[] row : rules.language(language, "current-end.tsv")) {
            if (row.length >= 2) {
                if (row[0].equals("possessive")) {
                    continue;
                }
                (row[0].equals("mandate") ? mandates : cues).add(compiler.compile(row[1]));
            }
        }
        this.periods = periods;
    }

    /**
     * The extended end for an extension triggered at {@code [tStart, tEnd)} of sentence {@code sentence}, or null
     * when the clause after the trigger states no duration or the letter states no current end before it.
     */
    public DateValue extendedEnd(LetterAnalysis view, int tEnd, Sentence sentence) {
        if (cues.isEmpty()) {
            return null;
        }
        String after = view.text().substring(tEnd, Math.min(sentence.end(), tEnd + DURATION_WINDOW));
        Period duration = periods.durationIn(after);
        if (duration == null) {
            return null;
        }
        DateMention end = currentEnd(view, sentence, tEnd);
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

    /**
     * The date stated after a current-end cue in the nearest sentence before {@code sentence}, or in {@code sentence}
     * itself before the extension's trigger ("the mandate of X, which expires on 23 January 2009, be extended for a
     * further six months").
     */
    private DateMention currentEnd(LetterAnalysis view, Sentence sentence, int tEnd) {
        List<Sentence> sentences = view.sentences().all();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            Sentence s = sentences.get(i);
            int to = s.start() == sentence.start() ? Math.min(s.end(), tEnd) : s.end();
            if (s.start() > sentence.start()
                    || mandates.stream().noneMatch(p -> p.matcher(view.text()).region(s.start(), to).find())) {
                continue;
            }
            for (Pattern cue : cues) {
                Matcher m = cue.matcher(view.text());
                m.region(s.start(), to);
                if (m.find()) {
                    int cueEnd = m.end();
                    DateMention d = view.datesIn(cueEnd, to).stream().findFirst().orElse(null);
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }
}
