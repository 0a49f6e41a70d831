package org.unkg.extract.relation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.ExtractionContext;
import org.unkg.extract.Extractor;
import org.unkg.extract.discovery.BodyCatalog;
import org.unkg.extract.discovery.BodyWords;
import org.unkg.extract.discovery.Referent;
import org.unkg.extract.discovery.Referents;
import org.unkg.extract.event.EventRules;
import org.unkg.extract.event.LetterView;
import org.unkg.extract.event.SubjectFinder;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Seat;
import org.unkg.text.LetterText;

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
    @Override
    public String name() {
        return "seats";
    }

    @Override
    public void extract(LetterText letter, ExtractionContext context, LetterFacts out) {
        LetterView view = LetterView.of(letter);
        Referents referents = Referents.of(view, out, BodyCatalog.of(context.catalog()));
        SubjectFinder subjects = new SubjectFinder(view, referents);
        for (EventRules.Trigger t : EventRules.of(letter.language()).find(view.text())) {
            if (!t.rule().type().equals("establishment")) {
                continue;
            }
            int[] sentence = view.sentenceAt(t.start());
            String key = subjects.subject(t, sentence);
            if (key == null) {
                continue;
            }
            // "the Office will open in Libreville", "المكتب سيفتتح في ليبرفيل": the place follows the trigger
            Referent opened = placeRightAfter(view, referents, t.end(), sentence[1]);
            if (opened != null && bodyBefore(referents, key, sentence[0], t.start())) {
                add(out, key, opened, view);
            }
            for (Referent body : referents.bodies()) {
                if (body.key().equals(key) && body.start() >= sentence[0] && body.end() <= sentence[1]) {
                    Referent place = placeRightAfter(view, referents, body.end(), sentence[1]);
                    if (place != null) {
                        add(out, key, place, view);
                    }
                }
            }
        }
        for (Pattern cue : RelationCues.of(letter.language()).patterns("seat")) {
            Matcher m = cue.matcher(view.text());
            while (m.find()) {
                int[] sentence = view.sentenceAt(m.start());
                Referent place = placeRightAfter(view, referents, m.end(), sentence[1]);
                Referent body = null;
                for (Referent b : referents.bodies()) {
                    if (b.end() <= m.start() && b.start() >= sentence[0] && !subjects.passesOver("seat", b.key())) {
                        body = b;
                    }
                }
                if (place != null && body != null) {
                    add(out, body.key(), place, view);
                }
            }
        }
    }

    private static boolean bodyBefore(Referents referents, String key, int from, int to) {
        return referents.bodies().stream().anyMatch(b -> b.key().equals(key) && b.start() >= from && b.end() <= to);
    }

    /** A place (not a state) within one connecting word of {@code from}, past the body's acronym in parentheses. */
    private static Referent placeRightAfter(LetterView view, Referents referents, int from, int limit) {
        for (Referent r : referents.states()) {
            if (r.state() || r.start() < from || r.end() > limit) {
                continue;
            }
            // the body's acronym may stand between: "the Regional Office for Central Africa (UNOCA) in Libreville"
            String between = view.text().substring(from, r.start()).replaceAll("^\\s*\\([^()]{1,20}\\)", "")
                    .replaceAll("^[\\s)]+", "").strip();
            if (between.isEmpty() || (between.split("\\s+").length == 1 && BodyWords.defaults().isStop(between))) {
                return r;
            }
        }
        return null;
    }

    private static void add(LetterFacts out, String key, Referent place, LetterView view) {
        if (out.seats().stream().noneMatch(s -> s.entity().equals(key) && s.place().equals(place.key()))) {
            out.add(new Seat(key, place.key(), view.span(place.start(), place.end())));
        }
    }
}
