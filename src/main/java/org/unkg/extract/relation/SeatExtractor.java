package org.unkg.extract.relation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.BodyWords;
import org.unkg.extract.core.EventRules;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referent;
import org.unkg.extract.core.Referents;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.SubjectFinder;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.LetterFacts;
import org.unkg.model.Seat;

/**
 * Where a body sits: a place named right after the body in a sentence that establishes it ("establishment of
 * a United Nations Regional Centre ... in Ashgabat", "إنشاء مركز ... في عشق أباد") or right after the trigger
 * when the body is named before it ("المكتب سيفتتح في ليبرفيل"), or after a seat cue
 * ("headquartered in", "مقره في") in a sentence naming the body. Only places (cities), not the states a
 * body works in; the seat is the place's catalog key. The seat cue's body is the last one named before it that
 * {@code events/not-subjects.tsv} does not pass over for "seat" ("headed by an Executive Representative of the
 * Secretary-General, headquartered in Freetown" seats the office, not the Secretary-General).
 */
public final class SeatExtractor implements Extractor {
    private static final Pattern ACRONYM_FIRST = Pattern.compile("^\\s*\\([^()]{1,20}\\)");
    private final Map<String, RelationCues> cues;
    private final BodyWords words;

    /** The extractor with the relation cues ({@code events/relations.tsv}) of {@code context}. */
    public SeatExtractor(ExtractionContext context) {
        this.cues = RelationCues.all(context.rules());
        this.words = context.bodyWords();
    }

    @Override
    public String name() {
        return "seats";
    }

    @Override
    public void extract(LetterAnalysis view, LetterFacts out) {
        Referents referents = view.referents();
        SubjectFinder subjects = new SubjectFinder(view);
        for (EventRules.Trigger t : view.triggers().all()) {
            if (!t.rule().type().equals("establishment")) {
                continue;
            }
            Sentence sentence = view.sentenceAt(t.start());
            String key = subjects.subject(t, sentence);
            if (key == null) {
                continue;
            }
            // "the Office will open in Libreville", "المكتب سيفتتح في ليبرفيل": the place follows the trigger
            Referent opened = placeRightAfter(view, referents, t.end(), sentence.end());
            if (opened != null && bodyBefore(referents, key, sentence.start(), t.start())) {
                add(out, key, opened, view);
            }
            for (Referent body : referents.bodies()) {
                if (body.key().equals(key) && body.start() >= sentence.start() && body.end() <= sentence.end()) {
                    Referent place = placeRightAfter(view, referents, body.end(), sentence.end());
                    if (place != null) {
                        add(out, key, place, view);
                    }
                }
            }
        }
        RelationCues language = cues.get(view.language());
        for (PhraseScanner.Match m : language == null ? List.<PhraseScanner.Match>of() : language.find("seat", view.text())) {
            Sentence sentence = view.sentenceAt(m.start());
            Referent place = placeRightAfter(view, referents, m.end(), sentence.end());
            Referent body = null;
            for (Referent b : referents.bodies()) {
                if (b.end() <= m.start() && b.start() >= sentence.start() && !subjects.passesOver("seat", b.key())) {
                    body = b;
                }
            }
            if (place != null && body != null) {
                add(out, body.key(), place, view);
            }
        }
    }

    private static boolean bodyBefore(Referents referents, String key, int from, int to) {
        return referents.bodies().stream().anyMatch(b -> b.key().equals(key) && b.start() >= from && b.end() <= to);
    }

    /** A place (not a state) within one connecting word of {@code from}, past the body's acronym in parentheses. */
    private Referent placeRightAfter(LetterAnalysis view, Referents referents, int from, int limit) {
        for (Referent r : referents.states()) {
            if (r.state() || r.start() < from || r.end() > limit) {
                continue;
            }
            // the body's acronym may stand between: "the Regional Office for Central Africa (UNOCA) in Libreville"
            String between = ACRONYM_FIRST.matcher(view.text().substring(from, r.start())).replaceAll("")
                    .replaceAll("^[\\s)]+", "").strip();
            if (between.isEmpty() || (between.split("\\s+").length == 1 && words.isStop(between))) {
                return r;
            }
        }
        return null;
    }

    private static void add(LetterFacts out, String key, Referent place, LetterAnalysis view) {
        if (out.seats().stream().noneMatch(s -> s.entity().equals(key) && s.place().equals(place.key()))) {
            out.add(new Seat(key, place.key(), view.span(place.start(), place.end())));
        }
    }
}
