package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.BodyWords;
import org.unkg.extract.core.EventRules;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referent;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.SubjectFinder;
import org.unkg.extract.core.Word;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.RuleFiles;

/**
 * The body a renaming concerns where the trigger's rule names none close enough: the old body named a few words before
 * ("UNOWA, which would be renamed"), or the body the new name names, for a renaming whose old name no catalog body
 * matches ("the United Nations Liaison Office in Dushanbe will be renamed the United Nations Tajikistan Office of
 * Peacebuilding",
 * "transformer le Bureau de liaison ... en Bureau des Nations Unies pour l'Afrique de l'Ouest", "توسيع نطاق ولاية مكتب
 * ... ليصبح مكتب ..."): the catalog holds an office under its latest name, so the office renamed is that body. The new
 * name follows the trigger when the old one stands before it, else a word of {@code LANG/renamed-as.tsv} ("into",
 * "en", "إلى") after the old name. The old name must hold a head noun of body names ({@code events/bodies.tsv}: "Office",
 * "Bureau", "مكتب"): transferring funds to an office ("تحويل الأموال ... إلى مكتب ...") renames nothing.
 */
final class RenamedAs {
    /** Words that may stand between the trigger or connector and the new name ("the", "a"). */
    private static final int NEW_NAME_GAP = 2;
    /** How many words an unknown old name may run after the trigger before its connector. */
    private static final int OLD_NAME_REACH = 25;
    /** What opens a relative clause after a body's name: a comma or the closing bracket of its acronym, then a comma. */
    private static final Pattern RELATIVE = Pattern.compile("\\s*(?:\\)\\s*)?[,\u060c]");
    /** Words a relative clause may hold before the trigger ("which would", "qui"). */
    private static final int RELATIVE_GAP = 3;
    private final List<Pattern> connectors = new ArrayList<>();
    private final BodyWords bodyWords;

    /** The connectors of {@code language}; old names are told by the head nouns of {@code bodyWords}. */
    RenamedAs(RuleFiles rules, String language, BodyWords bodyWords, PhrasePattern compiler) {
        this.bodyWords = bodyWords;
        for (String[] r : rules.language(language, "renamed-as.tsv")) {
            if (r.length >= 1 && !r[0].isBlank()) {
                connectors.add(compiler.compile(r[0]));
            }
        }
    }

    /**
     * The key of the body the renaming at {@code t} concerns where its rule's reach found none: the body a short relative
     * clause follows, for a trigger whose old body stands before it ("(UNOWA), which would be renamed ..."), else the body the new name names when the old name holds a body's head noun, or null.
     */
    String newName(LetterAnalysis view, SubjectFinder subjects, EventRules.Trigger t, Sentence sentence) {
        if (t.rule().subject().equals("before")) {
            // "UNOWA, which would be renamed ...", "(UNOWA), qui sera rebaptisé": the body a relative clause follows
            Referent last = null;
            for (Referent r : view.referents().bodies()) {
                if (r.end() <= t.start() && r.start() >= sentence.start() && !subjects.passesOver("renaming", r.key())) {
                    last = r;
                }
            }
            if (last != null && view.words(last.end(), t.start()) <= RELATIVE_GAP
                    && RELATIVE.matcher(view.text().substring(last.end(), t.start())).lookingAt()) {
                return last.key();
            }
            List<Word> before = view.wordsIn(sentence.start(), t.start());
            return namesABody(before.subList(Math.max(0, before.size() - OLD_NAME_REACH), before.size()))
                    ? bodyAt(view, subjects, t.end(), sentence) : null;
        }
        int limit = sentence.end();
        for (Pattern p : connectors) {
            Matcher m = p.matcher(view.text());
            m.region(t.end(), limit);
            while (m.find()) {
                if (view.words(t.end(), m.start()) > OLD_NAME_REACH || !wordStart(view.text(), m.start())
                        || !namesABody(view.wordsIn(t.end(), m.start()))) {
                    continue;
                }
                String key = bodyAt(view, subjects, m.end(), sentence);
                if (key != null) {
                    return key;
                }
            }
        }
        return null;
    }

    private boolean namesABody(List<Word> words) {
        return words.stream().anyMatch(w -> bodyWords.isHead(bodyWords.normal(w.text())));
    }

    private static boolean wordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
    }

    /** The first body starting within {@link #NEW_NAME_GAP} words after {@code from} in the sentence, or null. */
    private static String bodyAt(LetterAnalysis view, SubjectFinder subjects, int from, Sentence sentence) {
        for (Referent r : view.referents().bodies()) {
            if (r.start() >= from && r.end() <= sentence.end() && !r.anaphor() && !subjects.passesOver("renaming", r.key())) {
                return view.words(from, r.start()) <= NEW_NAME_GAP ? r.key() : null;
            }
        }
        return null;
    }
}
