package org.unkg.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.mention.NameTokens.Gap;
import org.unkg.extract.mention.NameTokens.Tok;
import org.unkg.model.DiscoveredBody;
import org.unkg.model.Span;

/**
 * Bodies a letter defines by an acronym in brackets that the catalog lacks: "the Inter-African Mission to Monitor the
 * Implementation of the Bangui Agreements (MISAB)", "le Mécanisme conjoint de vérification et de suivi (MCVS)". The
 * name is the words before the bracket whose initials spell the acronym (words such as "of", "de", "et" may be left
 * out, a hyphenated word gives one initial per part); it is a body when one of its words is a body's head noun
 * ({@code body-head} in {@code LANG/names.tsv}: mission, mechanism, commission, front, ...), so that a programme, an
 * agreement or a reform defined the same way ("disarmament, demobilization and reintegration (DDR)", "the
 * Comprehensive Peace Agreement (CPA)") is none. The acronym is the body's key, and each later use of it names the
 * body too. A name or an acronym the catalog matches is left to the catalog. A working group's name ("the Working
 * Group on Peacekeeping Operations (WGPO)": {@code not-body-group}) is none: working groups are not organizations.
 */
final class DefinedBodies {
    private static final Pattern ACRONYM = Pattern.compile("\\(\\s*([A-Z][A-Z]+[0-9]*(?:[-/][A-Z0-9]+)*)\\s*\\)");
    private static final int MAX_NAME_WORDS = 16;

    /** A body defined by its acronym: the discovered body and the spans of its name and of each later use. */
    record Defined(DiscoveredBody body, List<Span> uses) {}

    private DefinedBodies() {}

    static List<Defined> find(NameTokens toks, NameRules r, String language, List<NameMatch> catalog) {
        String body = toks.body();
        List<Defined> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        Matcher m = ACRONYM.matcher(body);
        while (m.find()) {
            String acronym = m.group(1);
            if (seen.containsKey(acronym) || overlaps(catalog, m.start(1), m.end(1))) {
                continue;
            }
            int last = toks.before(m.start());
            if (last < 0 || toks.get(last).arabic()) {
                continue;
            }
            int first = align(toks, r, last, acronym.replaceAll("[^A-Z]", ""));
            if (first < 0) {
                continue;
            }
            int s = toks.get(first).start();
            int e = toks.get(last).end();
            if (overlaps(catalog, s, e)) {
                continue;
            }
            String kind = null;
            for (int k = first; k <= last && kind == null; k++) {
                kind = r.bodyHeads.get(toks.get(k).folded());
            }
            if (kind == null || workingGroup(toks, r, first, last)) {
                continue;
            }
            seen.put(acronym, true);
            String name = toks.text(first, last + 1);
            List<Span> uses = new ArrayList<>();
            uses.add(new Span(s, e));
            Matcher later = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])").matcher(body);
            while (later.find()) {
                if (later.start() >= m.end() || later.start() < s) {
                    uses.add(new Span(later.start(), later.end()));
                }
            }
            out.add(new Defined(new DiscoveredBody(acronym, name, language, kind, new Span(s, e)), uses));
        }
        return out;
    }

    /** Whether words {@code first..last} hold a working group's name ("Working Group on X (WGX)"): an organ's, no body. */
    private static boolean workingGroup(NameTokens toks, NameRules r, int first, int last) {
        for (String[] words : r.workingGroups) {
            for (int k = first; k + words.length - 1 <= last; k++) {
                int j = 0;
                while (j < words.length && toks.get(k + j).folded().equals(words[j])) {
                    j++;
                }
                if (j == words.length) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlaps(List<NameMatch> catalog, int s, int e) {
        for (NameMatch n : catalog) {
            if (n.span().start() < e && s < n.span().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first word of the name ending with word {@code last} whose initials spell {@code letters}, or -1. Words
     * are taken back from the bracket within one sentence: a link word may be passed over or give its initial, any
     * other word gives its initial (or one per hyphenated part).
     */
    private static int align(NameTokens toks, NameRules r, int last, String letters) {
        if (letters.length() < 2) {
            return -1;
        }
        return match(toks, r, last, letters.length() - 1, letters, last, 0);
    }

    private static int match(NameTokens toks, NameRules r, int w, int a, String letters, int last, int depth) {
        if (a < 0) {
            int first = w + 1;
            return r.links.contains(toks.get(first).folded()) ? -1 : first;
        }
        if (w < 0 || last - w >= MAX_NAME_WORDS || depth > 40) {
            return -1;
        }
        Tok t = toks.get(w);
        if (t.arabic() || w < last && toks.get(w + 1).gap() != Gap.SPACE && toks.get(w + 1).gap() != Gap.HYPHEN) {
            return -1;
        }
        String text = r.withoutElision(t.text());
        String[] parts = text.split("-");
        // one initial per hyphenated part ("Inter-Congolese" gives I and C)
        if (parts.length > 1 && a - parts.length + 1 >= 0) {
            boolean ok = true;
            for (int p = 0; p < parts.length && ok; p++) {
                ok = !parts[p].isEmpty() && Character.toUpperCase(parts[p].charAt(0)) == letters.charAt(a - parts.length + 1 + p);
            }
            if (ok) {
                int got = match(toks, r, w - 1, a - parts.length, letters, last, depth + 1);
                if (got >= 0) {
                    return got;
                }
            }
        }
        if (!text.isEmpty() && Character.toUpperCase(text.charAt(0)) == letters.charAt(a)) {
            int got = match(toks, r, w - 1, a - 1, letters, last, depth + 1);
            if (got >= 0) {
                return got;
            }
        }
        if (r.links.contains(t.folded()) && w < last) {
            return match(toks, r, w - 1, a, letters, last, depth + 1);
        }
        return -1;
    }
}
