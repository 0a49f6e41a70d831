package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.core.BodyCatalog;
import org.unkg.extract.core.BodyWords;
import org.unkg.extract.core.EventRules;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.SubjectFinder;
import org.unkg.extract.date.DateMention;
import org.unkg.model.DateValue;
import org.unkg.model.Diagnostic;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Task;
import org.unkg.text.LetterText;

/**
 * Events a letter states: establishments, extensions, closures, renamings, mergers, withdrawals, meetings, observer status,
 * signatures, entries into force, registrations, elections, independence. Triggers are rule data
 * ({@code data/rules/{lang}/events.tsv}); the body or state concerned is found by the rule's direction among
 * the letter's referents (anaphora resolved); the date is the one the sentence states nearest the trigger,
 * or, for an extension stated only as a duration, that long after the mandate's current end the letter states
 * ({@link CurrentEnd}), or, for an intention or proposal stated without a date, and for what an organ's reply requests,
 * welcomes, agrees to or decides ("They request you to proceed with the establishment of X"), the letter's date (the
 * status cue nearest before the trigger governs it: {@link Cues#governing}); in a letter that states no date of its own
 * (a reprint, an undated reply) such an event is kept undated (its date null). One event per type, entity and
 * date; the letter's own date ("Letter dated ...") is not an event's date; a date stated less precisely than another of the same event is dropped. Sentences inside a mandate's
 * task list state functions, not events, and are skipped.
 */
public final class EventExtractor implements Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(EventExtractor.class);
    /** Anchor patterns compiled on first use, per extractor (the extractor belongs to one context). */
    private final Map<String, java.util.regex.Pattern> anchors = new java.util.concurrent.ConcurrentHashMap<>();
    /** Types whose trigger may concern the body of a mandate named near it ("extend its mandate"). */
    private static final Set<String> HELD_MANDATES = Set.of("extension", "mandate-end");
    /** Types a document's date ("In my report of 13 June 1997, ...") never dates. */
    private static final Set<String> NOT_DOCUMENT_DATED = Set.of("establishment", "extension", "closure", "withdrawal",
            "mandate-end", "renaming", "merger");
    /** Types of a body's life, whose trigger near an unresolved office is a gap worth reporting. */
    private static final Set<String> LIFECYCLE = Set.of("establishment", "extension", "closure", "withdrawal",
            "mandate-end", "renaming", "merger");
    /** How far after a trigger a same-date cue ("on that date") may stand. */
    private static final int SAME_DATE_REACH = 80;
    private static final Set<String> OF_ORGANIZATION = Set.of("entry-into-force", "signature", "registration", "observer-status");
    private final BodyCatalog catalog;
    private final BodyWords bodyWords;
    private final ClauseDates clauseDates;
    private final Map<String, Cues> cues = new HashMap<>();
    private final Map<String, CurrentEnd> currentEnds = new HashMap<>();
    private final Map<String, MandateEnds> mandateEnds = new HashMap<>();
    private final Map<String, Antecedents> antecedents = new HashMap<>();
    private final Map<String, Replacements> replacements = new HashMap<>();
    private final Map<String, RenamedAs> renamedAs = new HashMap<>();
    private final Map<String, PeriodCues> periodCues = new HashMap<>();
    private final Map<String, DecisionDates> decisionDates = new HashMap<>();
    private final Cues noCues;
    private final org.unkg.extract.rules.PhrasePattern phrases;
    private final CurrentEnd noCurrentEnd;

    /** The extractor with the cue rules ({@code events/}) of {@code context}. */
    public EventExtractor(ExtractionContext context) {
        this.catalog = context.bodies();
        this.bodyWords = context.bodyWords();
        this.phrases = context.phrases();
        this.clauseDates = new ClauseDates(context.rules(), context.dates().months());
        for (String language : languages(context)) {
            cues.put(language, new Cues(context.rules(), language, context.phrases()));
            currentEnds.put(language, new CurrentEnd(context.rules(), language, context.periods(), context.phrases()));
            mandateEnds.put(language, new MandateEnds(context.rules(), language, context.phrases(), context.periods()));
            antecedents.put(language, new Antecedents(context.rules(), language, context.phrases(), context.bodyWords()));
            replacements.put(language, new Replacements(context.rules(), language, context.phrases()));
            renamedAs.put(language, new RenamedAs(context.rules(), language, context.bodyWords(), context.phrases()));
            periodCues.put(language, new PeriodCues(context.rules(), language));
            decisionDates.put(language, new DecisionDates(context.rules(), language, context.phrases()));
        }
        this.noCues = new Cues(context.rules(), "", context.phrases());
        this.noCurrentEnd = new CurrentEnd(context.rules(), "", context.periods(), context.phrases());
    }

    /** The languages of the rules. */
    private static List<String> languages(ExtractionContext context) {
        return context.rules().languages();
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void extract(LetterAnalysis view, LetterFacts out) {
        if (view.rules().events().rules().isEmpty()) {
            return;
        }
        LetterText letter = view.letter();
        SubjectFinder subjects = new SubjectFinder(view);
        Cues cues = this.cues.getOrDefault(letter.language(), noCues);
        DateValue letterDate = out.meta(MetaField.DATE).map(Meta::value).map(DateValue::parse).orElse(null);
        List<int[]> tasks = taskSpans(view, out);
        List<Event> found = new ArrayList<>();
        java.util.Set<Event> byLetterDate = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<EventRules.Trigger> triggers = view.triggers().all();
        Antecedents antecedent = antecedents.get(letter.language());
        MandateEnds ends = mandateEnds.get(letter.language());
        List<MandateEnds.End> stated = ends == null ? List.of() : ends.find(view, subjects, List.of());
        Replacements replacing = replacements.get(letter.language());
        List<Replacements.Replacement> successions = replacing == null ? List.of() : replacing.find(view, subjects);
        // the status cues a sentence states, read once per sentence
        Map<Sentence, List<Cues.Hit>> statuses = new HashMap<>();
        for (EventRules.Trigger t : triggers) {
            if (tasks.stream().anyMatch(s -> t.start() >= s[0] && t.start() < s[1])) {
                continue;
            }
            Sentence sentence = view.sentenceAt(t.start());
            if (inSuccession(view, t, successions)) {
                continue;
            }
            String entity = subjects.subject(t, sentence);
            if (entity == null && antecedent != null) {
                entity = antecedent.subject(view, subjects, t, sentence);
            }
            if (entity == null && ends != null && HELD_MANDATES.contains(t.rule().type())) {
                entity = ends.holder(view, subjects, t.rule().type(), sentence, t.start(), t.end());
            }
            if (entity == null && t.rule().type().equals("renaming") && renamedAs.containsKey(letter.language())) {
                entity = renamedAs.get(letter.language()).newName(view, subjects, t, sentence);
            }
            if (entity == null) {
                unresolved(view, t, sentence, out);
                continue;
            }
            if (OF_ORGANIZATION.contains(t.rule().type())) {
                entity = catalog.organizationOf(entity);
            }
            String status = Cues.governing(statuses.computeIfAbsent(sentence, s -> cues.hits(view.text(), s.start(), s.end())),
                    t.start());
            List<DateMention> clause = clauseDates.in(view, cues, sentence.start(), sentence.end());
            List<DateMention> dates = new ArrayList<>(clause);
            dates.removeIf(x -> x.value().equals(letterDate) && cues.documentDateBefore(view.text(), x.start()));
            if (NOT_DOCUMENT_DATED.contains(t.rule().type())) {
                dates.removeIf(x -> cues.documentDateBefore(view.text(), x.start()));
            }
            List<int[]> others = triggers.stream()
                    .filter(o -> !o.rule().type().equals(t.rule().type()) && o.start() >= sentence.start() && o.end() <= sentence.end()
                            && !(o.start() < t.end() && t.start() < o.end()))
                    .map(o -> new int[] {o.start(), o.end()}).toList();
            if (t.rule().type().equals("extension")) {
                // "the mandate, which expires on 23 July 2008, be extended": that date is the mandate's end, not the extension's
                dates.removeIf(x -> stated.stream().anyMatch(e -> x.start() >= e.end() && view.words(e.end(), x.start()) <= 4));
                // "extend the mandate of the Commission into the terrorist bombing of 14 February 2005 ... until mid-June
                // 2008": a date between the trigger and the end the clause states, neither an end nor a start, is not the
                // extension's (a date inside a body's name)
                PeriodCues pc = periodCues.get(letter.language());
                if (pc != null) {
                    int firstEnd = dates.stream().filter(x -> x.start() >= t.end() && pc.endAt(view.text(), x.start()))
                            .mapToInt(DateMention::start).min().orElse(-1);
                    if (firstEnd >= 0) {
                        // a start is kept where it opens the range the end closes ("from 1 January 2008 to 31 December
                        // 2010"), not across a comma ("sur l'attentat du 14 février 2005, jusqu'à la mi-juin 2007")
                        dates.removeIf(x -> x.start() >= t.end() && x.start() < firstEnd && !(pc.startAt(view.text(), x.start())
                                && x.end() <= firstEnd && view.text().substring(x.end(), firstEnd).matches("[^,;]*")));
                    }
                }
            }
            int anchorEnd = anchorEnd(view, t);
            DateMention d = ClauseDates.choose(view, cues, dates, t.start(), anchorEnd, t.rule().takesLetterDate(), others);
            if (d == null && LIFECYCLE.contains(t.rule().type()) && !Cues.NO_EVENT.equals(status)) {
                // "by its resolution 2992 (XXVII) of 15 December 1972, the Assembly decided to establish X": the
                // decision's date, a document's too
                DecisionDates decided = decisionDates.get(letter.language());
                d = decided == null ? null : decided.before(view, clause, sentence.start(), t.start(), cues);
            }
            if (d == null && LIFECYCLE.contains(t.rule().type()) && !Cues.NO_EVENT.equals(status)) {
                d = sameDate(view, cues, t, sentence);
            }
            DateValue date;
            boolean fallback = false;
            DateValue extended = d == null && t.rule().type().equals("extension") && t.rule().takesLetterDate()
                    ? currentEnds.getOrDefault(letter.language(), noCurrentEnd).extendedEnd(view, t.end(), sentence) : null;
            if (d != null) {
                date = d.value();
            } else if (extended != null) {
                date = extended;
            } else if (t.rule().takesLetterDateUnder(status)) {
                // the letter's date, or none in a letter that states none (a reprint, an undated reply): undated
                date = letterDate;
                fallback = true;
            } else {
                continue;
            }
            Event event = new Event(t.rule().type(), entity, date, null, Cues.NO_EVENT.equals(status) ? null : status, List.of(),
                    view.span(t.start(), t.end()));
            found.add(event);
            if (fallback) {
                byLetterDate.add(event);
            }
        }
        Set<Event> replacementClosures = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Replacements.Replacement r : successions) {
            if (tasks.stream().anyMatch(x -> r.start() >= x[0] && r.start() < x[1])) {
                continue;
            }
            replaced(view, cues, r, stated, letterDate, found, byLetterDate, replacementClosures);
        }
        if (ends != null) {
            List<Event> datedExtensions = found.stream().filter(e -> !byLetterDate.contains(e) && e.type().equals("extension")).toList();
            for (MandateEnds.End e : ends.find(view, subjects, datedExtensions)) {
                found.add(new Event("mandate-end", e.entity(), e.date(), null, null, List.of(), view.span(e.start(), e.end())));
            }
        }
        // "X will replace Y on 3 June; Y will cease to function on 2 June": one closure, on the last day stated
        found.removeIf(e -> replacementClosures.contains(e) && found.stream().anyMatch(o -> o != e && o.type().equals("closure")
                && o.entity().equals(e.entity()) && !byLetterDate.contains(o) && dayAfter(o.date()).equals(e.date())));
        // the letter's date stands in only where the letter states no date for the event: "I propose to
        // establish the Office ... for an initial period beginning on 1 June 2000" is one establishment, in June
        found.removeIf(e -> byLetterDate.contains(e) && found.stream().anyMatch(o -> !byLetterDate.contains(o)
                && o.type().equals(e.type()) && o.entity().equals(e.entity())));
        for (Event e : distinct(found)) {
            LOG.debug("{}: {} {} {}", letter.source(), e.type(), e.entity(), e.date());
            out.add(e);
        }
    }

    /**
     * The closure of the replaced body and the establishment of the new one, on the date the sentence states after the
     * replacement's first words (the establishment never on the date a mandate expires), the closure on a date stated
     * between the old body and the phrase where there is one ("X complete its work on D, to be succeeded by Y"); else the closure on the old
     * body's mandate end stated in the sentence ("upon the expiry of its mandate on 30 September 2008, UNIOSIL be
     * replaced by ...") and the establishment the day after; else, for a proposal or intention, the letter's date.
     */
    private void replaced(LetterAnalysis view, Cues cues, Replacements.Replacement r, List<MandateEnds.End> stated,
            DateValue letterDate, List<Event> found, java.util.Set<Event> byLetterDate, Set<Event> replacementClosures) {
        Sentence sentence = view.sentenceAt(r.start());
        String governing = Cues.governing(cues.hits(view.text(), sentence.start(), sentence.end()), r.start());
        String status = Cues.NO_EVENT.equals(governing) ? null : governing;
        List<DateMention> dates = new ArrayList<>(clauseDates.in(view, cues, sentence.start(), sentence.end()));
        dates.removeIf(x -> x.value().equals(letterDate) && cues.documentDateBefore(view.text(), x.start()));
        List<DateMention> notEnds = new ArrayList<>(dates);
        notEnds.removeIf(x -> stated.stream().anyMatch(e -> x.start() >= e.end() && view.words(e.end(), x.start()) <= 4));
        // "UNPOS complete its work on 2 June 2013, to be succeeded by UNSOM on 3 June 2013": a date between the old body
        // and the phrase is the old body's last day
        DateMention ended = r.oldEnd() <= r.start() ? dates.stream().filter(x -> x.start() >= r.oldEnd() && x.end() <= r.start()
                && !cues.documentDateBefore(view.text(), x.start()))
                .reduce((a, b) -> b).orElse(null) : null;
        DateMention closing = ended != null ? ended : ClauseDates.choose(view, cues, dates, r.start(), r.anchorEnd(), true);
        DateMention opening = ClauseDates.choose(view, cues, notEnds, r.start(), r.anchorEnd(), true);
        DateValue oldEnd = endIn(stated, r.old(), sentence);
        Sentence before = previous(view, sentence);
        if (oldEnd == null && before != null) {
            // "the mandate of ONUSAL will terminate on 30 April 1995. The Mission will be succeeded by ...": the end the
            // sentence before states
            oldEnd = endIn(stated, r.old(), before);
        }
        // an intention stated without a date takes the letter's date, or none in a letter without one (undated)
        boolean intended = status != null && !status.equals("noted");
        DateValue closure = closing != null ? closing.value() : oldEnd != null ? oldEnd : letterDate;
        DateValue start = opening != null ? opening.value() : oldEnd != null ? dayAfter(oldEnd) : letterDate;
        org.unkg.model.Span span = view.span(r.start(), r.end());
        if (closing != null || oldEnd != null || intended) {
            Event e = new Event("closure", r.old(), closure, null, status, List.of(), span);
            found.add(e);
            if (closing != null) {
                replacementClosures.add(e);
            }
            if (closing == null && oldEnd == null) {
                byLetterDate.add(e);
            }
        }
        if (r.replacement() != null && (opening != null || oldEnd != null || intended)) {
            Event e = new Event("establishment", r.replacement(), start, null, status, List.of(), span);
            found.add(e);
            if (opening == null && oldEnd == null) {
                byLetterDate.add(e);
            }
        }
    }

    /**
     * The date a same-date cue after trigger {@code t} refers to ("The mandate of UNMIN ends on 15 January 2011. The
     * Mission will cease its operations on that date", "وستنهي البعثة عملياتها في ذلك التاريخ"; {@code same-date} in
     * {@code LANG/date-cues.tsv}): the last day or month stated before the trigger in its sentence, else in the sentence
     * before, not a document's; null when no cue follows the trigger within {@value #SAME_DATE_REACH} characters.
     */
    private static DateMention sameDate(LetterAnalysis view, Cues cues, EventRules.Trigger t, Sentence sentence) {
        if (!cues.sameDateIn(view.text(), t.end(), Math.min(sentence.end(), t.end() + SAME_DATE_REACH))) {
            return null;
        }
        DateMention last = lastDayOrMonth(view, cues, sentence.start(), t.start());
        Sentence before = previous(view, sentence);
        return last != null || before == null ? last : lastDayOrMonth(view, cues, before.start(), before.end());
    }

    /** The sentence right before {@code sentence}, or null at the letter's start. */
    private static Sentence previous(LetterAnalysis view, Sentence sentence) {
        if (sentence.start() < 2) {
            return null;
        }
        Sentence before = view.sentenceAt(sentence.start() - 2);
        return before.start() < sentence.start() ? before : null;
    }

    private static DateMention lastDayOrMonth(LetterAnalysis view, Cues cues, int from, int to) {
        return view.datesIn(from, to).stream().filter(x -> x.value().precision() != org.unkg.model.Precision.YEAR
                && !cues.documentDateBefore(view.text(), x.start())).reduce((a, b) -> b).orElse(null);
    }

    /** The mandate end of {@code key} stated in {@code sentence}, or null. */
    private static DateValue endIn(List<MandateEnds.End> stated, String key, Sentence sentence) {
        return stated.stream().filter(e -> e.entity().equals(key) && e.start() >= sentence.start() && e.end() <= sentence.end())
                .map(MandateEnds.End::date).findFirst().orElse(null);
    }

    /**
     * Whether establishment trigger {@code t} is a succession's own ("وأن ينشأ المكتب الذي يخلفه، وهو X": the
     * establishment's object is the successor the succession names): it stands inside a succession's phrase that names
     * the new body, or its object side opens with one within the rule's gap. The succession reads that establishment;
     * the trigger's words ("المكتب") are not the predecessor named before (an antecedent), nor a body to report as
     * unresolved.
     */
    private static boolean inSuccession(LetterAnalysis view, EventRules.Trigger t, List<Replacements.Replacement> successions) {
        if (!t.rule().type().equals("establishment")) {
            return false;
        }
        for (Replacements.Replacement r : successions) {
            if (r.replacement() == null) {
                continue;
            }
            boolean inside = r.start() <= t.start() && t.end() <= r.end();
            boolean opens = !t.rule().subject().equals("before") && r.start() >= t.end()
                    && view.words(t.end(), r.start()) <= t.rule().gap();
            if (inside || opens) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports a trigger of a body's life ("I intend to close the Office", "the establishment of a regional office")
     * whose side names a body by its head noun but no body could be resolved: an {@code event-subject-unresolved}
     * diagnostic with the words. Triggers whose side names no body at all ("the establishment of peace") are not gaps.
     */
    private void unresolved(LetterAnalysis view, EventRules.Trigger t, Sentence sentence, LetterFacts out) {
        if (!LIFECYCLE.contains(t.rule().type()) || t.rule().subject().equals("state")) {
            return;
        }
        boolean after = !t.rule().subject().equals("before");
        int from = after ? t.end() : sentence.start();
        int to = after ? sentence.end() : t.start();
        String side = view.text().substring(from, to);
        List<String> sideWords = List.of(side.strip().split("[\\s\\p{Punct}،؛]+"));
        int reach = Math.max(3, t.rule().gap() + 2);
        List<String> near = after ? sideWords.subList(0, Math.min(sideWords.size(), reach))
                : sideWords.subList(Math.max(0, sideWords.size() - reach), sideWords.size());
        if (near.stream().anyMatch(w -> !w.isEmpty() && bodyWords.isHead(bodyWords.normal(w)))) {
            String words = view.bodyText(after ? t.start() : Math.max(sentence.start(), t.start() - 60),
                    after ? Math.min(sentence.end(), t.end() + 60) : t.end()).replaceAll("\\s+", " ").strip();
            String detail = t.rule().type() + ": " + words;
            if (out.diagnostics().stream().noneMatch(d -> d.detail().equals(detail))) {
                out.add(new Diagnostic("event-subject-unresolved", detail, view.span(t.start(), t.end())));
            }
        }
    }

    private static DateValue dayAfter(DateValue d) {
        return d.precision() == org.unkg.model.Precision.DAY ? DateValue.ofDay(java.time.LocalDate.parse(d.iso()).plusDays(1)) : d;
    }

    /**
     * Where a trigger's words before its gap end ("be replaced, with effect from 9 July 2011, by": after "replaced"), so
     * that a date standing inside the gap dates the event; the trigger's end for a trigger without a gap.
     */
    private int anchorEnd(LetterAnalysis view, EventRules.Trigger t) {
        String phrase = t.rule().phrase();
        int gap = phrase.indexOf("...");
        if (gap <= 0) {
            return t.end();
        }
        java.util.regex.Matcher m = anchors.computeIfAbsent(phrase, k -> phrases.compile(k.substring(0, gap)))
                .matcher(view.text());
        m.region(t.start(), t.end());
        return m.lookingAt() ? m.end() : t.end();
    }

    private static List<int[]> taskSpans(LetterAnalysis view, LetterFacts out) {
        List<int[]> spans = new ArrayList<>();
        for (Mandate m : out.mandates()) {
            for (Task task : m.tasks()) {
                if (task.span() != null) {
                    spans.add(new int[] {view.folded(task.span().start()), view.folded(task.span().end())});
                }
            }
        }
        return spans;
    }

    /** Whether {@code a} is a coarser date than {@code b}: never when either is undated. */
    private static boolean coarser(DateValue a, DateValue b) {
        return a != null && b != null && ClauseDates.coarser(a, b);
    }

    /** One event per type, entity and date; a coarser date of the same type and entity is dropped. */
    static List<Event> distinct(List<Event> events) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            boolean same = kept.stream().anyMatch(k -> k.type().equals(e.type()) && k.entity().equals(e.entity())
                    && (java.util.Objects.equals(k.date(), e.date()) || coarser(e.date(), k.date())));
            if (!same) {
                kept.removeIf(k -> k.type().equals(e.type()) && k.entity().equals(e.entity()) && coarser(k.date(), e.date()));
                kept.add(e);
            }
        }
        return kept;
    }
}
