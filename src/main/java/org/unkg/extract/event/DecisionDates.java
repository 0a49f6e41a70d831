package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.RuleFiles;

/**
 * The date of the decision or report a sentence states before an event's trigger ({@code LANG/decision-dates.tsv}): "by
 * its resolution 2992 (XXVII) of 15 December 1972, the General Assembly decided to establish an ad hoc committee",
 * "on 19 December 2007, the Organizational Committee decided to establish", "قررت، بموجب قرارها 3499 (د-30)
 * المؤرخ 15 كانون الأول/ديسمبر 1975، إنشاء لجنة", "your letter dated 31 May 2006 (S/2006/354),
 * in which the Council informed me about the establishment of X". A cue of the file standing between the date and the
 * trigger, or right before the date, makes the date the event's (a document's date too: the document is the decision); read only for an event
 * whose clause states no date of its own after the trigger.
 */
final class DecisionDates {
    /** How many words may stand between the date and the trigger. */
    private static final int REACH = 20;
    /** How many characters before the date a cue may stand ("decided, by its resolution of D, to establish"). */
    private static final int LEAD = 40;

    private final List<Pattern> cues = new ArrayList<>();

    /** The decision cues of {@code language}. */
    DecisionDates(RuleFiles rules, String language, PhrasePattern compiler) {
        for (String[] r : rules.language(language, "decision-dates.tsv")) {
            if (r.length >= 1 && !r[0].isBlank()) {
                cues.add(compiler.compile(r[0]));
            }
        }
    }

    /**
     * The last date of {@code dates} before {@code triggerStart} (within {@link #REACH} words) with a decision cue
     * between it and the trigger, or just before it in the clause (Arabic: "قررت، بموجب قرارها ... المؤرخ D، إنشاء"), or
     * null.
     */
    DateMention before(LetterAnalysis view, List<DateMention> dates, int clauseStart, int triggerStart) {
        if (cues.isEmpty()) {
            return null;
        }
        DateMention last = null;
        for (DateMention d : dates) {
            if (d.end() <= triggerStart && (last == null || d.start() >= last.end())) {
                last = d;
            }
        }
        if (last == null || view.words(last.end(), triggerStart) > REACH) {
            return null;
        }
        String text = view.text();
        int from = Math.max(clauseStart, last.start() - LEAD);
        for (Pattern p : cues) {
            Matcher m = p.matcher(text);
            m.region(from, triggerStart);
            while (m.find()) {
                if (wordStart(text, m.start()) && m.end() <= triggerStart) {
                    return last;
                }
            }
        }
        return null;
    }

    private static boolean wordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }
}
