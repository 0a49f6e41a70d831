package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.ExtractionContext;
import org.unkg.extract.Extractor;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.discovery.BodyCatalog;
import org.unkg.extract.discovery.Referents;
import org.unkg.extract.fact.DateValue;
import org.unkg.extract.fact.Event;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Mandate;
import org.unkg.extract.fact.Meta;
import org.unkg.extract.fact.MetaField;
import org.unkg.extract.fact.Task;
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

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void extract(LetterText letter, ExtractionContext context, LetterFacts out) {
        EventRules rules = EventRules.of(letter.language());
        if (rules.rules().isEmpty()) {
            return;
        }
        LetterView view = LetterView.of(letter);
        BodyCatalog catalog = BodyCatalog.of(context.catalog());
        Referents referents = Referents.of(view, out, catalog);
        SubjectFinder subjects = new SubjectFinder(view, referents);
        Cues cues = Cues.of(letter.language());
        DateValue letterDate = out.meta(MetaField.DATE).map(Meta::value).map(DateValue::parse).orElse(null);
        List<int[]> tasks = taskSpans(view, out);
        List<Event> found = new ArrayList<>();
        java.util.Set<Event> byLetterDate = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<EventRules.Trigger> triggers = rules.find(view.text());
        for (EventRules.Trigger t : triggers) {
            if (tasks.stream().anyMatch(s -> t.start() >= s[0] && t.start() < s[1])) {
                continue;
            }
            int[] sentence = view.sentenceAt(t.start());
            String entity = subjects.subject(t, sentence);
            if (entity == null) {
                continue;
            }
            if (OF_ORGANIZATION.contains(t.rule().type())) {
                entity = catalog.organizationOf(entity);
            }
            String status = cues.status(view.text(), sentence[0], sentence[1]);
            List<DateMention> dates = new ArrayList<>(ClauseDates.in(view, cues, sentence[0], sentence[1]));
            dates.removeIf(x -> x.value().equals(letterDate) && cues.documentDateBefore(view.text(), x.start()));
            List<int[]> others = triggers.stream()
                    .filter(o -> !o.rule().type().equals(t.rule().type()) && o.start() >= sentence[0] && o.end() <= sentence[1])
                    .map(o -> new int[] {o.start(), o.end()}).toList();
            DateMention d = ClauseDates.choose(view, cues, dates, t.start(), t.end(), t.rule().takesLetterDate(), others);
            DateValue date;
            boolean fallback = false;
            DateValue extended = d == null && t.rule().type().equals("extension") && t.rule().takesLetterDate()
                    ? CurrentEnd.of(letter.language()).extendedEnd(view, t.end(), sentence) : null;
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

    private static List<int[]> taskSpans(LetterView view, LetterFacts out) {
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
