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
import org.unkg.extract.rules.Alternation;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Seat;

/**
 * Where a body sits: a place named right after the body in a sentence that establishes it ("establishment of
 * a United Nations Regional Centre ... in Ashgabat", "إنشاء مركز ... في عشق أباد") or right after the trigger
 * when the body is named before it ("المكتب سيفتتح في ليبرفيل"), or after a seat cue
 * ("headquartered in", "مقره في") in a sentence naming the body. Only places (cities), not the states a
 * body works in; the seat is the place's catalog key. The seat cue's body is the last one named before it that
 * {@code common/not-subjects.tsv} does not pass over for "seat" ("headed by an Executive Representative of the
 * Secretary-General, headquartered in Freetown" seats the office, not the Secretary-General). A cue that is also an
 * everyday participle ({@code seat-apposition}: "établi à") is read only in apposition to the body before it.
 */
public final class SeatExtractor implements Extractor {
    /** Words between a partner and a seat cue that gives the partner's own seat ("X, which has its headquarters in"). */
    private static final int PARTNER_CLAUSE_GAP = 3;
    private static final int PLACE_THEN_BODY = 12;
    /**
     * The words before a body named as a complement: "... Task Force of the ", "... Force régionale de la " (the
     * {@code complement} and {@code complement-article} words of every language's relations.tsv).
     */
    private final Pattern complement;
    private static final Pattern ACRONYM_FIRST = Pattern.compile("^\\s*\\([^()]{1,20}\\)");
    private final Map<String, RelationCues> cues;
    private final BodyWords words;

    /** The extractor with the relation cues ({@code LANG/relations.tsv}) of {@code context}. */
    public SeatExtractor(ExtractionContext context) {
        List<String[]> relations = context.rules().everyLanguage("relations.tsv");
        this.complement = Pattern.compile("(?s)^(.*?)\\s" + Alternation.ofKind(relations, "complement", "\\s+")
                + "(?:\\s+" + Alternation.ofKind(relations, "complement-article", "\\s+") + ")?\\s*$");
        this.cues = RelationCues.all(context.rules(), context.phrases());
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
            if (opened != null && (bodyBefore(referents, key, sentence.start(), t.start())
                    || named(referents, key, opened.end(), opened.end() + PLACE_THEN_BODY))) {
                // "the Office will open in Libreville", "créer à Bissau un bureau d'appui ..."
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
        if (language == null) {
            return;
        }
        List<Event> established = out.events().stream()
                .filter(e -> e.type().equals("establishment") && e.span() != null).toList();
        for (PhraseScanner.Match m : language.find("seat", view.text())) {
            Sentence sentence = view.sentenceAt(m.start());
            Referent place = placeRightAfter(view, referents, m.end(), sentence.end());
            if (place == null) {
                continue;
            }
            String body = seatOf(view, subjects, language, sentence, m.start(), m.end(), established);
            if (body != null) {
                add(out, body, place, view);
            }
        }
        // "ويتخذ المكتب من بيروت مقرا له", "à Laayoune, où se trouve le quartier général de la Mission": the place first
        for (PhraseScanner.Match m : language.find("seat-before", view.text())) {
            Sentence sentence = view.sentenceAt(m.start());
            Referent place = placeRightBefore(view, referents, m.start(), sentence.start());
            if (place == null) {
                continue;
            }
            Referent named = referents.bodies().stream()
                    .filter(b -> b.start() >= m.start() && b.start() < sentence.end() && view.words(m.end(), b.start()) <= 2
                            && !subjects.passesOver("seat", b.key()))
                    .findFirst().orElse(null);
            String body = named != null ? named.key()
                    : seatOf(view, subjects, language, sentence, place.start(), place.start(), established);
            if (body != null) {
                add(out, body, place, view);
            }
        }
        // "le Bureau ..., établi à Dakar": a participle that also says "drawn up" or "set up" (un bureau de liaison sera
        // établi à Djouba) is a seat cue only in apposition, right after the body and a comma
        for (PhraseScanner.Match m : language.find("seat-apposition", view.text())) {
            Sentence sentence = view.sentenceAt(m.start());
            Referent place = placeRightAfter(view, referents, m.end(), sentence.end());
            Referent body = place == null ? null : bodyInApposition(view, referents, m.start(), sentence.start());
            if (body != null && !subjects.passesOver("seat", body.key()) && !unresolved(referents, body)) {
                add(out, body.key(), place, view);
            }
        }
    }

    /**
     * A comma after the body's name, after the acronym in brackets that follows it, or after that acronym's closing
     * bracket (the acronym itself being the body named last), and nothing else.
     */
    private static final Pattern APPOSITION = Pattern.compile("\\s*(?:\\([^()]{1,20}\\)\\s*|\\)\\s*)?,\\s*");

    /** The body named right before {@code cueStart} with only a comma between (see {@link #APPOSITION}), or null. */
    private static Referent bodyInApposition(LetterAnalysis view, Referents referents, int cueStart, int sentenceStart) {
        Referent last = null;
        for (Referent b : referents.bodies()) {
            if (b.end() <= cueStart && b.start() >= sentenceStart && (last == null || b.end() >= last.end())) {
                last = b;
            }
        }
        return last != null && APPOSITION.matcher(view.text().substring(last.end(), cueStart)).matches() ? last : null;
    }

    /**
     * The body a seat cue at {@code [cueStart, cueEnd)} places: one named within the cue ("ويكون مقر البعثة في"), else
     * the last named before it in the sentence, passing over the Secretary-General and organs; an unknown office whose
     * name the catalog only partly holds ("the United Nations Regional Centre for ... , based in") is no body, so the
     * United Nations named right before the cue is never given the seat. With no body before the cue but a possessive
     * ("Its headquarters would be established in", "son siège"), the first body the sentence before names.
     */
    private String seatOf(LetterAnalysis view, SubjectFinder subjects, RelationCues language, Sentence sentence,
            int cueStart, int cueEnd, List<Event> established) {
        Referents referents = view.referents();
        for (Referent b : referents.bodies()) {
            if (b.start() >= cueStart && b.end() <= cueEnd && !subjects.passesOver("seat", b.key())) {
                return b.key();
            }
        }
        Referent body = null;
        for (Referent b : referents.bodies()) {
            // a partner ("in cooperation with X", the office a new one is set up to succeed: not-antecedents.tsv) is not
            // the body whose seat a later clause gives, only the one a clause right after it gives ("X, whose seat is in")
            if (b.end() <= cueStart && b.start() >= sentence.start() && !subjects.passesOver("seat", b.key())
                    && (!referents.partner(b) || view.words(b.end(), cueStart) <= PARTNER_CLAUSE_GAP)) {
                body = b;
            }
        }
        if (body != null) {
            return unresolved(referents, body) || complement(view, body) ? null : body.key();
        }
        String before = view.text().substring(sentence.start(), cueEnd);
        if (language.patterns("new-body").stream().anyMatch(p -> p.matcher(before).find())) {
            // "Le nouveau Bureau aura son siège à Bangui": the body the letter establishes before the cue
            return established.stream().filter(e -> view.folded(e.span().start()) < cueStart)
                    .reduce((a, b) -> b).map(Event::entity).orElse(null);
        }
        boolean possessive = language.patterns("possessive").stream().anyMatch(p -> p.matcher(before).find());
        if (!possessive) {
            return null;
        }
        Sentence previous = view.sentenceAt(Math.max(0, sentence.start() - 2));
        if (previous.start() >= sentence.start()) {
            return null;
        }
        return referents.bodies().stream()
                .filter(b -> b.start() >= previous.start() && b.end() <= previous.end() && !subjects.passesOver("seat", b.key())
                        && !unresolved(referents, b))
                .map(Referent::key).findFirst().orElse(null);
    }

    /**
     * Whether {@code body} is named as the complement of a body the catalog lacks ("The Regional Task Force of the African
     * Union, with its headquarters in Yambio"): right after "of"/"de" that follows a body head noun.
     */
    private boolean complement(LetterAnalysis view, Referent body) {
        String before = view.text().substring(Math.max(0, body.start() - 60), body.start());
        Matcher m = complement.matcher(before);
        if (!m.find()) {
            return false;
        }
        String[] words = m.group(1).strip().split("[\\s\\p{Punct}]+");
        for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
            if (!words[i].isEmpty() && this.words.isHead(this.words.normal(words[i]))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code body} is the United Nations itself: what is left of an office name the catalog does not hold. */
    private static boolean unresolved(Referents referents, Referent body) {
        var b = referents.catalog().body(body.key());
        return b != null && b.classes().contains("IntergovernmentalOrganization");
    }

    /** A place (not a state) ending within one word (or a comma, "من") before {@code to}. */
    private Referent placeRightBefore(LetterAnalysis view, Referents referents, int to, int floor) {
        Referent found = null;
        for (Referent r : referents.states()) {
            if (r.state() || r.end() > to || r.start() < floor) {
                continue;
            }
            String between = view.text().substring(r.end(), to).replaceAll("[,،]", " ").strip();
            if (between.isEmpty() || (between.split("\\s+").length == 1 && words.isStop(between))) {
                found = r;
            }
        }
        return found;
    }

    private static boolean named(Referents referents, String key, int from, int to) {
        return referents.bodies().stream().anyMatch(b -> b.key().equals(key) && b.start() >= from && b.start() <= to);
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
