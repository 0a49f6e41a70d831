package org.unkg.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.mention.NameTokens.Gap;
import org.unkg.extract.mention.NameTokens.Tok;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;
import org.unkg.text.Tokens;

/**
 * Places a letter names that the catalog does not hold, recognised from their context (issue 10, kind 3):
 * <ul>
 *   <li>after a cue that only places follow: "based in Kigoma", "the island of Bougainville", "l'île d'Anjouan",
 *       "dans la ville de Korhogo", "held in Lozitha", "في مدينة X";</li>
 *   <li>after a preposition ("in Gbarnga", "à Man", "around Obo"), a single name (two words at most) that nothing
 *       else claims;</li>
 *   <li>in a list after such a place: "in Biratnagar, Pokhara, Nepalgunj and Dhangadhi", "à Iriba, à Farchana et à
 *       Goz Beïda", "les régions de Gao, de Kidal et de Tombouctou";</li>
 *   <li>before a word that makes it a place: "Lungi airport", "Mutsamudu, chef-lieu de l'île", "X, the capital";
 *       or with it: "the upper Kodori valley".</li>
 * </ul>
 * A name that the catalog matches, that is a person's (or a person's surname), that is followed by another
 * capitalized word (a longer name: "Lincoln Agreement", "Bougainville Transitional Government"), that is a state's
 * adjective ("to Tajik electoral law") or an acronym is not a place here.
 */
final class PlaceNames {
    private static final int MAX_WORDS = 3;
    private static final int MAX_WEAK_WORDS = 1;
    /** A word compounded with a lower-case word of four letters or more is an adjective: "Hamas-controlled", "Kabul-based". */
    private static final java.util.regex.Pattern ADJECTIVE_COMPOUND = java.util.regex.Pattern.compile("-\\p{Ll}{4,}");

    /** A place found: its name as written and where. */
    record Place(String label, Span span) {}

    private PlaceNames() {}

    /**
     * The places {@code toks} name by context, by the rules {@code r}; {@code catalog} are the gazetteer's matches,
     * {@code persons} the persons found (no place is read inside or as one of their names).
     */
    static List<Place> find(NameTokens toks, FoldedText folded, NameRules r, List<NameMatch> catalog,
            List<PersonNames.Person> persons, Set<String> stateWords, Set<String> adjectives) {
        // a single word after a comma and a role ("Mutsamudu, chef-lieu") is no person's name unless resolved
        persons = persons.stream().filter(PersonNames.Person::solid).toList();
        Set<String> personWords = new HashSet<>();
        for (PersonNames.Person p : persons) {
            personWords.addAll(Tokens.texts(FoldedText.fold(p.label())));
        }
        Context c = new Context(toks, r, catalog, persons, personWords, stateWords, adjectives);
        List<Place> out = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (PhraseMatcher.Hit<String> h : r.placeCues.find(folded)) {
            cued(c, h, MAX_WORDS, out, taken);
        }
        for (PhraseMatcher.Hit<String> h : r.placeWeak.find(folded)) {
            cued(c, h, MAX_WEAK_WORDS, out, taken);
        }
        // Arabic cue words take clitics ("وبلدة", "في مدينة"): compared word by word
        for (int i = 0; i + 1 < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.arabic() && r.arabicPlaceCue(t.folded()) && toks.get(i + 1).gap() == Gap.SPACE) {
                cued(c, new PhraseMatcher.Hit<>(t.start(), t.end(), t.text()), 1, out, taken);
            }
        }
        for (PhraseMatcher.Hit<String> h : r.placeAfter.find(folded)) {
            before(c, h, false, out, taken);
        }
        for (int i = 1; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (r.placeKept.contains(t.folded()) && t.gap() == Gap.SPACE && !t.arabic()) {
                before(c, new PhraseMatcher.Hit<>(t.start(), t.end(), t.text()), true, out, taken);
            }
        }
        return out;
    }

    private record Context(NameTokens toks, NameRules r, List<NameMatch> catalog, List<PersonNames.Person> persons,
            Set<String> personWords, Set<String> stateWords, Set<String> adjectives) {}

    private static void cued(Context c, PhraseMatcher.Hit<String> h, int maxWords, List<Place> out, Set<Integer> taken) {
        NameTokens toks = c.toks();
        int j = toks.at(h.end());
        // "l'île d'Anjouan", "the island of Bougainville": the genitive after a cue
        if (j + 1 < toks.size() && c.r().placeGenitives.contains(toks.get(j).folded()) && toks.get(j + 1).gap() == Gap.SPACE
                && h.end() <= toks.get(j).start()) {
            j++;
        }
        if (j >= toks.size()) {
            return;
        }
        String between = c.r().placeGenitive.matcher(toks.body().substring(h.end(), toks.get(j).start())).replaceFirst("");
        if (!between.isBlank() || between.chars().filter(ch -> ch == '\n').count() > 1) {
            return;
        }
        int end = catalogPlaceEnd(c, j);
        if (end == -2) {
            // a state's name: what follows it in a list may be a party or another body ("between Israel and Hezbollah")
            return;
        }
        if (end < 0) {
            end = extent(c, j, maxWords);
            if (end <= j) {
                return;
            }
            add(c, j, end, out, taken);
        }
        if (toks.get(j).arabic()) {
            return;
        }
        // a list: "in A, B and C", "à A, à B et dans la ville de C", "de A, de B et de C"; items after a bare comma
        // count only when the list is closed by a joining word ("and C")
        Set<String> joins = listWords(c.r());
        List<int[]> pending = new ArrayList<>();
        while (end < toks.size()) {
            Gap gap = toks.get(end).gap();
            if (gap != Gap.COMMA && gap != Gap.SPACE) {
                break;
            }
            int k = end;
            while (k < toks.size() && k - end < 5 && joins.contains(toks.get(k).folded())
                    && (k == end || toks.get(k).gap() == Gap.SPACE)) {
                k++;
            }
            boolean joined = k > end;
            if (k >= toks.size() || !joined && gap != Gap.COMMA || joined && toks.get(k).gap() != Gap.SPACE) {
                break;
            }
            int e = catalogPlaceEnd(c, k);
            if (e == -2) {
                break;
            }
            boolean known = e >= 0;
            if (!known) {
                e = extent(c, k, joined ? maxWords : 1);
                if (e <= k) {
                    break;
                }
            }
            if (!known) {
                pending.add(new int[] {k, e});
            }
            if (joined) {
                for (int[] p : pending) {
                    add(c, p[0], p[1], out, taken);
                }
                pending.clear();
            }
            end = e;
        }
    }

    /** End (exclusive) of a catalog place's name starting at word {@code j}, -2 for a state's name, or -1. */
    private static int catalogPlaceEnd(Context c, int j) {
        NameTokens toks = c.toks();
        Tok t = toks.get(j);
        for (NameMatch m : c.catalog()) {
            if (m.span().start() == t.start() && m.kind() == org.unkg.model.EntityKind.STATE) {
                return -2;
            }
            if (m.span().start() == t.start() && m.kind() == org.unkg.model.EntityKind.PLACE) {
                int k = j;
                while (k < toks.size() && toks.get(k).end() <= m.span().end()) {
                    k++;
                }
                return k;
            }
        }
        return -1;
    }

    private static Set<String> listWords(NameRules r) {
        Set<String> out = new HashSet<>();
        for (String w : r.listWords) {
            out.addAll(Tokens.texts(w));
            out.add(w);
        }
        return out;
    }

    /** A place name before (or, with {@code kept}, with) the word of {@code h}: "Lungi airport", "Kodori valley". */
    private static void before(Context c, PhraseMatcher.Hit<String> h, boolean kept, List<Place> out, Set<Integer> taken) {
        NameTokens toks = c.toks();
        int at = toks.at(h.start());
        if (at >= toks.size() || at == 0) {
            return;
        }
        Gap gap = toks.get(at).gap();
        if (gap != Gap.SPACE && gap != Gap.COMMA || kept && gap != Gap.SPACE) {
            return;
        }
        int last = at - 1;
        if (toks.get(last).arabic()) {
            return;
        }
        int first = NameExtents.scanBack(toks, c.r(), last);
        if (first > last || last - first + 1 > MAX_WEAK_WORDS) {
            return;
        }
        if (!placeLike(c, first, last + 1, false)) {
            return;
        }
        int end = kept ? at + 1 : last + 1;
        if (taken.add(first)) {
            Span span = new Span(toks.get(first).start(), toks.get(end - 1).end());
            out.add(new Place(toks.text(first, end), span));
        }
    }

    /** End (exclusive) of a place name starting at word {@code j}, or {@code j}. */
    private static int extent(Context c, int j, int maxWords) {
        NameTokens toks = c.toks();
        Tok t = toks.get(j);
        if (t.arabic()) {
            String f = t.folded();
            if (c.r().arabicStop(f) || c.r().arabicArticle(f) || c.r().arabicPlaceCue(f)) {
                return j;
            }
            // one word: a second that is a name's ("مدينة دار السلام") is left to the catalog
            if (toks.size() > j + 1 && toks.get(j + 1).gap() == Gap.SPACE) {
                String next = toks.get(j + 1).folded();
                if (!c.r().arabicStop(next) && !c.r().arabicArticle(next) && !c.r().arabic.startsWithConjunction(next)) {
                    return j;
                }
            }
            return placeLike(c, j, j + 1, true) ? j + 1 : j;
        }
        int end = NameExtents.scan(toks, c.r(), j);
        if (end <= j || end - j > maxWords || !placeLike(c, j, end, true)) {
            return j;
        }
        return end;
    }

    /** Whether words {@code [from, to)} may be a place no catalog name, person or longer name claims. */
    private static boolean placeLike(Context c, int from, int to, boolean checkNext) {
        NameTokens toks = c.toks();
        int s = toks.get(from).start();
        int e = toks.get(to - 1).end();
        for (NameMatch m : c.catalog()) {
            if (m.span().start() < e && s < m.span().end()) {
                return false;
            }
        }
        for (PersonNames.Person p : c.persons()) {
            if (p.span().start() < e && s < p.span().end()) {
                return false;
            }
        }
        for (int k = from; k < to; k++) {
            Tok t = toks.get(k);
            if (t.allCaps() || t.initial() || c.personWords().contains(t.folded()) || ADJECTIVE_COMPOUND.matcher(t.text()).find()
                    || c.adjectives().contains(t.folded())
                    || !t.arabic() && c.r().stateAdjective(t.folded(), c.stateWords())) {
                return false;
            }
        }
        if (!toks.get(from).arabic() && toks.upperCaseLine(s)) {
            return false;
        }
        if (checkNext && to < toks.size() && toks.get(to).gap() == Gap.SPACE) {
            Tok next = toks.get(to);
            if (!next.arabic() && (next.capitalized() || c.r().notPlace.contains(next.folded()))) {
                return false;
            }
        }
        return true;
    }

    private static void add(Context c, int from, int to, List<Place> out, Set<Integer> taken) {
        if (!taken.add(from)) {
            return;
        }
        NameTokens toks = c.toks();
        out.add(new Place(toks.text(from, to), new Span(toks.get(from).start(), toks.get(to - 1).end())));
    }
}
