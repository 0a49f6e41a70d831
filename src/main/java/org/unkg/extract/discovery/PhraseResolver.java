package org.unkg.extract.discovery;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.unkg.extract.core.BodyCatalog;
import org.unkg.extract.core.BodyWords;
import org.unkg.extract.core.Word;

/**
 * Finds the catalog body a phrase of a letter names when the phrase is not a catalog label: a body is
 * named before its name is settled ("a United Nations Regional Office for Central Africa in
 * Libreville"), in another word order ("مكتب إقليمي للأمم المتحدة لوسط أفريقيا"), or shortened
 * ("بعثة الأمم المتحدة للمساعدة"). A body matches when one of its labels holds every telling word of the
 * phrase, the phrase holding a head noun (office, centre, مكتب, ...) and two words more, one of them neither a head
 * noun nor a generic word ({@link BodyWords#telling}: "an open-ended working group" names no body). Of several matches,
 * the one whose country or site the context names wins.
 */
public final class PhraseResolver {
    private static final int MAX_WORDS = 14;
    private final BodyCatalog catalog;
    private final BodyWords words;
    private final Map<String, List<Set<String>>> labelWords = new HashMap<>();
    /** The keys in the order candidates are listed (the iteration order of {@link #labelWords}). */
    private final List<String> keys = new ArrayList<>();
    /** For each label (numbered over all bodies), the index in {@link #keys} of its body. */
    private final int[] labelKey;
    /** For each telling word, the labels holding it. */
    private final Map<String, BitSet> labelsWith = new HashMap<>();

    /** Match. */
    public record Resolved(String key, int words) {}

    public PhraseResolver(BodyCatalog catalog, BodyWords words) {
        this.catalog = catalog;
        this.words = words;
        for (BodyCatalog.Body b : catalog.bodies()) {
            labelWords.put(b.key(), b.labelWords());
        }
        List<Integer> owners = new ArrayList<>();
        for (Map.Entry<String, List<Set<String>>> e : labelWords.entrySet()) {
            int key = keys.size();
            keys.add(e.getKey());
            for (Set<String> label : e.getValue()) {
                int id = owners.size();
                owners.add(key);
                for (String w : label) {
                    labelsWith.computeIfAbsent(w, k -> new BitSet()).set(id);
                }
            }
        }
        labelKey = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The keys of the bodies one of whose labels holds every word of {@code content}, in {@link #keys} order. */
    private List<String> holding(Set<String> content) {
        BitSet labels = null;
        for (String w : content) {
            BitSet with = labelsWith.get(w);
            if (with == null) {
                return List.of();
            }
            if (labels == null) {
                labels = (BitSet) with.clone();
            } else {
                labels.and(with);
            }
            if (labels.isEmpty()) {
                return List.of();
            }
        }
        BitSet owners = new BitSet();
        for (int id = labels.nextSetBit(0); id >= 0; id = labels.nextSetBit(id + 1)) {
            owners.set(labelKey[id]);
        }
        List<String> out = new ArrayList<>();
        for (int k = owners.nextSetBit(0); k >= 0; k = owners.nextSetBit(k + 1)) {
            out.add(keys.get(k));
        }
        return out;
    }

    /**
     * The body named by the longest run of {@code phrase} from its first word (forward) or ending at its
     * last word (backward), given the keys of states and places the context names.
     */
    public Optional<Resolved> resolve(List<Word> phrase, boolean forward, Set<String> context) {
        return resolve(phrase, forward, context, w -> false);
    }

    /**
     * As {@link #resolve(List, boolean, Set)}, where {@code capitalised} tells which words are written with a
     * capital: a forward run followed by a capitalised word, or by a connecting word and a capitalised word
     * ("United Nations Office | for West Africa"), is part of a longer name and is not taken; a location word
     * ("in", "في") may follow.
     */
    public Optional<Resolved> resolve(List<Word> phrase, boolean forward, Set<String> context, Predicate<Word> capitalised) {
        int max = Math.min(phrase.size(), MAX_WORDS);
        // each word's normal form, or null for a word that tells nothing, worked out once
        String[] normals = new String[phrase.size()];
        int from = forward ? 0 : phrase.size() - max;
        for (int i = from; i < from + max; i++) {
            String text = phrase.get(i).text();
            normals[i] = words.isStop(text) ? null : words.normal(text);
        }
        for (int n = max; n >= 1; n--) {
            if (forward && n < phrase.size() && truncated(phrase, n, capitalised)) {
                continue;
            }
            int first = forward ? 0 : phrase.size() - n;
            Set<String> content = new LinkedHashSet<>();
            for (int i = first; i < first + n; i++) {
                if (normals[i] != null) {
                    content.add(normals[i]);
                }
            }
            if (content.size() < 3 || content.stream().noneMatch(words::isHead) || !words.telling(content)) {
                continue;
            }
            List<String> candidates = holding(content);
            if (candidates.isEmpty()) {
                continue;
            }
            int used = n;
            return pick(candidates, content, context).map(k -> new Resolved(k, used));
        }
        return Optional.empty();
    }

    private boolean truncated(List<Word> phrase, int n, Predicate<Word> capitalised) {
        Word next = phrase.get(n);
        if (words.isLocation(next.text())) {
            return false;
        }
        if (capitalised.test(next)) {
            return true;
        }
        return words.isStop(next.text()) && n + 1 < phrase.size() && capitalised.test(phrase.get(n + 1));
    }

    private Optional<String> pick(List<String> candidates, Set<String> content, Set<String> context) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        List<String> placed = candidates.stream()
                .filter(k -> catalog.body(k).where().stream().anyMatch(context::contains)).toList();
        if (placed.size() == 1) {
            return Optional.of(placed.get(0));
        }
        List<String> pool = placed.isEmpty() ? candidates : placed;
        int best = Integer.MAX_VALUE;
        String bestKey = null;
        boolean tie = false;
        for (String k : pool) {
            int extra = labelWords.get(k).stream().filter(l -> l.containsAll(content))
                    .mapToInt(l -> l.size() - content.size()).min().orElse(Integer.MAX_VALUE);
            if (extra < best) {
                best = extra;
                bestKey = k;
                tie = false;
            } else if (extra == best) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(bestKey);
    }
}
