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
import org.unkg.extract.core.Referents;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.date.PeriodFinder;
import org.unkg.extract.date.StatedPeriod;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Task;
import org.unkg.text.LetterText;

/**
 * An office's mandate as the letter lists it: a mandate cue ({@code data/rules/mandates/cues.tsv}: "the
 * following mandate", "بالمهام التالية") followed by a list ({@link ListReader}); each item is a task. The
 * office is the body named within the cue ("تتضمن ولاية المكتب ما يلي"), else the one named or referred to before the
 * cue in its sentence, else the last body named before
 * it. Lists that follow no cue (a draft resolution's operative paragraphs, points raised at a meeting) are not
 * mandates.
 */
public final class MandateExtractor implements Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(MandateExtractor.class);
    private static final int BODY_REACH = 1500;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private final Map<String, PhraseScanner> cues = new HashMap<>();
    private final ListReader lists;
    private final PeriodFinder periods;

    /** The extractor with the mandate cues and list markers ({@code mandates/}) of {@code context}. */
    public MandateExtractor(ExtractionContext context) {
        Map<String, List<String>> phrases = new HashMap<>();
        for (String[] r : context.rules().rows("mandates/cues.tsv")) {
            if (r.length >= 2) {
                phrases.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
            }
        }
        phrases.forEach((language, list) -> cues.put(language, new PhraseScanner(list)));
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
        PhraseScanner cues = this.cues.get(letter.language());
        if (cues == null || cues.size() == 0) {
            return;
        }
        Referents referents = view.referents();
        String text = view.text();
        List<int[]> used = new ArrayList<>();
        StatedPeriod period = null;
        boolean periodRead = false;
        for (PhraseScanner.Match m : cues.find(text)) {
            int cueStart = m.start();
            if (used.stream().anyMatch(u -> cueStart >= u[0] && cueStart < u[1])) {
                continue;
            }
            List<ListReader.Item> items = lists.read(text, m.end());
            if (items.size() < 2) {
                continue;
            }
            String entity = office(view, referents, cueStart, m.end());
            if (entity == null) {
                LOG.debug("{}: mandate list without a body at {}", letter.source(), cueStart);
                continue;
            }
            List<Task> tasks = new ArrayList<>();
            for (ListReader.Item item : items) {
                String written = WHITE_SPACE.matcher(view.bodyText(item.start(), item.end()).strip()).replaceAll(" ");
                tasks.add(new Task(tasks.size() + 1, written, view.span(item.start(), item.end())));
            }
            int end = items.get(items.size() - 1).end();
            used.add(new int[] {cueStart, end});
            if (!periodRead) {
                period = period(view);
                periodRead = true;
            }
            out.add(new Mandate(entity, tasks, period == null ? null : period.from(), period == null ? null : period.to(),
                    view.span(cueStart, end)));
            LOG.debug("{}: mandate of {} with {} tasks", letter.source(), entity, tasks.size());
        }
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

    private static String office(LetterAnalysis view, Referents referents, int cueStart, int cueEnd) {
        Sentence sentence = view.sentenceAt(cueStart);
        Referent best = null;
        // "وستتضمن ولاية المكتب ما يلي": the office named inside the cue
        for (Referent r : referents.bodies()) {
            if (r.start() >= cueStart && r.end() <= cueEnd) {
                return r.key();
            }
        }
        for (Referent r : referents.bodies()) {
            if (r.end() <= cueStart && r.start() >= sentence.start()) {
                best = r;
            }
        }
        if (best == null) {
            for (Referent r : referents.bodies()) {
                if (r.end() <= cueStart && cueStart - r.end() <= BODY_REACH) {
                    best = r;
                }
            }
        }
        return best == null ? null : best.key();
    }
}
