package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.extract.rules.RuleFiles;

/**
 * Cue words of a language: the status cues of {@code event-status.tsv} and the document-date and same-year cues of
 * {@code date-cues.tsv}.
 */
public final class Cues {
    private record Cue(String label, String phrase) {}

    private final List<Cue> status = new ArrayList<>();
    private final PhraseScanner statusScanner;
    private final List<Pattern> documentDate = new ArrayList<>();
    private final List<Pattern> sameYear = new ArrayList<>();

    /** The cues of {@code language} in {@code rules}. */
    public Cues(RuleFiles rules, String language, PhrasePattern compiler) {
        for (String[] r : rules.language(language, "event-status.tsv")) {
            if (r.length >= 2) {
                status.add(new Cue(r[0], r[1]));
            }
        }
        statusScanner = new PhraseScanner(status.stream().map(Cue::phrase).toList(), compiler);
        for (String[] r : rules.language(language, "date-cues.tsv")) {
            if (r.length >= 2 && r[0].equals("same-year")) {
                sameYear.add(compiler.compile(r[1]));
            } else if (r.length >= 2 && r[0].equals("document")) {
                documentDate.add(compiler.compile(r[1]));
            }
        }
    }

    /** The status the first status cue in {@code [start, end)} of {@code text} states, or null. */
    public String status(String text, int start, int end) {
        if (status.isEmpty()) {
            return null;
        }
        // the first match of each cue in the range: a search of the range alone, as a matcher's region is
        PhraseScanner.Match[] first = statusScanner.first(text.substring(start, end));
        int best = Integer.MAX_VALUE;
        String found = null;
        for (int i = 0; i < first.length; i++) {
            if (first[i] != null && first[i].start() < best) {
                best = first[i].start();
                found = status.get(i).label();
            }
        }
        return found;
    }

    /** {@code text.substring(from, to).strip().length()} without the copies (asked for each date of a letter). */
    private static int strippedLength(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int j = to;
        while (j > i && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j - i;
    }

    /** Whether the words just before {@code pos} make the date there a document's date. */
    public boolean documentDateBefore(String text, int pos) {
        int from = Math.max(0, pos - 24);
        for (Pattern p : documentDate) {
            Matcher m = p.matcher(text);
            m.region(from, pos);
            while (m.find()) {
                if (strippedLength(text, m.end(), pos) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The end of a same-year cue starting right at {@code pos} (after spaces), or -1. */
    public int sameYearAt(String text, int pos) {
        for (Pattern p : sameYear) {
            Matcher m = p.matcher(text);
            m.region(pos, Math.min(text.length(), pos + 40));
            if (m.find() && text.substring(pos, m.start()).isBlank()) {
                return m.end();
            }
        }
        return -1;
    }
}
