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
    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile("[\\s,\u060C'\u2019]+");

    private final List<Referent> bodies = new ArrayList<>();
    private final List<Referent> states = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Set<Referent> partners = new java.util.HashSet<>();
    private final BodyCatalog catalog;
    private final LetterAnalysis view;

    private Referents(LetterAnalysis view, List<Mention> mentions, List<DiscoveredBody> discovered) {
        this.catalog = view.context().bodies();
        this.view = view;
        for (DiscoveredBody d : discovered) {
            names.put(d.key(), d.name());
        }
        List<Referent> named = new ArrayList<>();
        for (Mention m : mentions) {
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
        bodies.sort(Comparator.comparingInt(Referent::start));
        findPartners(view);
        resolveAnaphora(view);
        bodies.sort(Comparator.comparingInt(Referent::start));
    }

    /** The referents of a letter whose mentions (and discovered bodies) are in {@code facts}. */
    static Referents of(LetterAnalysis view, LetterFacts facts) {
        return of(view, facts.mentions(), facts.discovered());
    }

    /** The referents of a letter with {@code mentions} and {@code discovered} bodies. */
    static Referents of(LetterAnalysis view, List<Mention> mentions, List<DiscoveredBody> discovered) {
        return new Referents(view, mentions, discovered);
    }

    private void resolveAnaphora(LetterAnalysis view) {
        String text = view.text();
        List<Referent> found = new ArrayList<>();
        Map<Referent, String> heads = new LinkedHashMap<>();
        List<String> anaphorHeads = view.rules().anaphoraHeads();
        List<Boolean> capital = view.rules().anaphoraCapital();
        for (PhraseScanner.Match m : view.anaphora()) {
            int s = m.start();
            int e = m.end();
            if (capital.get(m.phrase())) {
                String written = view.bodyText(s, e);
                if (written.isEmpty() || !Character.isUpperCase(written.codePointAt(0))) {
                    continue;
                }
            }
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
                if (b.end() <= a.start() && a.start() - b.end() <= ANAPHORA_REACH && holds(b, head) && !partners.contains(b)) {
                    if (antecedent == null || b.start() > antecedent.start()) {
                        antecedent = b;
                    }
                }
            }
            if (antecedent == null) {
                antecedent = ofHeadClass(view, a, head);
            }
            if (antecedent != null) {
                bodies.add(new Referent(antecedent.key(), a.start(), a.end(), false, true));
                bodies.sort(Comparator.comparingInt(Referent::start));
            }
        }
    }

    /**
     * The bodies named as partners: right after a partner phrase ({@code not-antecedents.tsv}: "in cooperation with",
     * "بالتعاون مع"), and those listed after such a body, joined to it by commas and list words only
     * ({@code events/list-joiners.tsv}: "in cooperation with the African Union, ECOWAS and the European Union").
     */
    private void findPartners(LetterAnalysis view) {
        String text = view.text();
        List<String> phrases = view.rules().notAntecedents();
        Set<String> joiners = view.context().listJoiners(view.language());
        Referent previous = null;
        for (Referent b : bodies) {
            if (namedAsPartner(text, b, phrases)
                    || (previous != null && partners.contains(previous) && listed(text, previous.end(), b.start(), joiners))) {
                partners.add(b);
            }
            previous = b;
        }
    }

    /** Whether only commas, spaces and list words stand between {@code from} and {@code to}. */
    public static boolean listed(String text, int from, int to, Set<String> joiners) {
        if (to < from) {
            return false;
        }
        for (String w : LIST_GAP.split(text.substring(from, to))) {
            if (!w.isEmpty() && !joiners.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the Office" where no body named before it holds "office": the last body named before it, not as a partner, of
     * the catalog class the head noun names ({@code events/bodies.tsv}: office → PoliticalMission), so a letter calling
     * its Centre "the Office" still refers to the Centre; null when there is none.
     */
    private Referent ofHeadClass(LetterAnalysis view, Referent anaphor, String head) {
        String cls = view.context().bodyWords().headClass(head, view.language());
        if (cls == null) {
            return null;
        }
        Referent found = null;
        for (Referent b : bodies) {
            BodyCatalog.Body body = catalog.body(b.key());
            if (!b.anaphor() && b.end() <= anaphor.start() && anaphor.start() - b.end() <= ANAPHORA_REACH
                    && !partners.contains(b) && body != null && body.classes().contains(cls)) {
                found = b;
            }
        }
        return found;
    }

    /** Whether {@code body} is named as a partner of the letter's subject ("in cooperation with X"), not as its subject. */
    public boolean partner(Referent body) {
        return partners.contains(body);
    }

    /** Whether the name of {@code body} follows a partner phrase ({@code not-antecedents.tsv}). */
    private static boolean namedAsPartner(String text, Referent body, List<String> partnerPhrases) {
        // a phrase broken over lines ("en\ncoopération avec") is the phrase
        String before = org.unkg.text.WhiteSpace.collapse(text.substring(Math.max(0, body.start() - 60), body.start())).stripTrailing()
                .toLowerCase();
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
