package org.unkg.extract.mandate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.date.PeriodFinder;
import org.unkg.extract.date.StatedPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.ExtractionContext;
import org.unkg.extract.Extractor;
import org.unkg.extract.discovery.BodyCatalog;
import org.unkg.extract.discovery.Referent;
import org.unkg.extract.discovery.Referents;
import org.unkg.extract.event.LetterView;
import org.unkg.extract.event.PhrasePattern;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Mandate;
import org.unkg.extract.fact.Task;
import org.unkg.extract.rules.RuleFiles;
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
    private static final Map<String, List<Pattern>> CUES = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "mandates";
    }

    @Override
    public void extract(LetterText letter, ExtractionContext context, LetterFacts out) {
        List<Pattern> cues = cues(letter.language());
        if (cues.isEmpty()) {
            return;
        }
        LetterView view = LetterView.of(letter);
        Referents referents = Referents.of(view, out, BodyCatalog.of(context.catalog()));
        String text = view.text();
        List<int[]> used = new ArrayList<>();
        for (Pattern cue : cues) {
            Matcher m = cue.matcher(text);
            while (m.find()) {
                int cueStart = m.start();
                if (used.stream().anyMatch(u -> cueStart >= u[0] && cueStart < u[1])) {
                    continue;
                }
                List<ListReader.Item> items = ListReader.defaults().read(text, m.end());
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
                    String written = view.bodyText(item.start(), item.end()).strip().replaceAll("\\s+", " ");
                    tasks.add(new Task(tasks.size() + 1, written, view.span(item.start(), item.end())));
                }
                int end = items.get(items.size() - 1).end();
                used.add(new int[] {cueStart, end});
                StatedPeriod period = period(letter);
                out.add(new Mandate(entity, tasks, period == null ? null : period.from(), period == null ? null : period.to(),
                        view.span(cueStart, end)));
                LOG.debug("{}: mandate of {} with {} tasks", letter.source(), entity, tasks.size());
            }
        }
    }

    /** The period the letter gives the office ("for an initial period of two years from 1 January 2011"), or null. */
    private static StatedPeriod period(LetterText letter) {
        for (StatedPeriod p : PeriodFinder.defaults().find(letter.body())) {
            if (p.from() != null || p.to() != null) {
                return p;
            }
        }
        return null;
    }

    private static String office(LetterView view, Referents referents, int cueStart, int cueEnd) {
        int[] sentence = view.sentenceAt(cueStart);
        Referent best = null;
        // "وستتضمن ولاية المكتب ما يلي": the office named inside the cue
        for (Referent r : referents.bodies()) {
            if (r.start() >= cueStart && r.end() <= cueEnd) {
                return r.key();
            }
        }
        for (Referent r : referents.bodies()) {
            if (r.end() <= cueStart && r.start() >= sentence[0]) {
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

    private static List<Pattern> cues(String language) {
        return CUES.computeIfAbsent(language, lang -> PhrasePattern.compileAll(RuleFiles.rows("mandates/cues.tsv").stream()
                .filter(r -> r.length >= 2 && r[0].equals(lang)).map(r -> r[1]).toList()));
    }
}
