package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unkg.catalog.Thesaurus;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;
import org.unkg.text.LetterWords;

/**
 * The UNBIS Thesaurus as the subject indexer reads it, built once with the {@link ExtractionContext}: for each
 * language, every descriptor's preferred label, and the entry terms an indexer reads as a descriptor
 * ({@code subjects/entry-terms.tsv}: "technical assistance" for TECHNICAL COOPERATION), as a set of word forms
 * ({@link WordForms}), found in a letter's folded
 * text in one pass over its words. A label matches where its words stand next to each other in the letter, in any
 * order and with up to three skipped words between them ({@code la consolidation de la paix} ~ CONSOLIDATION DE
 * LA PAIX, {@code the situation in Tajikistan} ~ TAJIKISTAN SITUATION, {@code لبناء السلام} ~ بناء السلام), never
 * across punctuation other than hyphens and apostrophes. Each word of the letter is looked up once; the words of a
 * window are combined into an order-free hash, so finding every label costs a few hash lookups per word whatever the
 * size of the thesaurus. Microthesauri (categories) are not looked for: they classify terms, and a cataloguer never
 * assigns them.
 *
 * <p>It also answers what the indexer needs to rank concepts: their depth in the hierarchy, their broader concepts,
 * and which concept a written term names. Immutable and thread-safe.
 */
public final class ConceptIndex {
    /**
     * A label found: the concept's IRI, {@code [start, end)} in the folded text, and whether its noun is written once
     * for two coordinated modifiers ({@code shared}: financial in "technical and financial support").
     */
    public record Hit(String concept, int start, int end, boolean shared) {
        /** A label written whole. */
        public Hit(String concept, int start, int end) {
            this(concept, start, end, false);
        }
    }

    private static final int MAX_SKIPPED = 3;
    private final Thesaurus thesaurus;
    private final Map<String, Language> languages = new HashMap<>();

    private ConceptIndex(Thesaurus thesaurus, RuleFiles rules) {
        this.thesaurus = thesaurus;
        List<String> codes = new ArrayList<>();
        for (Thesaurus.Concept c : thesaurus.concepts()) {
            for (String lang : c.labels().keySet()) {
                if (!codes.contains(lang)) {
                    codes.add(lang);
                }
            }
        }
        for (String lang : codes) {
            languages.put(lang, new Language(WordForms.of(lang, rules), thesaurus, rules.rowsIfPresent("subjects/entry-terms.tsv")));
        }
    }

    /** The index of {@code thesaurus} with the word rules of {@code rules}. */
    public static ConceptIndex of(Thesaurus thesaurus, RuleFiles rules) {
        return new ConceptIndex(thesaurus, rules);
    }

    /** Whether the index has any concept (a context made without the thesaurus has none). */
    public boolean isEmpty() {
        return thesaurus.size() == 0;
    }

    /** Every label of {@code language} found in the folded {@code text}, in text order. */
    public List<Hit> find(String text, String language) {
        Language l = languages.get(language);
        return l == null ? List.of() : l.find(LetterWords.of(text));
    }

    /** Every label of {@code language} found in the folded text of {@code words}, in text order. */
    public List<Hit> find(LetterWords words, String language) {
        Language l = languages.get(language);
        return l == null ? List.of() : l.find(words);
    }

    /** The concept a written term names, in any language (see {@link Thesaurus#find}); empty when none. */
    public Optional<String> conceptOf(String term) {
        return thesaurus.find(term).map(Thesaurus.Concept::iri);
    }

    /** The IRI of the concept of code {@code notation} ({@code 1004776}: PEACEBUILDING). */
    public String iri(String notation) {
        return Thesaurus.NAMESPACE + notation;
    }

    /** Whether {@code iri} is a concept of the thesaurus. */
    public boolean has(String iri) {
        return thesaurus.concept(iri) != null;
    }

    /** The depth of a concept in the hierarchy (0: a microthesaurus). */
    public int depth(String iri) {
        return thesaurus.depth(iri);
    }

    /** The broader concepts of {@code iri}. */
    public List<String> broader(String iri) {
        Thesaurus.Concept c = thesaurus.concept(iri);
        return c == null ? List.of() : c.broader();
    }

    /** The narrower concepts of {@code iri}. */
    public List<String> narrower(String iri) {
        return thesaurus.narrower(iri);
    }

    /** Whether {@code iri} is a microthesaurus (a category) rather than a descriptor. */
    public boolean category(String iri) {
        Thesaurus.Concept c = thesaurus.concept(iri);
        return c != null && c.category();
    }

    /** The label of a concept in {@code language} (else English), or the IRI when unknown. */
    public String label(String iri, String language) {
        Thesaurus.Concept c = thesaurus.concept(iri);
        return c == null ? iri : c.label(language);
    }

    /** The number of label words of {@code iri} in {@code language} (how specific the label is), 0 when unknown. */
    public int words(String iri, String language) {
        Language l = languages.get(language);
        return l == null ? 0 : l.words.getOrDefault(iri, 0);
    }

    /** One language's labels as word-form sets. */
    private static final class Language {
        private final WordForms forms;
        private final Map<String, Integer> vocabulary = new HashMap<>();
        private final Map<Long, int[]> byHash = new HashMap<>();
        /** The low bits of {@link #byHash}'s keys: most word runs of a letter name no label, and miss here unboxed. */
        private final java.util.BitSet hashBits = new java.util.BitSet(HASH_BITS + 1);
        private static final int HASH_BITS = (1 << 20) - 1;
        private final List<String> concepts = new ArrayList<>();
        private final List<int[]> entryWords = new ArrayList<>();
        private final List<int[]> entrySorted = new ArrayList<>();
        private final java.util.BitSet adjectival = new java.util.BitSet();
        private final Map<String, Integer> words = new HashMap<>();
        private int longest;
        /** Letters' words looked up already ({@link #lookup}), up to {@value #LOOKED_UP} of them. */
        private final Map<String, Integer> looked = new java.util.concurrent.ConcurrentHashMap<>();
        private static final int LOOKED_UP = 200_000;

        Language(WordForms forms, Thesaurus thesaurus, List<String[]> entryTerms) {
            this.forms = forms;
            for (Thesaurus.Concept c : thesaurus.concepts()) {
                String label = c.labels().get(forms.language());
                if (label == null || c.category()) {
                    continue;
                }
                label(c.iri(), label, true);
            }
            for (String[] row : entryTerms) {
                if (row.length >= 3 && row[0].strip().equals(forms.language())) {
                    String iri = Thesaurus.NAMESPACE + row[1].strip();
                    if (thesaurus.concept(iri) == null) {
                        throw new IllegalArgumentException("subjects/entry-terms.tsv: no concept " + row[1].strip() + " in the thesaurus");
                    }
                    label(iri, row[2].strip(), false);
                }
            }
        }

        /** Indexes {@code label} for concept {@code iri} ({@code preferred}: its own label, which counts its words). */
        private void label(String iri, String label, boolean preferred) {
            {
                // split as the letters are, so that a label's words and a letter's compare
                LetterWords split = LetterWords.of(FoldedText.fold(label));
                List<String> tokens = new ArrayList<>(split.size());
                for (int i = 0; i < split.size(); i++) {
                    tokens.add(split.wordText(i));
                }
                List<String> content = new ArrayList<>();
                List<Boolean> joined = new ArrayList<>();
                for (int i = 0; i < tokens.size(); i++) {
                    if (!forms.stopword(tokens.get(i))) {
                        content.add(forms.labelForm(tokens.get(i)));
                        joined.add(split.hyphened(i));
                    }
                }
                if (content.isEmpty()) {
                    return;
                }
                if (content.size() == 1 && tokens.size() == 1 && forms.adjectival(tokens.get(0))) {
                    adjectival.set(concepts.size());
                }
                add(iri, content);
                if (preferred) {
                    words.merge(iri, content.size(), Math::max);
                }
                // a hyphenated label (PEACE-BUILDING) also matches written as one word, and the reverse is found by
                // the letter's side (peace-building in a letter is tried as one word)
                if (joined.contains(Boolean.TRUE)) {
                    List<String> merged = new ArrayList<>();
                    for (int i = 0; i < content.size(); i++) {
                        if (joined.get(i) && !merged.isEmpty()) {
                            String last = merged.remove(merged.size() - 1);
                            merged.add(forms.labelForm(last + content.get(i)));
                        } else {
                            merged.add(content.get(i));
                        }
                    }
                    add(iri, merged);
                }
            }
        }

        private void add(String concept, List<String> content) {
            int[] ids = new int[content.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = vocabulary.computeIfAbsent(content.get(i), k -> vocabulary.size());
            }
            int[] sorted = ids.clone();
            Arrays.sort(sorted);
            int entry = concepts.size();
            concepts.add(concept);
            entryWords.add(ids);
            entrySorted.add(sorted);
            long h = hash(sorted, sorted.length);
            hashBits.set((int) (h & HASH_BITS));
            int[] list = byHash.get(h);
            byHash.put(h, list == null ? new int[] {entry} : append(list, entry));
            longest = Math.max(longest, ids.length);
        }

        private static int[] append(int[] a, int v) {
            int[] out = Arrays.copyOf(a, a.length + 1);
            out[a.length] = v;
            return out;
        }

        private static long mix(int id) {
            long z = (id + 1) * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        private static long hash(int[] ids, int n) {
            long h = n * 0x632BE59BD9B4E019L;
            for (int i = 0; i < n; i++) {
                h += mix(ids[i]);
            }
            return h;
        }

        List<Hit> find(LetterWords words) {
            int n = words.size();
            // what the index asks of a word, worked out once per distinct word of the letter
            Word[] byId = new Word[words.distinct()];
            int[] ids = new int[n];
            int[] starts = new int[n];
            int[] ends = new int[n];
            int[] segment = new int[n];
            boolean[] afterDefinite = new boolean[n];
            boolean[] conjoined = new boolean[n];
            boolean conjunction = false;
            int count = 0;
            boolean previousDefinite = false;
            int seg = 0;
            int skipped = 0;
            for (int i = 0; i < n; i++) {
                int wordId = words.id(i);
                Word word = byId[wordId];
                if (word == null) {
                    word = word(words.text(wordId));
                    byId[wordId] = word;
                }
                if (words.hardBreak(i)) {
                    seg++;
                    skipped = 0;
                    previousDefinite = false;
                    conjunction = false;
                }
                boolean definiteBefore = previousDefinite;
                previousDefinite = word.definite();
                if (word.stopword()) {
                    conjunction |= word.conjunction();
                    if (++skipped > MAX_SKIPPED) {
                        seg++;
                        skipped = 0;
                    }
                    continue;
                }
                skipped = 0;
                int id = -1;
                int start = words.start(i);
                int end = words.end(i);
                if (i + 1 < n && words.hyphened(i + 1) && !words.hardBreak(i + 1)) {
                    // peace-building: one label word written in two
                    id = lookup(words.text(wordId) + words.wordText(i + 1));
                    if (id >= 0) {
                        end = words.end(i + 1);
                        i++;
                    }
                }
                if (id < 0) {
                    id = word.id();
                }
                ids[count] = id;
                afterDefinite[count] = definiteBefore && word.definite();
                conjoined[count] = conjunction || word.coordinated();
                conjunction = false;
                starts[count] = start;
                ends[count] = end;
                segment[count] = seg;
                count++;
            }
            List<Hit> out = new ArrayList<>();
            int[] window = new int[Math.max(1, longest)];
            for (int i = 0; i < count; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                long sum = 0;
                for (int k = 0; k < longest && i + k < count; k++) {
                    int j = i + k;
                    if (ids[j] < 0 || segment[j] != segment[i]) {
                        break;
                    }
                    sum += mix(ids[j]);
                    window[k] = ids[j];
                    int len = k + 1;
                    long key = len * 0x632BE59BD9B4E019L + sum;
                    int[] entries = hashBits.get((int) (key & HASH_BITS)) ? byHash.get(key) : null;
                    if (entries == null) {
                        continue;
                    }
                    int[] sorted = Arrays.copyOf(window, len);
                    Arrays.sort(sorted);
                    for (int e : entries) {
                        if (len == 1 && adjectival.get(e) && afterDefinite[i]) {
                            continue; // an adjective agreeing with the word before it, not the abstract noun
                        }
                        if (Arrays.equals(entrySorted.get(e), sorted)
                                && (!forms.ordered() || Arrays.equals(entryWords.get(e), Arrays.copyOf(window, len)))) {
                            Hit hit = new Hit(concepts.get(e), starts[i], ends[j]);
                            if (out.isEmpty() || !out.get(out.size() - 1).equals(hit)) {
                                out.add(hit);
                            }
                        }
                    }
                }
            }
            if (forms.modifiers() != null) {
                coordinated(ids, starts, ends, segment, conjoined, count, forms.modifiers().equals("after"), out);
            }
            return out;
        }

        /**
         * Two-word labels a coordination of modifiers names with one noun written once: "technical and financial
         * support" (modifiers before the noun) names financial support and technical support, "l'appui technique et
         * financier" and "الدعم التقني والمالي" (modifiers after it) name appui financier and الدعم المالي. Read only
         * where the written pair is a label too, so that both conjuncts modify the noun; the hit is the modifier
         * the noun is shared with.
         */
        private void coordinated(int[] ids, int[] starts, int[] ends, int[] segment, boolean[] conjoined, int count,
                                 boolean after, List<Hit> out) {
            for (int a = 0; a + 2 < count; a++) {
                int b = a + 1;
                int c = a + 2;
                if (ids[a] < 0 || ids[b] < 0 || ids[c] < 0 || segment[a] != segment[c]) {
                    continue;
                }
                // after: NOUN MOD1 and MOD2 (the noun is a, the other modifier c); before: MOD1 and MOD2 NOUN (a, c)
                boolean coordinated = after ? conjoined[c] && !conjoined[b] : conjoined[b] && !conjoined[c];
                if (!coordinated) {
                    continue;
                }
                int[] written = after ? new int[] {ids[a], ids[b]} : new int[] {ids[b], ids[c]};
                if (pairs(written).isEmpty()) {
                    continue;
                }
                int modifier = after ? c : a;
                for (int e : pairs(new int[] {ids[a], ids[c]})) {
                    out.add(new Hit(concepts.get(e), starts[modifier], ends[modifier], true));
                }
            }
            out.sort(java.util.Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
        }

        /** The entries whose label is exactly the two words {@code pair}, in any order (in order where it matters). */
        private List<Integer> pairs(int[] pair) {
            int[] sorted = pair.clone();
            Arrays.sort(sorted);
            int[] entries = byHash.get(hash(sorted, 2));
            List<Integer> found = new ArrayList<>();
            if (entries != null) {
                for (int e : entries) {
                    if (Arrays.equals(entrySorted.get(e), sorted) && (!forms.ordered() || Arrays.equals(entryWords.get(e), pair))) {
                        found.add(e);
                    }
                }
            }
            return found;
        }

        /**
         * What the index asks of a letter's word: the vocabulary id of its first form that is a label word (or -1),
         * whether it is a stop word of letters, a conjunction, definite, or opens with a conjunction's clitic.
         */
        private record Word(int id, boolean stopword, boolean conjunction, boolean definite, boolean coordinated) {}

        /** Letters' words seen already ({@link #word}), up to {@value #LOOKED_UP} of them. */
        private final Map<String, Word> seen = new java.util.concurrent.ConcurrentHashMap<>();

        /** The {@link Word} of a letter's word, worked out once per word (letters repeat their words). */
        private Word word(String t) {
            Word known = seen.get(t);
            if (known == null) {
                known = new Word(lookup(t), forms.letterStopword(t), forms.conjunction(t), forms.definite(t),
                        forms.coordinated(t));
                if (seen.size() < LOOKED_UP) {
                    seen.put(t, known);
                }
            }
            return known;
        }

        /** The vocabulary id of the first form of a letter's word that is a label word, or -1 (worked out once per word). */
        private int lookup(String word) {
            Integer known = looked.get(word);
            if (known != null) {
                return known;
            }
            int id = lookupForms(word);
            if (looked.size() < LOOKED_UP) {
                looked.put(word, id);
            }
            return id;
        }

        private int lookupForms(String word) {
            for (String form : forms.letterForms(word)) {
                Integer id = vocabulary.get(form);
                if (id != null) {
                    return id;
                }
            }
            return -1;
        }
    }
}
