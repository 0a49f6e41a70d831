package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.EventRules;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referent;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.SubjectFinder;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.date.PeriodFinder;
import org.unkg.extract.date.StatedPeriod;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.DateValue;
import org.unkg.model.Event;
import org.unkg.text.FoldedText;

/**
 * The end of a body's current mandate as a letter states it: a current-end cue ("expires on", "will come to an end
 * on", "vient à expiration le", "تنتهي") near a word naming a mandate ({@code LANG/current-end.tsv}) in one
 * sentence. The mandate's body is the one named between the mandate word and the cue ("the mandate of X expires"),
 * right after the mandate word when the cue comes first ("the expiry of the mandate of X", "انتهاء ولاية X"), or the
 * one a possessive refers to ("its mandate", "X's mandate"): the last body named before in the sentence, else the
 * first named in the sentence before. The date is the one right after the cue (or after the body, when the body
 * follows the cue); where the sentence states none ("upon the expiry of the mandate of X"), the latest end the letter
 * gave that mandate by an extension. A mandate end is stated as a fact, whatever the letter then proposes: "the
 * mandate ... expires on 30 June 2004" is a mandate end on that day even when the letter asks to extend it. A cue
 * that closes the period of an extension stated before it in the sentence ("extend the mandate of X for a further
 * period of twelve months, expiring on D", "تمديد ولاية المكتب لفترة سنتين أخريين تنتهي في D") ends the new mandate,
 * not the current one: that is the extension's date, no mandate end.
 */
final class MandateEnds {
    private static final int MANDATE_BEFORE = 14;
    private static final int MANDATE_AFTER = 5;
    private static final int DATE_GAP = 4;
    private final PhraseScanner cues;
    private final List<Pattern> mandates = new ArrayList<>();
    private final List<Pattern> possessives = new ArrayList<>();
    private final PeriodFinder periods;

    /**
     * The current-end cues, mandate words and possessives of {@code language} ({@code LANG/current-end.tsv}); {@code
     * periods} finds the periods an extension states.
     */
    MandateEnds(RuleFiles rules, String language, PhrasePattern compiler, PeriodFinder periods) {
        this.periods = periods;
        List<String> cuePhrases = new ArrayList<>();
        for (String[] row : rules.language(language, "current-end.tsv")) {
            if (row.length >= 2 && row[0].equals("mandate")) {
                mandates.add(compiler.compile(row[1]));
            } else if (row.length >= 2 && row[0].equals("possessive")) {
                possessives.add(compiler.compile(row[1]));
            } else if (row.length >= 2) {
                cuePhrases.add(row[1]);
            }
        }
        cues = new PhraseScanner(cuePhrases, compiler);
    }

    /** One stated mandate end: where its cue is. */
    record End(String entity, DateValue date, int start, int end) {}

    /** The mandate ends the letter states; {@code extensions} are the extensions already read (for an undated end). */
    List<End> find(LetterAnalysis view, SubjectFinder subjects, List<Event> extensions) {
        List<End> out = new ArrayList<>();
        if (cues.size() == 0) {
            return out;
        }
        String text = view.text();
        List<Referent> bodies = view.referents().bodies().stream()
                .filter(r -> !subjects.passesOver("mandate-end", r.key())).toList();
        for (PhraseScanner.Match c : cues.find(text)) {
            Sentence s = view.sentenceAt(c.start());
            int[] word = mandateWord(view, s, c.start(), c.end());
            if (word == null) {
                continue;
            }
            boolean first = word[0] >= c.end();
            boolean owned = possessive(view, first ? c.end() : s.start(), word[1]);
            Referent holder = owned ? null
                    : first ? after(view, bodies, word[1], s.end())
                    : view.words(word[1], c.start()) <= MANDATE_BEFORE ? between(bodies, word[1], c.start())
                    : after(view, bodies, word[1], c.start());
            if (holder == null) {
                holder = possessor(view, bodies, s, Math.min(word[0], c.start()));
            }
            if (holder == null) {
                continue;
            }
            int dateFrom = first && holder.start() >= c.end() ? holder.end() : c.end();
            DateMention d = view.datesIn(dateFrom, s.end()).stream()
                    .filter(x -> view.words(dateFrom, x.start()) <= DATE_GAP).findFirst().orElse(null);
            if (d != null && endsExtendedPeriod(view, s, c.start(), d)) {
                continue;
            }
            DateValue date = d != null ? d.value() : latestEnd(extensions, holder.key());
            if (date != null) {
                out.add(new End(holder.key(), date, c.start(), c.end()));
            }
        }
        return out;
    }

    /**
     * Whether the end date {@code d} after a cue at {@code cueStart} closes a period opened after an extension's
     * trigger in sentence {@code s} ("extend ... for a further period of one year, expiring on D"), not the current
     * mandate.
     */
    private boolean endsExtendedPeriod(LetterAnalysis view, Sentence s, int cueStart, DateMention d) {
        int trigger = Integer.MAX_VALUE;
        for (EventRules.Trigger t : view.triggers().all()) {
            if (t.rule().type().equals("extension") && t.start() >= s.start() && t.end() <= cueStart) {
                trigger = Math.min(trigger, t.start());
            }
        }
        if (trigger == Integer.MAX_VALUE) {
            return false;
        }
        // the sentence alone: the text is folded already, so its folding maps each position to itself
        String sentence = view.text().substring(s.start(), s.end());
        List<DateMention> dates = view.datesIn(s.start(), s.end()).stream()
                .map(x -> new DateMention(x.start() - s.start(), x.end() - s.start(), x.value())).toList();
        for (StatedPeriod p : periods.find(sentence, FoldedText.of(sentence), dates)) {
            if (p.start() + s.start() >= trigger && p.start() + s.start() < cueStart && p.end() + s.start() >= d.end()
                    && d.value().equals(p.to())) {
                return true;
            }
        }
        return false;
    }

    /** The mandate word nearest the cue in its sentence, before it or just after it, as {@code [start, end]}; null if none. */
    private int[] mandateWord(LetterAnalysis view, Sentence s, int cueStart, int cueEnd) {
        int[] best = null;
        int bestWords = Integer.MAX_VALUE;
        for (Pattern p : mandates) {
            Matcher m = p.matcher(view.text());
            m.region(s.start(), s.end());
            while (m.find()) {
                int words;
                if (m.end() <= cueStart) {
                    // far before the cue only as "the mandate of X, as renewed by ..., expires on"
                    words = view.words(m.end(), cueStart);
                } else if (m.start() >= cueEnd) {
                    words = view.words(cueEnd, m.start());
                    if (words > MANDATE_AFTER) {
                        continue;
                    }
                } else {
                    continue;
                }
                if (words < bestWords) {
                    bestWords = words;
                    best = new int[] {m.start(), m.end()};
                }
            }
        }
        return best;
    }

    /**
     * The body whose mandate a trigger of {@code type} in {@code s} concerns when its own side names none: the body of
     * "the mandate of X" before or at the trigger ("the mandate of UNOWA, whose functions would be revised ..., be
     * extended"), else the one a possessive refers to ("extend its mandate", "بتمديد ولايتها"); null when the trigger
     * is not near a mandate word.
     */
    String holder(LetterAnalysis view, SubjectFinder subjects, String type, Sentence s, int triggerStart, int triggerEnd) {
        int[] word = null;
        for (Pattern p : mandates) {
            Matcher m = p.matcher(view.text());
            m.region(s.start(), s.end());
            while (m.find()) {
                boolean atOrBefore = m.start() < triggerEnd;
                boolean rightAfter = m.start() >= triggerEnd && view.words(triggerEnd, m.start()) <= 1;
                if ((atOrBefore || rightAfter && word == null) && (word == null || atOrBefore && m.start() > word[0])) {
                    word = new int[] {m.start(), m.end()};
                }
            }
        }
        if (word == null) {
            return null;
        }
        List<Referent> bodies = view.referents().bodies().stream().filter(r -> !subjects.passesOver(type, r.key())).toList();
        Referent of = after(view, bodies, word[1], s.end());
        if (of != null) {
            return of.key();
        }
        Referent owner = possessor(view, bodies, s, Math.min(word[0], triggerStart));
        return owner == null ? null : owner.key();
    }

    /** The first body named in {@code [from, to)}. */
    private static Referent between(List<Referent> bodies, int from, int to) {
        return bodies.stream().filter(r -> r.start() >= from && r.end() <= to).findFirst().orElse(null);
    }

    /** The body named right after the mandate word ("of the mandate of X", "ولاية البعثة"), before any date. */
    private static Referent after(LetterAnalysis view, List<Referent> bodies, int from, int limit) {
        int stop = view.datesIn(from, limit).stream().mapToInt(DateMention::start).findFirst().orElse(limit);
        return bodies.stream().filter(r -> r.start() >= from && r.end() <= stop && view.words(from, r.start()) <= MANDATE_AFTER)
                .findFirst().orElse(null);
    }

    /** Whether a possessive ("its", "son", "ولايته") stands in {@code [from, to)} right before or in the mandate word. */
    private boolean possessive(LetterAnalysis view, int from, int to) {
        for (Pattern p : possessives) {
            Matcher m = p.matcher(view.text());
            m.region(Math.max(from, to - 24), to);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    /** "its mandate", "X's mandate": the last body named before {@code pos} in the sentence, else the first of the sentence before. */
    private static Referent possessor(LetterAnalysis view, List<Referent> bodies, Sentence s, int pos) {
        Referent last = null;
        for (Referent r : bodies) {
            if (r.start() >= s.start() && r.end() <= pos) {
                last = r;
            }
        }
        if (last != null) {
            return last;
        }
        Sentence before = view.sentenceAt(Math.max(0, s.start() - 2));
        if (before.start() >= s.start()) {
            return null;
        }
        return bodies.stream().filter(r -> r.start() >= before.start() && r.end() <= before.end()).findFirst().orElse(null);
    }

    private static DateValue latestEnd(List<Event> extensions, String key) {
        return extensions.stream().filter(e -> e.type().equals("extension") && e.entity().equals(key))
                .map(Event::date).max(Comparator.comparing(DateValue::iso)).orElse(null);
    }
}
