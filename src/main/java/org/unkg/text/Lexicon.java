package org.unkg.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Known Arabic words and phrases, used to repair visual-order PDF extractions: a split word is re-joined when
 * the joined form is a known word, and pieces of a line are moved when that puts a known phrase together.
 *
 * <p>Words and phrases are kept folded ({@link MatchNormalizer}: alef variants, teh marbuta, alef maksura,
 * tatweel). A word is known with the clitics {@code و ف ب ل ك س} before it and with or without the article.
 * Every lexicon holds the general word list of the genre ({@code data/rules/ar/lexicon.txt}); callers add names, e.g.
 * the Arabic labels of a catalog of UN bodies and states, whose word pairs and triples become known phrases.
 */
public final class Lexicon {
    /** The structure of Arabic words (clitics and article, data/rules/ar/clitics.tsv). */
    private final WordStructure structure;
    /** Every clitic a word may carry, longest first. */
    private final List<String> clitics;

    private final Set<String> words;
    private final Set<String> bigrams;
    private final Set<String> trigrams;
    /** Whole phrases of two or three words, and runs of four consecutive words of longer phrases. */
    private final Set<String> strong;

    private Lexicon(WordStructure structure, Set<String> words, Set<String> bigrams, Set<String> trigrams,
            Set<String> strong) {
        this.structure = structure;
        this.clitics = structure.prefixes();
        this.words = words;
        this.bigrams = bigrams;
        this.trigrams = trigrams;
        this.strong = strong;
    }

    /**
     * The lexicon of the general word list of the genre ({@code data/rules/ar/lexicon.txt}) plus {@code phrases}
     * (names; only their Arabic words are kept), a word known with the clitics {@code structure} allows before it.
     */
    public static Lexicon of(Collection<String> general, Collection<String> phrases, WordStructure structure) {
        Lexicon empty = new Lexicon(structure, new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        return empty.plus(general).plus(phrases);
    }

    /** The structure of the words it knows (clitics and article). */
    public WordStructure structure() {
        return structure;
    }

    /** This lexicon with {@code phrases} added: their words, and their word pairs and triples as phrases. */
    public Lexicon plus(Collection<String> phrases) {
        Set<String> w = new HashSet<>(words);
        Set<String> b = new HashSet<>(bigrams);
        Set<String> t = new HashSet<>(trigrams);
        Set<String> st = new HashSet<>(strong);
        for (String phrase : phrases) {
            List<String> tokens = tokens(phrase);
            List<String> keys = tokens.stream().map(this::key).toList();
            if (keys.size() == 2 || keys.size() == 3) {
                st.add(String.join(" ", keys));
            }
            for (int i = 0; i + 4 <= keys.size(); i++) {
                st.add(String.join(" ", keys.subList(i, i + 4)));
            }
            for (int i = 0; i < tokens.size(); i++) {
                addWord(w, tokens.get(i));
                if (i + 1 < tokens.size()) {
                    b.add(keys.get(i) + " " + keys.get(i + 1));
                }
                if (i + 2 < tokens.size()) {
                    t.add(keys.get(i) + " " + keys.get(i + 1) + " " + keys.get(i + 2));
                }
            }
        }
        return new Lexicon(structure, w, b, t, st);
    }

    /** This lexicon with single words added (no phrases). */
    Lexicon plusWords(Collection<String> extra) {
        Set<String> w = new HashSet<>(words);
        for (String word : extra) {
            for (String t : tokens(word)) {
                addWord(w, t);
            }
        }
        return new Lexicon(structure, w, bigrams, trigrams, strong);
    }

    /** Number of distinct folded words. */
    public int size() {
        return words.size();
    }

    /** Whether {@code word} (any form: not folded, clitics attached, punctuation around) is a known word. */
    boolean isWord(String word) {
        String f = fold(word);
        if (f.length() < 2) {
            return false;
        }
        if (words.contains(f)) {
            return true;
        }
        for (String c : clitics) {
            if (f.length() > c.length() + 1 && f.startsWith(c)) {
                String rest = f.substring(c.length());
                String withArticle = structure.withArticle(c, rest);
                if (words.contains(rest) || withArticle != null && words.contains(withArticle)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code a b} is a pair of consecutive words of a known phrase (clitics on {@code a} ignored). */
    boolean isPhrase(String a, String b) {
        String kb = key(b);
        for (String ka : variants(a)) {
            if (bigrams.contains(ka + " " + kb)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a b c} are three consecutive words of a known phrase (clitics on {@code a} ignored). */
    boolean isPhrase(String a, String b, String c) {
        String tail = " " + key(b) + " " + key(c);
        for (String ka : variants(a)) {
            if (trigrams.contains(ka + tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code words} (three or four) are strong evidence of a phrase: a whole known phrase of three
     * words, or four consecutive words of a longer one (clitics on the first word ignored).
     */
    boolean isStrongPhrase(List<String> words) {
        if (words.size() < 3 || words.size() > 4) {
            return false;
        }
        StringBuilder tail = new StringBuilder();
        for (String w : words.subList(1, words.size())) {
            tail.append(' ').append(key(w));
        }
        for (String k : variants(words.get(0))) {
            if (strong.contains(k + tail)) {
                return true;
            }
        }
        return false;
    }

    /** The phrase keys of a word: as written, and without each clitic it may carry. */
    private List<String> variants(String word) {
        String f = fold(word);
        List<String> out = new ArrayList<>();
        out.add(key(f));
        for (String c : clitics) {
            if (f.length() > c.length() + 2 && f.startsWith(c)) {
                String rest = f.substring(c.length());
                String withArticle = structure.withArticle(c, rest);
                out.add(key(withArticle != null ? withArticle : rest));
            }
        }
        return out;
    }

    /** The folded form of a word: matching form, punctuation dropped. */
    static String fold(String word) {
        String n = MatchNormalizer.normalize(word);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A word's key in phrases: folded, its article read off (when more than two letters remain). */
    private String key(String word) {
        return withoutArticle(fold(word));
    }

    private String withoutArticle(String f) {
        String article = structure.article();
        return article != null && f.startsWith(article) && f.length() - article.length() > 2 ? f.substring(article.length()) : f;
    }

    private void addWord(Set<String> w, String folded) {
        if (folded.length() < 2 || !isArabicWord(folded)) {
            return;
        }
        w.add(folded);
        w.add(withoutArticle(folded));
    }

    /** What separates the words of a phrase: white space, slashes, brackets, hyphens, quotes. */
    private static final java.util.regex.Pattern TOKEN_BREAKS = java.util.regex.Pattern.compile("[\\s/()\\-«»\"]+");

    private static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String t : TOKEN_BREAKS.split(phrase)) {
            String f = fold(t);
            if (!f.isEmpty() && isArabicWord(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean isArabicWord(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (!VisualOrderDetector.isArabicLetter(folded.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
