package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referent;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.SubjectFinder;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.extract.rules.RuleFiles;

/**
 * An office replacing another ({@code LANG/replacements.tsv}): "UNTMIH be replaced, as of 1 December 1997, by
 * MIPONUH", "Le BINUCA remplacera le BONUCA", "ستحل بعثة ... محل مكتب ...", "يستعاض عن المكتب ... بمكتب ...". Each
 * phrase says on which side the old body and the new one are named; the old one must be a body (replacing a
 * generator or a person replaces no office), the new one may be missing. The date is chosen by the caller.
 */
final class Replacements {
    private static final int GAP = 3;
    private static final int NEXT_REACH = 40;
    /** How many words an appositive description of the new body may have before the comma that names it. */
    private static final int APPOSITION = 6;
    /**
     * The side of a new body that must be named after the phrase for it to state a replacement ("a follow-on presence,
     * the X"): a phrase describing a successor without naming one states none.
     */
    private static final String NAMED = "named";

    /**
     * One replacement: the old body, the new one (or null), where the phrase is and where its first words end, and where
     * the old body's name ends.
     */
    record Replacement(String old, String replacement, int start, int end, int anchorEnd, int oldEnd) {}

    private record Rule(Pattern anchor, String oldSide, String newSide) {}

    private final List<Rule> rules = new ArrayList<>();
    /** The rules' phrases, found in one pass (rule by rule, each rule's matches in text order). */
    private final PhraseScanner phrases;

    /** The replacement phrases of {@code language}. */
    Replacements(RuleFiles rules, String language, PhrasePattern compiler) {
        List<String> written = new ArrayList<>();
        for (String[] r : rules.language(language, "replacements.tsv")) {
            if (r.length >= 3) {
                int gap = gapAt(r[0]);
                Pattern anchor = gap > 0 ? compiler.compile(r[0].substring(0, gap)) : null;
                this.rules.add(new Rule(anchor, r[1], r[2]));
                written.add(r[0]);
            }
        }
        this.phrases = new PhraseScanner(written, compiler);
    }

    /** Where the first gap ({@code ...} or {@code (...)}) of a rule phrase starts, or -1. */
    static int gapAt(String phrase) {
        int clause = phrase.indexOf(PhrasePattern.CLAUSE_GAP);
        int words = phrase.indexOf(PhrasePattern.GAP);
        return clause >= 0 && clause < words ? clause : words;
    }

    /** The replacements the letter states. */
    List<Replacement> find(LetterAnalysis view, SubjectFinder subjects) {
        List<Replacement> out = new ArrayList<>();
        String text = view.text();
        for (PhraseScanner.Match m : phrases.find(text)) {
            Rule rule = rules.get(m.phrase());
            int start = m.start();
            int end = m.end();
            if (out.stream().anyMatch(o -> o.start() < end && start < o.end())) {
                continue;
            }
            Sentence s = view.sentenceAt(start);
            List<Referent> closing = bodies(view, subjects, "closure", s);
            List<Referent> opening = bodies(view, subjects, "establishment", s);
            Referent old = side(view, closing, rule.oldSide(), start, end, null);
            if (old == null) {
                continue;
            }
            boolean named = rule.newSide().equals(NAMED);
            Referent neu = side(view, opening, named ? "after" : rule.newSide(), start, end, old);
            if (named && (neu == null || neu.key().equals(old.key()))) {
                // "the transition from UNAMSIL to a follow-on presence": a successor described, not named, replaces nothing
                continue;
            }
            if (neu == null && rule.newSide().equals("before") && old.start() >= end) {
                // "remplacer l'ONUB par le BINUB", "to replace UNOGBIS with UNIOGBIS": the new body follows the old one
                neu = following(view, opening, old.end(), old.key());
            }
            if (neu != null && neu.key().equals(old.key())) {
                neu = null;
            }
            int anchorEnd = end;
            if (rule.anchor() != null) {
                Matcher a = rule.anchor().matcher(text);
                a.region(start, end);
                if (a.lookingAt()) {
                    anchorEnd = a.end();
                }
            }
            out.add(new Replacement(old.key(), neu == null ? null : neu.key(), start, end, anchorEnd, old.end()));
        }
        return out;
    }

    /**
     * The body named within {@link #GAP} words after {@code from}, or after an appositive description of it that a comma
     * closes within {@link #APPOSITION} words ("be succeeded by an integrated peacebuilding office, the United Nations
     * Integrated Peacebuilding Office in the Central African Republic", "par un bureau intégré, le Bureau intégré ..."); the
     * old body ({@code old}, its acronym after its name) is passed over.
     */
    private static Referent following(LetterAnalysis view, List<Referent> bodies, int from, String old) {
        List<Referent> others = bodies.stream().filter(r -> !r.key().equals(old)).toList();
        Referent near = others.stream().filter(r -> r.start() >= from && view.words(from, r.start()) <= GAP).findFirst()
                .orElse(null);
        if (near != null) {
            return near;
        }
        String text = view.text();
        int comma = text.indexOf(',', from);
        if (comma < 0 || view.words(from, comma) > APPOSITION || text.substring(from, comma).matches("(?s).*[;:.].*")
                || others.stream().anyMatch(r -> r.start() >= from && r.start() < comma)) {
            return null;
        }
        return others.stream().filter(r -> r.start() > comma && view.words(comma + 1, r.start()) <= GAP).findFirst().orElse(null);
    }

    private static List<Referent> bodies(LetterAnalysis view, SubjectFinder subjects, String type, Sentence s) {
        return view.referents().bodies().stream()
                .filter(r -> r.start() >= s.start() && r.end() <= s.end() && !subjects.passesOver(type, r.key())).toList();
    }

    private static Referent side(LetterAnalysis view, List<Referent> bodies, String side, int start, int end, Referent old) {
        switch (side) {
            case "before" -> {
                Referent last = null;
                for (Referent r : bodies) {
                    if (r.end() <= start && view.words(r.end(), start) <= GAP) {
                        last = r;
                    }
                }
                return last;
            }
            case "subject" -> {
                // "UNMISET will complete its mandate on D and will be succeeded by UNOTIL": the subject the
                // coordinated predicate shares, the first body of the sentence
                return bodies.stream().filter(r -> r.end() <= start).findFirst().orElse(null);
            }
            case "after" -> {
                return following(view, bodies, old != null && old.start() >= end ? old.end() : end, old == null ? null : old.key());
            }
            case "inside" -> {
                return bodies.stream().filter(r -> r.start() >= start && r.end() <= end).findFirst().orElse(null);
            }
            case "next" -> {
                if (old == null) {
                    return null;
                }
                return bodies.stream().filter(r -> r.start() >= old.end() && !r.key().equals(old.key()) && !r.anaphor()
                        && view.words(old.end(), r.start()) <= NEXT_REACH).findFirst().orElse(null);
            }
            default -> {
                return null;
            }
        }
    }
}
