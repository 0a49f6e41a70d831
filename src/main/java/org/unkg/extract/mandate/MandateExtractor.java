package org.unkg.extract.mandate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referent;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.SubjectFinder;
import org.unkg.extract.date.PeriodFinder;
import org.unkg.extract.date.StatedPeriod;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.Diagnostic;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Task;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;

/**
 * An office's mandate as the letter lists it. A mandate cue ({@code data/rules/LANG/mandate-cues.tsv}) is followed by a
 * list ({@link ListReader}): a {@code list} cue ("It will be entrusted with the following functions:", "Le Bureau
 * aurait pour mandat de :", "وتتمثل مهام المكتب فيما يلي:") right before its first marker, or a {@code heading} cue
 * opening a line that goes on with the office's name ("Mandate of the United Nations ... Office in X", an annex)
 * right before the list. In an Arabic letter in PDF visual order, whose repair may leave a list marker inside its
 * line ("مساعدة الحكومة على (أ) حماية ..."), the list is read line by line ({@link ListReader#readByLines}).
 *
 * <p>The office is, in this order: the body named within the cue ("the mandate of the Office would include"), the
 * one named or referred to before the cue in its sentence, the one named after an {@code after} cue in the sentence
 * that follows the list ("These functions would be carried out by ... (BONUCA)"), the last body named before the
 * cue ("It will be entrusted ...", "Ses fonctions ..."). Bodies of the classes {@code common/not-subjects.tsv} passes
 * over for {@code mandate} (the Secretary-General, the Council, a regional organization) are never the office; a
 * list with no office is not a mandate: it is reported as a {@code task-list-without-owner} diagnostic.
 *
 * <p>Each item is a task; where an item introduces a list of its own after a colon (an objective with its
 * sub-tasks), its sub-items are the tasks instead: the count is of the leaf tasks the letter lists. Lists that
 * follow no cue (a draft resolution's operative paragraphs, the Council's requests, a Government's commitments, an
 * agenda) are not mandates.
 */
public final class MandateExtractor implements Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(MandateExtractor.class);
    private static final int BODY_REACH = 1500;
    private static final int AFTER_REACH = 300;
    private static final int HEADING_GAP = 2;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private final Map<String, Map<String, PhraseScanner>> cues = new HashMap<>();
    private final ListReader lists;
    private final PeriodFinder periods;

    /** The extractor with the mandate cues and list markers ({@code LANG/mandate-cues.tsv}, {@code common/list-markers.tsv}) of {@code context}. */
    public MandateExtractor(ExtractionContext context) {
        for (String language : context.rules().languages()) {
            Map<String, List<String>> byKind = new HashMap<>();
            for (String[] r : context.rules().language(language, "mandate-cues.tsv")) {
                if (r.length >= 2 && !r[0].equals("item-joiner")) {
                    byKind.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
                }
            }
            if (!byKind.isEmpty()) {
                Map<String, PhraseScanner> compiled = new HashMap<>();
                byKind.forEach((kind, list) -> compiled.put(kind, new PhraseScanner(list, context.phrases())));
                cues.put(language, compiled);
            }
        }
        this.lists = new ListReader(context.rules());
        this.periods = context.periods();
    }

    @Override
    public String name() {
        return "mandates";
    }

    @Override
    public void extract(LetterAnalysis view, LetterFacts out) {
        LetterText letter = view.letter();
        Map<String, PhraseScanner> byKind = this.cues.getOrDefault(letter.language(), Map.of());
        if (byKind.isEmpty()) {
            return;
        }
        SubjectFinder subjects = new SubjectFinder(view);
        List<int[]> used = new ArrayList<>();
        List<Mandate> found = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        PhraseScanner after = byKind.get("after");
        if (byKind.containsKey("list")) {
            for (PhraseScanner.Match m : byKind.get("list").find(view.text())) {
                Sentence sentence = view.sentenceAt(m.start());
                if (m.end() > sentence.end() + 1) {
                    continue;
                }
                read(view, found, diagnostics, subjects, used, after, m.start(), m.end(), m.end(), null);
            }
        }
        if (byKind.containsKey("heading")) {
            for (PhraseScanner.Match m : byKind.get("heading").find(view.text())) {
                if (!atLineStart(view.text(), m.start())) {
                    continue;
                }
                Referent named = view.referents().bodies().stream()
                        .filter(r -> r.start() >= m.end() && view.words(m.end(), r.start()) <= HEADING_GAP
                                && !subjects.passesOver("mandate", r.key()))
                        .findFirst().orElse(null);
                if (named != null) {
                    read(view, found, diagnostics, subjects, used, after, m.start(), m.end(), named.end(), named.key());
                }
            }
        }
        diagnostics.forEach(out::add);
        if (found.isEmpty()) {
            return;
        }
        StatedPeriod period = period(view);
        for (Mandate m : found) {
            out.add(new Mandate(m.entity(), m.tasks(), period == null ? null : period.from(), period == null ? null : period.to(),
                    m.span()));
        }
    }

    /** Reads the list at {@code listFrom} as the mandate of {@code owner} (null: the office the cue refers to). */
    private void read(LetterAnalysis view, List<Mandate> out, List<Diagnostic> diagnostics, SubjectFinder subjects,
            List<int[]> used, PhraseScanner after, int cueStart, int cueEnd, int listFrom, String owner) {
        String text = view.text();
        if (used.stream().anyMatch(u -> cueStart < u[1] && listFrom >= u[0])) {
            return;
        }
        List<ListReader.Item> items = lists.read(text, listFrom);
        if (items.size() < 2 && view.letter().layout() == Layout.VISUAL_PDF) {
            items = lists.readByLines(text, listFrom);
        }
        if (items.size() < 2) {
            return;
        }
        int end = items.get(items.size() - 1).end();
        String entity = owner != null ? owner : office(view, subjects, after, cueStart, cueEnd, end);
        if (entity == null) {
            LOG.debug("{}: a task list with no owner at {}", view.letter().source(), cueStart);
            diagnostics.add(new Diagnostic("task-list-without-owner",
                    items.size() + " tasks after \"" + view.bodyText(cueStart, cueEnd) + "\"", view.span(cueStart, end)));
            return;
        }
        List<Task> tasks = new ArrayList<>();
        for (ListReader.Item item : leaves(text, items)) {
            String written = WHITE_SPACE.matcher(view.bodyText(item.start(), item.end()).strip()).replaceAll(" ");
            tasks.add(new Task(tasks.size() + 1, written, view.span(item.start(), item.end())));
        }
        used.add(new int[] {cueStart, end});
        out.add(new Mandate(entity, tasks, null, null, view.span(cueStart, end)));
        LOG.debug("{}: mandate of {} with {} tasks", view.letter().source(), entity, tasks.size());
    }

    /** The leaf items: an item that introduces a list of its own after a colon stands for that list's items. */
    private List<ListReader.Item> leaves(String text, List<ListReader.Item> items) {
        List<ListReader.Item> out = new ArrayList<>();
        for (ListReader.Item item : items) {
            int colon = text.indexOf(':', item.start());
            List<ListReader.Item> sub = colon >= 0 && colon < item.end() ? lists.read(text, colon + 1, item.end()) : List.of();
            if (sub.size() >= 2) {
                out.addAll(sub);
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean atLineStart(String text, int pos) {
        int p = pos - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p < 0 || text.charAt(p) == '\n';
    }

    /** The period the letter gives the office ("for an initial period of two years from 1 January 2011"), or null. */
    private StatedPeriod period(LetterAnalysis view) {
        for (StatedPeriod p : periods.find(view.body(), view.folded(), view.bodyDates())) {
            if (p.from() != null || p.to() != null) {
                return p;
            }
        }
        return null;
    }

    private static String office(LetterAnalysis view, SubjectFinder subjects, PhraseScanner afterCues, int cueStart, int cueEnd,
            int listEnd) {
        List<Referent> bodies = view.referents().bodies().stream()
                .filter(r -> !subjects.passesOver("mandate", r.key())).toList();
        // "the mandate of the Office would include": the office named inside the cue
        for (Referent r : bodies) {
            if (r.start() >= cueStart && r.end() <= cueEnd) {
                return r.key();
            }
        }
        Sentence sentence = view.sentenceAt(cueStart);
        Referent best = null;
        for (Referent r : bodies) {
            if (r.end() <= cueStart && r.start() >= sentence.start()) {
                best = r;
            }
        }
        if (best != null) {
            return best.key();
        }
        String after = namedAfter(view, bodies, afterCues, listEnd);
        if (after != null) {
            return after;
        }
        for (Referent r : bodies) {
            if (r.end() <= cueStart && cueStart - r.end() <= BODY_REACH) {
                best = r;
            }
        }
        return best == null ? null : best.key();
    }

    /** "These functions would be carried out by X": the body after an {@code after} cue just past the list. */
    private static String namedAfter(LetterAnalysis view, List<Referent> bodies, PhraseScanner afterCues, int listEnd) {
        if (afterCues == null) {
            return null;
        }
        String text = view.text();
        int limit = Math.min(text.length(), listEnd + AFTER_REACH);
        for (int i = 0; i < afterCues.size(); i++) {
            Matcher m = afterCues.pattern(i).matcher(text);
            m.region(listEnd, limit);
            if (!m.find()) {
                continue;
            }
            Sentence sentence = view.sentenceAt(m.start());
            for (Referent r : bodies) {
                if (r.start() >= m.end() && r.end() <= sentence.end()) {
                    return r.key();
                }
            }
        }
        return null;
    }
}
