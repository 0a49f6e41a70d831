package org.unkg.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The structure of a language's words as far as matching needs it ({@code data/rules/{lang}/clitics.tsv}; Arabic has
 * one, most languages none): the conjunctions, prepositions and future particle that may be written before a word
 * (و ف, ب ل ك, س), the definite article (ال) and the form a preposition and the article take together (لل for ل +
 * ال), the suffixes that may follow a word, and the letters that open names often enough not to be read as a
 * preposition before a stop word (بان). Every matcher takes what it strips from here.
 *
 * @param conjunctions  clitics that may open a word: و ف
 * @param prepositions  clitics that may follow a conjunction before a noun: ب ل ك
 * @param future        the clitic of the future before a verb: س
 * @param article       the definite article (ال), or null
 * @param lamArticle    a preposition and the article written together (لل), or null
 * @param suffixes      pronoun and verb endings (ه ها هم ...)
 * @param nameInitials  prepositions that also open names (ب of بان)
 * @param pronouns      the possessive pronouns a noun may end with (ه ها هم هما كم)
 * @param clauseConjunctions conjunctions that open a clause written onto its first word, and stand as a word of their
 *                      own (و)
 */
public record WordStructure(List<String> conjunctions, List<String> prepositions, List<String> future, String article,
                            String lamArticle, List<String> suffixes, List<String> nameInitials, List<String> pronouns,
                            List<String> clauseConjunctions) {
    /** A language whose words take nothing before or after them. */
    public static final WordStructure NONE =
            new WordStructure(List.of(), List.of(), List.of(), null, null, List.of(), List.of(), List.of(), List.of());

    public WordStructure {
        conjunctions = List.copyOf(conjunctions);
        prepositions = List.copyOf(prepositions);
        future = List.copyOf(future);
        suffixes = List.copyOf(suffixes);
        nameInitials = List.copyOf(nameInitials);
        pronouns = List.copyOf(pronouns);
        clauseConjunctions = List.copyOf(clauseConjunctions);
    }

    /**
     * Whether {@code s} is nothing but clitics and the article, with no letter of a word: a conjunction, then a
     * preposition or the future particle, then the article, each optional (ال, وال, بال, وس); or a conjunction and the
     * lam-article (لل, ولل). The empty string is.
     */
    public boolean onlyClitics(String s) {
        int at = skipOne(s, 0, conjunctions);
        int rest = at;
        at = skipOne(s, at, prepositions);
        if (at == rest) {
            at = skipOne(s, at, future);
        }
        if (article != null && s.startsWith(article, at)) {
            at += article.length();
        }
        if (at == s.length()) {
            return true;
        }
        return lamArticle != null && s.startsWith(lamArticle, rest) && rest + lamArticle.length() == s.length();
    }

    /** {@code at} past one of {@code forms} that {@code s} holds there, else {@code at}. */
    private static int skipOne(String s, int at, List<String> forms) {
        for (String f : forms) {
            if (s.startsWith(f, at)) {
                return at + f.length();
            }
        }
        return at;
    }

    /** Whether {@code s} opens with a conjunction that opens a clause (وقرر). */
    public boolean opensClause(String s) {
        return startsWithAny(s, clauseConjunctions);
    }

    /** Whether the language has any structure (clitics or an article). */
    public boolean isEmpty() {
        return conjunctions.isEmpty() && prepositions.isEmpty() && future.isEmpty() && article == null;
    }

    /** The clitics one may write before a noun: a conjunction, a preposition, or a conjunction and a preposition. */
    public List<String> nounPrefixes() {
        Set<String> out = new LinkedHashSet<>();
        out.addAll(conjunctions);
        out.addAll(prepositions);
        for (String c : conjunctions) {
            for (String p : prepositions) {
                out.add(c + p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every clitic one may write before a word, longest first: a conjunction, a preposition or the future particle,
     * or a conjunction and one of these.
     */
    public List<String> prefixes() {
        List<String> second = new ArrayList<>(prepositions);
        second.addAll(future);
        Set<String> out = new LinkedHashSet<>();
        for (String c : conjunctions) {
            for (String p : second) {
                out.add(c + p);
            }
        }
        out.addAll(conjunctions);
        out.addAll(second);
        List<String> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> b.length() - a.length());
        return List.copyOf(sorted);
    }

    /** Whether {@code word} opens with the article (ال); false for a language without one. */
    public boolean hasArticle(String word) {
        return article != null && word.startsWith(article);
    }

    /**
     * Whether {@code word} opens with one clitic and the article: a conjunction or a preposition then the article
     * (وال, بال), or the lam-article (لل, the preposition that swallows the article's first letter).
     */
    public boolean cliticAndArticle(String word) {
        if (article == null) {
            return false;
        }
        if (lamArticle != null && word.startsWith(lamArticle)) {
            return true;
        }
        String lam = lamPreposition();
        for (List<String> clitics : List.of(conjunctions, prepositions)) {
            for (String c : clitics) {
                if (!c.equals(lam) && word.startsWith(c) && word.startsWith(article, c.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} is a conjunction, at least one letter and a possessive pronoun (وحكومته, وممثليها). */
    public boolean conjunctionAndPronoun(String word) {
        for (String c : conjunctions) {
            if (word.startsWith(c)) {
                for (String p : pronouns) {
                    if (word.length() > c.length() + p.length() && word.endsWith(p)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code word} opens with a conjunction (و ف). */
    public boolean startsWithConjunction(String word) {
        return startsWithAny(word, conjunctions);
    }

    private static boolean startsWithAny(String word, List<String> forms) {
        for (String f : forms) {
            if (word.startsWith(f)) {
                return true;
            }
        }
        return false;
    }

    /** The preposition the lam-article opens with (ل of لل), or null. */
    public String lamPreposition() {
        if (lamArticle == null) {
            return null;
        }
        for (String p : prepositions) {
            if (lamArticle.startsWith(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The word a clitic and the rest of a word stand for when the clitic's preposition swallowed the article's first
     * letter (ل + لـ... for ل + الـ...: the rest with the article's first letter put back), or null when it did not.
     */
    public String withArticle(String clitic, String rest) {
        String lam = lamPreposition();
        if (lam == null || article == null || !clitic.endsWith(lam)) {
            return null;
        }
        String tail = lamArticle.substring(lam.length());
        return rest.startsWith(tail) ? article.substring(0, article.length() - tail.length()) + rest : null;
    }
}
