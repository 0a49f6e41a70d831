package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;

/**
 * How one language's words are compared when thesaurus labels are looked for in letters ({@code
 * subjects/words.tsv}): the words skipped on both sides, the endings that make inflected forms equal (plural,
 * feminine: {@code operations} ~ {@code operation}, {@code internationales} ~ {@code international}, {@code
 * المنظمات} ~ {@code منظمة}), Arabic article and clitics, and synonyms compared as one word. A label word has one
 * form ({@link #labelForm}); a letter's word may carry clitics, so it has several candidate forms
 * ({@link #letterForms}), the first of which that is a label word is the one it counts as. Immutable.
 */
final class WordForms {
    private static final int MIN_STEM = 3;
    private final int minStem;
    private final String language;
    private final Set<String> stopwords = new HashSet<>();
    private final List<String[]> suffixes = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> articles = new ArrayList<>();
    /** A preposition and the article written together (لل for ل + ال). */
    private final List<String> lamArticles = new ArrayList<>();
    private final Map<String, String> variants = new HashMap<>();
    private final Set<String> literals = new HashSet<>();
    private final List<String> adjectiveEndings = new ArrayList<>();
    private final Set<String> conjunctions = new HashSet<>();
    private final String modifiers;
    private final boolean ordered;
    private final int passes;

    private WordForms(String language, List<String[]> rows) {
        this.language = language;
        boolean inOrder = false;
        int stemLength = MIN_STEM;
        int suffixPasses = 0;
        List<String[]> variantRows = new ArrayList<>();
        String modifierSide = null;
        for (String[] row : rows) {
            if (row.length < 3 || !row[0].equals(language)) {
                continue;
            }
            String form = FoldedText.fold(row[2].strip());
            switch (row[1]) {
                case "stopword" -> stopwords.add(form);
                case "suffix" -> suffixes.add(new String[] {form, row.length > 3 ? FoldedText.fold(row[3].strip()) : ""});
                case "prefix" -> prefixes.add(form);
                case "article" -> articles.add(form);
                case "lam-article" -> lamArticles.add(form);
                case "suffix-passes" -> suffixPasses = Integer.parseInt(form);
                case "variant" -> variantRows.add(new String[] {form, row.length > 3 ? FoldedText.fold(row[3].strip()) : form});
                case "ordered" -> inOrder = form.equals("yes");
                case "literal" -> literals.add(form);
                case "stem-length" -> stemLength = Integer.parseInt(form);
                case "adjective-ending" -> adjectiveEndings.add(form);
                case "conjunction" -> conjunctions.add(form);
                case "modifiers" -> {
                    if (!form.equals("before") && !form.equals("after")) {
                        throw new IllegalArgumentException("subjects/words.tsv: modifiers stand 'before' or 'after' their noun, not '" + form + "' (" + language + ")");
                    }
                    modifierSide = form;
                }
                default -> throw new IllegalArgumentException("subjects/words.tsv: unknown kind '" + row[1] + "' for " + language);
            }
        }
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        this.ordered = inOrder;
        this.modifiers = modifierSide;
        this.minStem = stemLength;
        List<String> written = new ArrayList<>(literals);
        literals.clear();
        written.forEach(l -> literals.add(withoutArticle(l)));
        this.passes = suffixPasses > 0 ? suffixPasses : prefixes.isEmpty() && articles.isEmpty() ? 2 : 1;
        for (String[] v : variantRows) {
            variants.put(labelForm(v[0]), labelForm(v[1]));
        }
    }

    /** The word forms of {@code language} from the rule files. */
    static WordForms of(String language, RuleFiles rules) {
        return new WordForms(language, rules.rowsIfPresent("subjects/words.tsv"));
    }

    String language() {
        return language;
    }

    /** Whether labels of the language match only in their own word order. */
    boolean ordered() {
        return ordered;
    }

    /**
     * Where the language puts a noun's modifiers, for reading coordinated ones ("technical and financial support",
     * "l'appui technique et financier", "الدعم التقني والمالي"): {@code "before"} or {@code "after"} the noun, null when
     * coordination is not read.
     */
    String modifiers() {
        return modifiers;
    }

    /** Whether the folded word is a coordinating conjunction written on its own ("and", "et"). */
    boolean conjunction(String word) {
        return conjunctions.contains(word);
    }

    /** Whether the folded word opens with a conjunction written as its clitic (Arabic والمالي: و + المالي). */
    boolean coordinated(String word) {
        for (String c : conjunctions) {
            if (prefixes.contains(c) && word.startsWith(c) && word.length() > c.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded word is skipped on both sides. */
    boolean stopword(String word) {
        return stopwords.contains(word);
    }

    /**
     * Whether a one-word label is also the feminine form of an adjective (Arabic الإقليمية regionalism / regional,
     * الوطنية patriotism / national): such a label does not match right after a definite word, where the letter's
     * word is an adjective agreeing with it (المنظمات الإقليمية, the regional organizations).
     */
    boolean adjectival(String labelWord) {
        String w = withoutArticle(labelWord);
        for (String e : adjectiveEndings) {
            if (w.endsWith(e) && w.length() > e.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word of a letter is definite: it carries the article, after any clitic (الدول, والدول, للدول). */
    boolean definite(String word) {
        for (String a : articles) {
            if (word.startsWith(a)) {
                return true;
            }
            for (String p : prefixes) {
                if (word.startsWith(p) && word.startsWith(a, p.length())) {
                    return true;
                }
            }
        }
        for (String l : lamArticles) {
            if (word.startsWith(l) && word.length() > l.length() + 1) {
                return true; // لل: ل + ال
            }
        }
        return false;
    }

    /** Whether a folded word of a letter is skipped: a stopword, or one behind a clitic (وفي, وتلك). */
    boolean letterStopword(String word) {
        if (stopwords.contains(word)) {
            return true;
        }
        for (String p : prefixes) {
            if (word.length() > p.length() && word.startsWith(p) && stopwords.contains(word.substring(p.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The form of a folded label word: article dropped, ending normalised, synonym replaced. */
    String labelForm(String word) {
        String w = withoutArticle(word);
        for (String p : prefixes) {
            // a clitic glued to an article inside a label (والأمن) is dropped with it
            if (w.length() > p.length() && w.startsWith(p) && !articles.isEmpty()) {
                String rest = w.substring(p.length());
                String bare = withoutArticle(rest);
                if (bare != rest && bare.length() >= MIN_STEM) {
                    w = bare;
                    break;
                }
            }
        }
        return variant(ending(w));
    }

    /**
     * The candidate forms of a folded word of a letter, most literal first: as written, without the article, without
     * each clitic (and an article after it, or the article's lam after a lam: للسلام).
     */
    List<String> letterForms(String word) {
        List<String> out = new ArrayList<>(4);
        out.add(variant(ending(word)));
        if (articles.isEmpty() && prefixes.isEmpty()) {
            return out;
        }
        String bare = withoutArticle(word);
        if (bare != word) {
            add(out, variant(ending(bare)));
        }
        for (String p : prefixes) {
            if (word.length() - p.length() < 2 || !word.startsWith(p)) {
                continue;
            }
            String rest = word.substring(p.length());
            add(out, variant(ending(rest)));
            String restBare = withoutArticle(rest);
            if (restBare != rest) {
                add(out, variant(ending(restBare)));
            }
            for (String l : lamArticles) {
                // ل + ال is written لل: after a clitic ending with the lam-article's preposition, the rest starts with
                // what is left of the article
                for (String a : articles) {
                    String tail = a.substring(1);
                    String preposition = l.substring(0, l.length() - tail.length());
                    if (a.length() > 1 && l.endsWith(tail) && p.endsWith(preposition) && rest.startsWith(tail)
                            && rest.length() - tail.length() >= MIN_STEM) {
                        add(out, variant(ending(rest.substring(tail.length()))));
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String form) {
        if (!out.contains(form)) {
            out.add(form);
        }
    }

    private String withoutArticle(String w) {
        for (String a : articles) {
            if (w.length() - a.length() >= MIN_STEM - 1 && w.startsWith(a)) {
                return w.substring(a.length());
            }
        }
        return w;
    }

    private String ending(String word) {
        if (literals.contains(word)) {
            return word;
        }
        String w = word;
        for (int pass = 0; pass < passes; pass++) {
            String before = w;
            for (String[] s : suffixes) {
                if (w.endsWith(s[0]) && w.length() - s[0].length() + s[1].length() >= minStem) {
                    w = w.substring(0, w.length() - s[0].length()) + s[1];
                    break;
                }
            }
            if (w.equals(before)) {
                break;
            }
        }
        // an ending off this word would make it a word compared only as written (المنطقة region is not المنطق logic)
        return literals.contains(w) ? word : w;
    }

    private String variant(String form) {
        String v = variants.get(form);
        return v != null ? v : form;
    }
}
