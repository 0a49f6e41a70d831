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
 * trigger, or right before the date, makes the date the event's when the date is a document's (the document is the
 * decision) or opens its clause ("On D, the Committee decided"), not when it is another event's ("following the events
 * of D, I have decided to establish"); read only for an event whose clause states no date of its own after the trigger.
 */
final class DecisionDates {
    /** How many words may stand between the date and the trigger. */
    private static final int REACH = 20;
    /** How many characters before the date a cue may stand ("decided, by its resolution of D, to establish"). */
    private static final int LEAD = 64;
    /** Words that may open a clause before its date ("on", "que le"). */
    private static final int OPENING = 2;
    /** Words a clause citing the decision's document may have before its date ("by its resolution 2992 (XXVII) of"). */
    private static final int CITATION = 8;

    private final List<Pattern> cues = new ArrayList<>();
    /** The words of a decision's document ("resolution") that may open the clause of its date. */
    private final List<Pattern> documents = new ArrayList<>();

    /** The decision cues of {@code language}. */
    DecisionDates(RuleFiles rules, String language, PhrasePattern compiler) {
        for (String[] r : rules.language(language, "decision-dates.tsv")) {
            if (r.length >= 2 && !r[1].isBlank()) {
                (r[0].strip().equals("document") ? documents : cues).add(compiler.compile(r[1]));
            }
        }
    }

    /**
     * The last date of {@code dates} before {@code triggerStart} (within {@link #REACH} words) with a decision cue
     * between it and the trigger, or just before it in the clause (Arabic: "قررت، بموجب قرارها ... المؤرخ D، إنشاء"), or
     * null.
     */
    DateMention before(LetterAnalysis view, List<DateMention> dates, int clauseStart, int triggerStart, Cues statusCues) {
        if (cues.isEmpty()) {
            return null;
        }
        DateMention last = null;
        for (DateMention d : dates) {
            if (d.end() <= triggerStart && (last == null || d.start() >= last.end())) {
                last = d;
            }
        }
        boolean documentDate = last != null && statusCues.documentDateBefore(view.text(), last.start());
        if (last == null || view.words(last.end(), triggerStart) > REACH) {
            return null;
        }
        String text = view.text();
        if (!documentDate && !opensClause(view, clauseStart, last.start(), documents)) {
            // "following the events of 21 October 1993, I have decided to establish": that date is the events'
            return null;
        }
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

    /**
     * Whether the date at {@code at} opens its clause: at most {@link #OPENING} words ("on", "que le") stand between it
     * and the sentence's start or the last comma, semicolon or colon before it, or at most {@link #CITATION} words that
     * hold a decision's document ("by its resolution 2992 (XXVII) of").
     */
    private static boolean opensClause(LetterAnalysis view, int clauseStart, int at, List<Pattern> documents) {
        String text = view.text();
        int from = clauseStart;
        for (int i = at - 1; i >= clauseStart; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '\u060C') {
                from = i + 1;
                break;
            }
        }
        int words = view.words(from, at);
        if (words <= OPENING) {
            return true;
        }
        if (words > CITATION) {
            return false;
        }
        for (Pattern p : documents) {
            Matcher m = p.matcher(text);
            m.region(from, at);
            while (m.find()) {
                if (wordStart(text, m.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }
}
