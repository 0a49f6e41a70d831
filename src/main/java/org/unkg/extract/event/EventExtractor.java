package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.core.BodyCatalog;
import org.unkg.extract.core.EventRules;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.SubjectFinder;
import org.unkg.extract.date.DateMention;
import org.unkg.model.DateValue;
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
 * ({@code data/rules/events/{lang}.tsv}); the body or state concerned is found by the rule's direction among
 * the letter's referents (anaphora resolved); the date is the one the sentence states nearest the trigger,
 * or, for an extension stated only as a duration, that long after the mandate's current end the letter states
 * ({@link CurrentEnd}), or, for an intention or proposal stated without a date, the letter's date. One event per type, entity and
 * date; the letter's own date ("Letter dated ...") is not an event's date; a date stated less precisely than another of the same event is dropped. Sentences inside a mandate's
 * task list state functions, not events, and are skipped.
 */
public final class EventExtractor implements Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(EventExtractor.class);
    private static final Set<String> OF_ORGANIZATION = Set.of("entry-into-force", "signature", "registration", "observer-status");
    private final BodyCatalog catalog;
    private final ClauseDates clauseDates;
    private final Map<String, Cues> cues = new HashMap<>();
    private final Map<String, CurrentEnd> currentEnds = new HashMap<>();
    private final Cues noCues;
    private final CurrentEnd noCurrentEnd;

    /** The extractor with the cue rules ({@code events/}) of {@code context}. */
    public EventExtractor(ExtractionContext context) {
        this.catalog = context.bodies();
        this.clauseDates = new ClauseDates(context.rules(), context.dates().months());
        for (String language : languages(context)) {
            cues.put(language, new Cues(context.rules(), language));
            currentEnds.put(language, new CurrentEnd(context.rules(), language, context.periods()));
        }
        this.noCues = new Cues(context.rules(), "");
        this.noCurrentEnd = new CurrentEnd(context.rules(), "", context.periods());
    }

    /** The languages any cue file names. */
    private static Set<String> languages(ExtractionContext context) {
        Set<String> out = new java.util.TreeSet<>();
        for (String[] r : context.rules().rows("events/status.tsv")) {
            out.add(r[0]);
        }
        for (String[] r : context.rules().rows("events/date-cues.tsv")) {
            out.add(r.length >= 3 && r[0].equals("same-year") ? r[1] : r[0]);
        }
        for (String[] r : context.rules().rows("events/current-end.tsv")) {
            out.add(r[0]);
        }
        return out;
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
        // the status a sentence states, read once per sentence
        Map<Sentence, Optional<String>> statuses = new HashMap<>();
        for (EventRules.Trigger t : triggers) {
            if (tasks.stream().anyMatch(s -> t.start() >= s[0] && t.start() < s[1])) {
                continue;
            }
            Sentence sentence = view.sentenceAt(t.start());
            String entity = subjects.subject(t, sentence);
            if (entity == null) {
                continue;
            }
            if (OF_ORGANIZATION.contains(t.rule().type())) {
                entity = catalog.organizationOf(entity);
            }
            String status = statuses.computeIfAbsent(sentence, s -> Optional.ofNullable(cues.status(view.text(), s.start(), s.end())))
                    .orElse(null);
            List<DateMention> dates = new ArrayList<>(clauseDates.in(view, cues, sentence.start(), sentence.end()));
            dates.removeIf(x -> x.value().equals(letterDate) && cues.documentDateBefore(view.text(), x.start()));
            List<int[]> others = triggers.stream()
                    .filter(o -> !o.rule().type().equals(t.rule().type()) && o.start() >= sentence.start() && o.end() <= sentence.end())
                    .map(o -> new int[] {o.start(), o.end()}).toList();
            DateMention d = ClauseDates.choose(view, cues, dates, t.start(), t.end(), t.rule().takesLetterDate(), others);
            DateValue date;
            boolean fallback = false;
            DateValue extended = d == null && t.rule().type().equals("extension") && t.rule().takesLetterDate()
                    ? currentEnds.getOrDefault(letter.language(), noCurrentEnd).extendedEnd(view, t.end(), sentence) : null;
            if (d != null) {
                date = d.value();
            } else if (extended != null) {
                date = extended;
            } else if (t.rule().takesLetterDate() && letterDate != null && status != null && !status.equals("noted")) {
                date = letterDate;
                fallback = true;
            } else {
                continue;
            }
            Event event = new Event(t.rule().type(), entity, date, null, status, List.of(), view.span(t.start(), t.end()));
            found.add(event);
            if (fallback) {
                byLetterDate.add(event);
            }
        }
        // the letter's date stands in only where the letter states no date for the event: "I propose to
        // establish the Office ... for an initial period beginning on 1 June 2000" is one establishment, in June
        found.removeIf(e -> byLetterDate.contains(e) && found.stream().anyMatch(o -> !byLetterDate.contains(o)
                && o.type().equals(e.type()) && o.entity().equals(e.entity())));
        for (Event e : distinct(found)) {
            LOG.debug("{}: {} {} {}", letter.source(), e.type(), e.entity(), e.date());
            out.add(e);
        }
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

    /** One event per type, entity and date; a coarser date of the same type and entity is dropped. */
    static List<Event> distinct(List<Event> events) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            boolean same = kept.stream().anyMatch(k -> k.type().equals(e.type()) && k.entity().equals(e.entity())
                    && (k.date().equals(e.date()) || ClauseDates.coarser(e.date(), k.date())));
            if (!same) {
                kept.removeIf(k -> k.type().equals(e.type()) && k.entity().equals(e.entity())
                        && ClauseDates.coarser(k.date(), e.date()));
                kept.add(e);
            }
        }
        return kept;
    }
}
