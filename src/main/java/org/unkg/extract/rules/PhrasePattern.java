package org.unkg.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.text.FoldedText;
import org.unkg.text.LanguageProfile;
import org.unkg.text.WordStructure;

/**
 * Compiles rule phrases into patterns over folded text ({@link FoldedText}). Words are matched whole; {@code ...}
 * lets up to eight words stand between two words (a comma may follow the word before: "be replaced, as of 1 December
 * 1997, by"); {@code (...)} lets them, or a clause of any length set off by commas ("be succeeded, upon the expiry of
 * its mandate on 31 December 2005, by"); a trailing {@code *} lets a word go on (a lone {@code *}: any one word). A word
 * of a script whose language has a word structure ({@link WordStructure}, {@code data/rules/ar/clitics.tsv}) may carry
 * that structure's clitics in front (a conjunction, then a preposition or the future particle) and one of its suffixes
 * behind; a word written with its article also matches the forms with a preposition (بال) and the lam-article (لل). Immutable.
 */
public final class PhrasePattern {
    /** What a word of one script may carry, as regular expressions. */
    private record Script(WordStructure words, String clitics, String conjunction, String suffix, int lead,
                          int articleLead) {}

    private final Map<Character.UnicodeScript, Script> scripts = new HashMap<>();
    /** A gap of up to eight words. */
    public static final String GAP = "...";
    /** A gap of up to eight words or of one clause set off by commas. */
    public static final String CLAUSE_GAP = "(...)";
    /** A letter or number that is no ideograph: what a word's edge may not touch. */
    private static final String JOINING = "[\\p{L}\\p{N}&&[^\\p{IsIdeographic}]]";
    /** A letter that is no ideograph. */
    private static final String JOINING_LETTER = "[\\p{L}&&[^\\p{IsIdeographic}]]";
    private static final String WORDS = "[^\\s\\p{L}\\p{N}]*(?:\\s+\\S+){0,8}?\\s+";
    /** A clause between commas: no other comma, nor the end of a clause or sentence, within it. */
    private static final String CLAUSE = "[,\u060C]\\s+[^,\u060C;\u061B:.]{1,200}?[,\u060C]\\s+";

    /** The compiler for the word structures of {@code profiles}. */
    public PhrasePattern(List<LanguageProfile> profiles) {
        for (LanguageProfile p : profiles) {
            WordStructure w = p.words();
            if (w.isEmpty()) {
                continue;
            }
            List<String> second = new ArrayList<>(w.prepositions());
            second.addAll(w.future());
            String conjunction = optional(w.conjunctions());
            String clitics = "(?:" + conjunction + optional(second) + ")";
            String suffix = w.suffixes().isEmpty() ? "" : "(?:" + w.suffixes().stream().map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")?";
            int longestClitic = w.prefixes().stream().mapToInt(String::length).max().orElse(0);
            int longestConjunction = w.conjunctions().stream().mapToInt(String::length).max().orElse(0);
            int articleLead = Math.max(longestClitic + (w.article() == null ? 0 : w.article().length()),
                    longestConjunction + (w.lamArticle() == null ? 0 : w.lamArticle().length()));
            scripts.putIfAbsent(Character.UnicodeScript.forName(p.script()),
                    new Script(w, clitics, conjunction, suffix, longestClitic, articleLead));
        }
    }

    private static String optional(List<String> forms) {
        return forms.isEmpty() ? "" : "(?:" + forms.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")?";
    }

    /** The pattern for {@code phrase}, matched on folded text. */
    public Pattern compile(String phrase) {
        String folded = FoldedText.fold(phrase.strip());
        String[] words = folded.split("\\s+");
        StringBuilder re = new StringBuilder();
        String gap = null;
        boolean first = true;
        for (String word : words) {
            if (word.equals(GAP) || word.equals(CLAUSE_GAP)) {
                gap = word;
                continue;
            }
            if (!first) {
                re.append(gap == null ? "\\s+" : gap.equals(GAP) ? WORDS : "(?:" + CLAUSE + "|" + WORDS + ")");
            }
            gap = null;
            re.append(word(word));
            first = false;
        }
        return Pattern.compile(re.toString());
    }

    /** Compiles each phrase. */
    public List<Pattern> compileAll(List<String> phrases) {
        List<Pattern> out = new ArrayList<>();
        for (String p : phrases) {
            out.add(compile(p));
        }
        return out;
    }

    /**
     * Where a match of {@code phrase}'s pattern can start, as a literal it must hold: the first word's letters
     * ({@code core}, the word without its article and a trailing {@code *}) stand at most {@code lead}
     * characters after the start of any match (the clitics and article a word may carry before them).
     * {@code core} is empty when the phrase has no word to anchor on.
     */
    public record Anchor(String core, int lead) {}

    /** The anchor of {@code phrase} (see {@link Anchor}). */
    public Anchor anchor(String phrase) {
        String folded = FoldedText.fold(phrase.strip());
        for (String word : folded.split("\\s+")) {
            if (word.isEmpty() || word.equals(GAP) || word.equals(CLAUSE_GAP)) {
                continue;
            }
            String w = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
            if (w.isEmpty()) {
                return new Anchor("", 0);
            }
            Script s = scriptOf(w);
            if (s == null) {
                return new Anchor(w, 0);
            }
            if (hasArticle(s, w)) {
                return new Anchor(w.substring(s.words().article().length()), s.articleLead());
            }
            return new Anchor(w, s.lead());
        }
        return new Anchor("", 0);
    }

    /** The structure of the first script with one that {@code word} has a letter of, or null. */
    private Script scriptOf(String word) {
        for (int i = 0; i < word.length(); i++) {
            Script s = scripts.get(Character.UnicodeScript.of(word.charAt(i)));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static boolean hasArticle(Script s, String w) {
        String article = s.words().article();
        return article != null && w.startsWith(article) && w.length() > article.length() + 1;
    }

    private String word(String word) {
        boolean open = word.endsWith("*");
        String w = open ? word.substring(0, word.length() - 1) : word;
        Script s = scriptOf(w);
        // an ideograph touches no other letter (org.unkg.text.LetterOrNumber#touches): a word that opens or ends with
        // one needs no boundary there, and any other word's boundary may be an ideograph
        boolean ideographStart = !w.isEmpty() && Character.isIdeographic(w.codePointAt(0));
        boolean ideographEnd = !w.isEmpty() && Character.isIdeographic(w.codePointBefore(w.length()));
        StringBuilder re = new StringBuilder(ideographStart ? "" : "(?<!" + JOINING + ")");
        if (s != null) {
            WordStructure ws = s.words();
            if (hasArticle(s, w)) {
                String rest = Pattern.quote(w.substring(ws.article().length()));
                re.append("(?:").append(s.clitics()).append(Pattern.quote(ws.article()));
                if (ws.lamArticle() != null) {
                    re.append("|").append(s.conjunction()).append(Pattern.quote(ws.lamArticle()));
                }
                re.append(")").append(rest);
            } else {
                re.append(s.clitics()).append(Pattern.quote(w));
            }
            re.append(open ? "\\p{L}*" : s.suffix() + (ideographEnd ? "" : "(?!" + JOINING_LETTER + ")"));
        } else {
            re.append(Pattern.quote(w));
            re.append(open ? "[\\p{L}-]*" : ideographEnd ? "" : "(?!" + JOINING_LETTER + ")");
        }
        return re.toString();
    }
}
