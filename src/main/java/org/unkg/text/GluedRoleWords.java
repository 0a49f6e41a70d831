package org.unkg.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a role word that an Arabic PDF's text glues to the word after it ({@code رئيسالوزراء}, {@code وزيرالدولة},
 * {@code الممثلالخاص}): a token that is not a known word, made of a role word (with a clitic before it or not) and
 * a word with the article, gets a space between them. The role words are data (the {@code role} and {@code title} rows
 * of {@code ar/names.tsv}); the inserted space maps to the offset of the word after it, so evidence still points into
 * the original. A word whose letters merely contain the article after a role word's letters is no such pair unless the
 * lexicon does not know it as a whole.
 */
final class GluedRoleWords {
    /** Fewest letters of the word after the role word, its article included. */
    static final int MIN_REST = 4;

    private final Set<String> heads;
    private final WordStructure structure;

    /** A splitter for the role words {@code heads} (first words of role phrases), with the clitics of {@code structure}. */
    GluedRoleWords(Collection<String> heads, WordStructure structure) {
        Set<String> folded = new HashSet<>();
        for (String h : heads) {
            String f = Lexicon.fold(h);
            if (f.length() >= 3) {
                folded.add(f);
            }
        }
        this.heads = Set.copyOf(folded);
        this.structure = structure;
    }

    /** Whether there is any role word to split. */
    boolean isEmpty() {
        return heads.isEmpty() || structure.article() == null;
    }

    /** {@code line} with glued role words split; the line itself when it holds none. */
    OffsetText split(OffsetText line, Lexicon lexicon) {
        if (isEmpty()) {
            return line;
        }
        String s = line.text();
        String article = structure.article();
        OffsetTextBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int cut = cut(s.substring(start, i), article, lexicon);
            if (cut > 0) {
                if (out == null) {
                    out = new OffsetTextBuilder(s.length() + 4);
                }
                out.append(line, copied, start + cut);
                out.append(' ', line.sourceOffset(start + cut));
                copied = start + cut;
            }
        }
        if (out == null) {
            return line;
        }
        out.append(line, copied, s.length());
        return out.build(line.sourceLength());
    }

    /** Where to cut {@code token} (an index inside it), or 0 when it is no role word glued to a word. */
    private int cut(String token, String article, Lexicon lexicon) {
        if (token.length() < 3 + MIN_REST || !VisualOrderDetector.isArabicLetter(token.charAt(0))) {
            return 0;
        }
        for (int at = token.indexOf(article, 3); at > 0 && token.length() - at >= MIN_REST; at = token.indexOf(article, at + 1)) {
            if (isHead(Lexicon.fold(token.substring(0, at))) && !lexicon.isWord(token)) {
                return at;
            }
        }
        return 0;
    }

    private boolean isHead(String folded) {
        if (heads.contains(folded)) {
            return true;
        }
        List<String> clitics = structure.conjunctions();
        for (String c : clitics) {
            if (folded.startsWith(c) && heads.contains(folded.substring(c.length()))) {
                return true;
            }
        }
        return false;
    }
}
