package org.unkg.extract.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.unkg.extract.event.LetterView;
import org.unkg.extract.event.PhrasePattern;
import org.unkg.extract.fact.DiscoveredBody;
import org.unkg.extract.fact.EntityKind;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Mention;
import org.unkg.extract.rules.RuleFiles;

/**
 * The bodies and states a letter names, in text order, from the mentions already extracted, with the words
 * that refer back to a body ({@code data/rules/events/anaphora.tsv}: "the Office", "المركز") resolved to the
 * last body named before them whose name holds the same head word. Where names overlap the longest stands.
 */
public final class Referents {
    private static final int ANAPHORA_REACH = 2500;
    private static final Map<String, List<String[]>> ANAPHORA = new HashMap<>();

    private final List<Referent> bodies = new ArrayList<>();
    private final List<Referent> states = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final BodyCatalog catalog;

    private Referents(LetterView view, LetterFacts facts, BodyCatalog catalog) {
        this.catalog = catalog;
        for (DiscoveredBody d : facts.discovered()) {
            names.put(d.key(), d.name());
        }
        List<Referent> named = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (m.key() == null || m.span() == null) {
                continue;
            }
            int s = view.folded(m.span().start());
            int e = view.folded(m.span().end());
            if (m.kind() == EntityKind.STATE || m.kind() == EntityKind.PLACE) {
                states.add(new Referent(m.key(), s, e, m.kind() == EntityKind.STATE, false));
            } else if (m.kind() == EntityKind.ORGANIZATION) {
                named.add(new Referent(m.key(), s, e, false, false));
                names.putIfAbsent(m.key() + "@" + s, m.label());
            }
        }
        // longest first; of equal names the one added last (a name resolved in its context) stands
        java.util.Collections.reverse(named);
        named.sort(Comparator.comparingInt((Referent r) -> r.start() - r.end()).thenComparingInt(Referent::start));
        for (Referent r : named) {
            if (bodies.stream().noneMatch(k -> k.start() < r.end() && r.start() < k.end())) {
                bodies.add(r);
            }
        }
        states.sort(Comparator.comparingInt(Referent::start));
        resolveAnaphora(view);
        bodies.sort(Comparator.comparingInt(Referent::start));
    }

    /** The referents of a letter whose mentions (and discovered bodies) are in {@code facts}. */
    public static Referents of(LetterView view, LetterFacts facts, BodyCatalog catalog) {
        return new Referents(view, facts, catalog);
    }

    private void resolveAnaphora(LetterView view) {
        String text = view.text();
        List<Referent> found = new ArrayList<>();
        Map<Referent, String> heads = new LinkedHashMap<>();
        for (String[] row : anaphora(view.letter().language())) {
            Matcher m = PhrasePattern.compile(row[1]).matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (bodies.stream().anyMatch(b -> b.start() < e && s < b.end())
                        || found.stream().anyMatch(b -> b.start() < e && s < b.end() && b.end() - b.start() >= e - s)) {
                    continue;
                }
                found.removeIf(b -> b.start() < e && s < b.end());
                Referent r = new Referent(null, s, e, false, true);
                found.add(r);
                heads.put(r, BodyWords.normal(row[2]));
            }
        }
        found.sort(Comparator.comparingInt(Referent::start));
        for (Referent a : found) {
            String head = heads.get(a);
            Referent antecedent = null;
            for (Referent b : bodies) {
                if (b.end() <= a.start() && a.start() - b.end() <= ANAPHORA_REACH && holds(b, head)
                        && !namedAsPartner(text, b, view.letter().language())) {
                    if (antecedent == null || b.start() > antecedent.start()) {
                        antecedent = b;
                    }
                }
            }
            if (antecedent != null) {
                bodies.add(new Referent(antecedent.key(), a.start(), a.end(), false, true));
                bodies.sort(Comparator.comparingInt(Referent::start));
            }
        }
    }

    /** Whether the name of {@code body} follows a partner phrase ({@code not-antecedents.tsv}). */
    private static boolean namedAsPartner(String text, Referent body, String language) {
        String before = text.substring(Math.max(0, body.start() - 60), body.start()).stripTrailing().toLowerCase();
        for (String[] row : notAntecedents(language)) {
            if (before.endsWith(row[1].toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static synchronized List<String[]> notAntecedents(String language) {
        return ANAPHORA.computeIfAbsent("not-antecedent:" + language, k -> RuleFiles.rows("events/not-antecedents.tsv")
                .stream().filter(r -> r.length >= 2 && r[0].equals(language)).toList());
    }

    private boolean holds(Referent body, String head) {
        String written = names.get(body.key() + "@" + body.start());
        if (written != null && BodyWords.defaults().content(written).contains(head)) {
            return true;
        }
        String discovered = names.get(body.key());
        if (discovered != null && BodyWords.defaults().content(discovered).contains(head)) {
            return true;
        }
        BodyCatalog.Body b = catalog.body(body.key());
        return b != null && b.labels().stream().anyMatch(l -> BodyWords.defaults().content(l).contains(head));
    }

    private static synchronized List<String[]> anaphora(String language) {
        return ANAPHORA.computeIfAbsent(language, lang -> RuleFiles.rows("events/anaphora.tsv").stream()
                .filter(r -> r.length >= 3 && r[0].equals(lang)).toList());
    }

    /** Bodies named or referred to, in text order. */
    public List<Referent> bodies() { return bodies; }

    /** States and places named, in text order ({@link Referent#state()} tells which). */
    public List<Referent> states() { return states; }

    /** The state the letter names most often (the first of equals), or null. */
    public String principalState() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Referent r : states) {
            if (!r.state()) {
                continue;
            }
            counts.merge(r.key(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Keys of the states named in {@code [start, end)}, plus the principal state. */
    public Set<String> context(int start, int end) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Referent r : states) {
            if (r.start() >= start && r.end() <= end) {
                out.add(r.key());
            }
        }
        String p = principalState();
        if (p != null) {
            out.add(p);
        }
        return out;
    }

    /** The catalog index these referents were resolved against. */
    public BodyCatalog catalog() { return catalog; }

}
