package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.BodyCatalog;
import org.unkg.extract.core.EventRules;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referent;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.SubjectFinder;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.RuleFiles;

/**
 * The body an event trigger concerns when the words on the trigger's side name none but stand for one
 * ({@code LANG/antecedents.tsv}): a subject pronoun opening the sentence ("It would start its work on 1 January
 * 2006", "Il commencerait ses activités le ...") stands for the first body the sentence before names; a possessive in the
 * trigger ("to continue its activities", "with a view to its closure") for the last body the sentence names before the
 * trigger that is not a partner (else the first body the sentence before names); a description
 * by kind ("the withdrawal of the regional force") for the last body of that catalog class named before it.
 */
final class Antecedents {
    private static final int CLASS_REACH = 1500;
    private static final int PRONOUN_GAP = 6;
    private record ByClass(Pattern pattern, String cls) {}

    private final List<Pattern> pronouns = new ArrayList<>();
    private final List<ByClass> classes = new ArrayList<>();
    private final java.util.Set<String> possessives = new java.util.HashSet<>();
    private final org.unkg.extract.core.BodyWords words;

    /** The antecedent words of {@code language}. */
    Antecedents(RuleFiles rules, String language, PhrasePattern compiler, org.unkg.extract.core.BodyWords words) {
        this.words = words;
        for (String[] r : rules.language(language, "antecedents.tsv")) {
            if (r.length >= 2 && r[0].equals("pronoun")) {
                pronouns.add(compiler.compile(r[1]));
            } else if (r.length >= 2 && r[0].equals("possessive")) {
                possessives.add(org.unkg.text.FoldedText.fold(r[1]));
            } else if (r.length >= 3 && r[0].equals("class")) {
                classes.add(new ByClass(compiler.compile(r[1]), r[2]));
            }
        }
    }

    /** The key the words on the trigger's side stand for, or null. */
    String subject(LetterAnalysis view, SubjectFinder subjects, EventRules.Trigger t, Sentence sentence) {
        String type = t.rule().type();
        String side = t.rule().subject();
        String text = view.text();
        if (!side.equals("before")) {
            for (ByClass c : classes) {
                Matcher m = c.pattern().matcher(text);
                m.region(t.end(), sentence.end());
                if (m.find() && view.words(t.end(), m.start()) <= t.rule().gap()) {
                    return lastOfClass(view, subjects, type, c.cls(), m.start());
                }
            }
        }
        if (!side.equals("after")) {
            for (ByClass c : classes) {
                Matcher m = c.pattern().matcher(text);
                m.region(sentence.start(), t.start());
                if (m.find() && view.words(m.end(), t.start()) <= t.rule().gap()) {
                    return lastOfClass(view, subjects, type, c.cls(), m.start());
                }
            }
            int first = sentence.start();
            while (first < t.start() && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            for (Pattern p : pronouns) {
                Matcher m = p.matcher(text);
                m.region(first, t.start());
                if (m.lookingAt() && view.words(m.end(), t.start()) <= PRONOUN_GAP) {
                    return firstOfSentenceBefore(view, subjects, type, sentence);
                }
            }
        }
        // the trigger's own words say whose ("continue its activities", "مواصلة أنشطته", "تمهيدا لإغلاقه")
        if (possessive(text.substring(t.start(), t.end()))) {
            String topic = topic(view, subjects, type, sentence, t.start());
            return topic != null ? topic : firstOfSentenceBefore(view, subjects, type, sentence);
        }
        return null;
    }

    /** Whether a trigger's words hold a possessive that stands for the body ("continue its activities", "its closure"). */
    private boolean possessive(String trigger) {
        for (String w : trigger.split("[^\\p{L}]+")) {
            if (possessives.contains(w) || possessives.contains(words.normal(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body a possessive before {@code before} stands for: the last body the sentence names before it that is not a
     * partner ("In view of the role played by X ..., in cooperation with the African Union, ... to continue its
     * activities" is X's extension; "after consulting ECOWAS, ... the phasing down of X, with a view to its closure" is
     * X's closure).
     */
    private static String topic(LetterAnalysis view, SubjectFinder subjects, String type, Sentence s, int before) {
        return view.referents().bodies().stream()
                .filter(r -> r.start() >= s.start() && r.end() <= before && !view.referents().partner(r)
                        && !subjects.passesOver(type, r.key()))
                .map(Referent::key).reduce((first, second) -> second).orElse(null);
    }

    private static String lastOfClass(LetterAnalysis view, SubjectFinder subjects, String type, String cls, int before) {
        BodyCatalog catalog = view.referents().catalog();
        String found = null;
        for (Referent r : view.referents().bodies()) {
            BodyCatalog.Body b = catalog.body(r.key());
            if (r.end() <= before && before - r.end() <= CLASS_REACH && b != null && b.classes().contains(cls)
                    && !subjects.passesOver(type, r.key())) {
                found = r.key();
            }
        }
        return found;
    }

    private static String firstOfSentenceBefore(LetterAnalysis view, SubjectFinder subjects, String type, Sentence s) {
        Sentence before = view.sentenceAt(Math.max(0, s.start() - 2));
        if (before.start() >= s.start()) {
            return null;
        }
        return view.referents().bodies().stream()
                .filter(r -> r.start() >= before.start() && r.end() <= before.end() && !subjects.passesOver(type, r.key()))
                .map(Referent::key).findFirst().orElse(null);
    }
}
