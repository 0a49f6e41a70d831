package org.unkg.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.EntityKind;
import org.unkg.model.Mention;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;

/**
 * Persons a letter names after an honorific ("السيد إيان مارتن ممثلا خاصا لي", "معالي السيد محمد بن شمباس،",
 * "Mr. Ian Martin as my Special Representative"), whom the catalog need not know. The name is the two to four
 * words after the honorific(s), up to punctuation or a word {@code honorifics.tsv} lists as ending a name (a
 * role, a preposition); in Latin script only capitalized words. Names overlapping a catalog name are left to
 * the catalog.
 */
final class HonorificNames {
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u0640][\\p{L}\\p{M}\\u0640'’\\-.]*");
    private static final String CLITICS = "ولب";
    private final Set<String> titles = new HashSet<>();
    private final Set<String> stops = new HashSet<>();

    /** The honorifics and name-ending words of {@code honorifics.tsv}. */
    HonorificNames(RuleFiles rules) {
        for (String[] row : rules.rows("honorifics.tsv")) {
            if (row.length >= 2) {
                (row[0].equals("title") ? titles : stops).add(FoldedText.fold(row[1]));
            }
        }
    }

    private boolean isTitle(String folded) {
        return titles.contains(folded) || titles.contains(strip(folded));
    }

    private static String strip(String folded) {
        return folded.length() > 2 && CLITICS.indexOf(folded.charAt(0)) >= 0 ? folded.substring(1) : folded;
    }

    private boolean ends(String folded) {
        return stops.contains(folded) || isTitle(folded) || stops.contains(strip(folded)) && !folded.startsWith("ب");
    }

    /** Person mentions after honorifics in {@code body}, except where a catalog name stands. */
    List<Mention> find(String body, List<NameMatch> names) {
        List<Mention> out = new ArrayList<>();
        Matcher w = WORD.matcher(body);
        List<int[]> words = new ArrayList<>();
        while (w.find()) {
            int end = w.end();
            while (end > w.start() + 1 && body.charAt(end - 1) == '.' && !isTitle(FoldedText.fold(body.substring(w.start(), end)))) {
                end--;
            }
            words.add(new int[] {w.start(), end});
        }
        for (int i = 0; i < words.size(); i++) {
            String folded = FoldedText.fold(text(body, words.get(i)));
            if (!titles.contains(folded) && !titles.contains(strip(folded))) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() && isTitle(FoldedText.fold(text(body, words.get(j)))) && !broken(body, words.get(j - 1), words.get(j))) {
                j++;
            }
            int first = j;
            int last = -1;
            boolean latin = j < words.size() && body.charAt(words.get(j)[0]) < '\u0250';
            while (j < words.size() && j - first < MAX_WORDS + 1) {
                if (j > first - 1 && j > i + 1 && broken(body, words.get(j - 1), words.get(j))) {
                    break;
                }
                String word = text(body, words.get(j));
                if (latin ? !Character.isUpperCase(word.charAt(0)) : ends(FoldedText.fold(word))) {
                    break;
                }
                last = j;
                j++;
            }
            int count = last - first + 1;
            if (last < 0 || count < MIN_WORDS || count > MAX_WORDS) {
                i = Math.max(i, j - 1);
                continue;
            }
            int s = words.get(first)[0];
            int e = words.get(last)[1];
            if (names.stream().noneMatch(n -> n.span().start() < e && s < n.span().end())) {
                out.add(new Mention(EntityKind.PERSON, null, body.substring(s, e), new Span(s, e)));
            }
            i = last;
        }
        return out;
    }

    /** Punctuation or a line break between two words ends a name. */
    private static boolean broken(String body, int[] a, int[] b) {
        for (int k = a[1]; k < b[0]; k++) {
            char c = body.charAt(k);
            if (!Character.isWhitespace(c) || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static String text(String body, int[] word) {
        return body.substring(word[0], word[1]);
    }
}
