package org.unkg.extract.mention;

import java.util.Set;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.mention.NameTokens.Gap;
import org.unkg.extract.mention.NameTokens.Tok;
import org.unkg.model.EntityKind;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;

/**
 * What the words around a catalog name say about it: a state's or a city's name that is part of a river's, a lake's
 * or a gulf's ("le fleuve Niger", "Lake Chad", "the Gulf of Guinea", "the Senegal River") names no state or city; a
 * city's name at the head of an agreement's or a meeting's name ("the Lusaka Protocol", "the Praia Political
 * Declaration", "l'Accord de Ouagadougou") names no place there; an acronym that is also a function word of the
 * letter's language, on a line in capitals ("ADRESSEE AU PRESIDENT"), names no body.
 */
final class Surroundings {
    private static final int LOOKAHEAD = 3;

    private Surroundings() {}

    /** Whether the catalog place or state at {@code span} is part of a longer name. */
    /**
     * Whether a person's name is part of a longer name a person gave a thing: a word after it ({@code not-person}: "the
     * Dag Hammarskjöld Library", "the Kofi Annan International Peacekeeping Training Centre", capitalized words
     * between) or right before it ({@code not-person-before}: "la Bibliothèque Dag Hammarskjöld", "مكتبة داغ همرشولد").
     */
    static boolean insidePersonsNamesake(NameTokens toks, NameRules r, Span span) {
        int first = toks.at(span.start());
        int last = toks.before(span.end());
        if (first >= toks.size() || last < first) {
            return false;
        }
        int p = first - 1;
        if (p >= 0 && toks.get(first).gap() == Gap.SPACE && r.notPersonBefore.contains(toks.get(p).folded())) {
            return true;
        }
        for (int k = last + 1; k < Math.min(toks.size(), last + 1 + LOOKAHEAD); k++) {
            Tok t = toks.get(k);
            if (t.gap() != Gap.SPACE || t.arabic() || !t.capitalized()) {
                break;
            }
            if (r.notPerson.contains(t.folded())) {
                return true;
            }
        }
        return false;
    }

    static boolean insideLongerName(NameTokens toks, NameRules r, Span span, EntityKind kind) {
        int first = toks.at(span.start());
        int last = toks.before(span.end());
        if (first >= toks.size() || last < first) {
            return false;
        }
        // a feature before: "fleuve Niger", "Lake Chad", "Gulf of Guinea", "نهر النيل"
        int p = first - 1;
        if (p >= 0 && toks.get(first).gap() == Gap.SPACE) {
            if (r.features.contains(toks.get(p).folded())) {
                return true;
            }
            if (r.featureLinks.contains(toks.get(p).folded()) && p - 1 >= 0 && toks.get(p).gap() == Gap.SPACE
                    && r.features.contains(toks.get(p - 1).folded())) {
                return true;
            }
        }
        // a feature after: "Senegal River"
        int n = last + 1;
        if (n < toks.size() && toks.get(n).gap() == Gap.SPACE && r.featuresAfter.contains(toks.get(n).folded())) {
            return true;
        }
        if (kind != EntityKind.PLACE) {
            return false;
        }
        // an agreement's or a meeting's name: "Lusaka Protocol", "Praia Political Declaration"
        for (int k = n; k < Math.min(toks.size(), n + LOOKAHEAD); k++) {
            Tok t = toks.get(k);
            if (t.gap() != Gap.SPACE || t.arabic() || !t.capitalized()) {
                break;
            }
            if (r.notPlace.contains(t.folded())) {
                return true;
            }
        }
        // "l'Accord de Ouagadougou", "the Declaration of Praia"
        if (p >= 1 && r.featureLinks.contains(toks.get(p).folded()) && toks.get(first).gap() == Gap.SPACE
                && toks.get(p).gap() == Gap.SPACE && r.notPlaceBefore.contains(toks.get(p - 1).folded())) {
            return true;
        }
        return false;
    }

    /** Whether an organization's acronym is a function word on a line written in capitals ("AU" in "ADRESSEE AU"). */
    static boolean functionWordInCapitals(NameTokens toks, NameRules r, NameMatch m) {
        String label = m.label().strip();
        if (label.isEmpty() || label.length() > 3 || !label.equals(label.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        return r.notName.contains(FoldedText.fold(label)) && toks.upperCaseLine(m.span().start());
    }
}
