package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.DiscoveredBody;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * The bodies and states a letter names, in text order, from the mentions already extracted, with the words
 * that refer back to a body ({@code data/rules/{lang}/anaphora.tsv}: "the Office", "المركز") resolved to the
 * last body named before them whose name holds the same head word. Where names overlap the longest stands.
 */
public final class Referents {
    private static final int ANAPHORA_REACH = 2500;

    private final List<Referent> bodies = new ArrayList<>();
    private final List<Referent> states = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final BodyCatalog catalog;
    private final LetterAnalysis view;

    private Referents(LetterAnalysis view, LetterFacts facts) {
        this.catalog = view.context().bodies();
        this.view = view;
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
        // longest first; of equal names the one whose label is the whole name stands ("the Regional Task Force of the
        // African Union" is the Task Force; the African Union it names in the genitive shares its words), then the one
        // added last (a name resolved in its context)
        java.util.Collections.reverse(named);
        Map<Referent, Integer> labelLength = new java.util.IdentityHashMap<>();
        for (Referent r : named) {
            String label = names.get(r.key() + "@" + r.start());
            labelLength.put(r, label == null ? 0 : label.length());
        }
        named.sort(Comparator.comparingInt((Referent r) -> r.start() - r.end()).thenComparingInt(Referent::start)
                .thenComparingInt(r -> -labelLength.get(r)));
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
    static Referents of(LetterAnalysis view, LetterFacts facts) {
        return new Referents(view, facts);
    }

    private void resolveAnaphora(LetterAnalysis view) {
        String text = view.text();
        List<Referent> found = new ArrayList<>();
        Map<Referent, String> heads = new LinkedHashMap<>();
        List<String> partnerPhrases = view.rules().notAntecedents();
        List<String> anaphorHeads = view.rules().anaphoraHeads();
        for (PhraseScanner.Match m : view.anaphora()) {
            int s = m.start();
            int e = m.end();
            if (bodies.stream().anyMatch(b -> b.start() < e && s < b.end())
                    || found.stream().anyMatch(b -> b.start() < e && s < b.end() && b.end() - b.start() >= e - s)) {
                continue;
            }
            found.removeIf(b -> b.start() < e && s < b.end());
            Referent r = new Referent(null, s, e, false, true);
            found.add(r);
            heads.put(r, anaphorHeads.get(m.phrase()));
        }
        found.sort(Comparator.comparingInt(Referent::start));
        for (Referent a : found) {
            String head = heads.get(a);
            Referent antecedent = null;
            for (Referent b : bodies) {
                if (b.end() <= a.start() && a.start() - b.end() <= ANAPHORA_REACH && holds(b, head)
                        && !namedAsPartner(text, b, partnerPhrases)) {
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
    private static boolean namedAsPartner(String text, Referent body, List<String> partnerPhrases) {
        String before = text.substring(Math.max(0, body.start() - 60), body.start()).stripTrailing().toLowerCase();
        for (String phrase : partnerPhrases) {
            if (before.endsWith(phrase)) {
                return true;
            }
        }
        return false;
    }

    private boolean holds(Referent body, String head) {
        String written = names.get(body.key() + "@" + body.start());
        if (written != null && content(written).contains(head)) {
            return true;
        }
        String discovered = names.get(body.key());
        if (discovered != null && content(discovered).contains(head)) {
            return true;
        }
        BodyCatalog.Body b = catalog.body(body.key());
        return b != null && b.labelWords().stream().anyMatch(l -> l.contains(head));
    }

    private Set<String> content(String name) {
        return view.content(name);
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
