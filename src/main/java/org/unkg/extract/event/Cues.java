package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.extract.rules.RegionPhrases;
import org.unkg.extract.rules.RuleFiles;

/**
 * Cue words of a language: the status cues of {@code event-status.tsv} and the document-date and same-year cues of
 * {@code date-cues.tsv}.
 */
public final class Cues {
    /**
     * The status of a cue that says its clause states no event of its own: a report asked on it ("to keep them
     * informed of the arrangements for the closure of X"), a hypothesis ("should the Council decide to establish"), a
     * refusal ("did not agree with the proposal to close X"). An event it governs keeps only a date its clause states,
     * never the letter's, and is stored without a status.
     */
    public static final String NO_EVENT = "none";

    private record Cue(String label, String phrase) {}

    /** A status cue found in a sentence: its status label and where its words stand in the letter's text. */
    public record Hit(String label, int start, int end) {}

    private final List<Cue> status = new ArrayList<>();
    private final PhraseScanner statusScanner;
    private final RegionPhrases documentDate;
    private final RegionPhrases sameYear;
    private final RegionPhrases afterYear;
    private final RegionPhrases basis;
    private final RegionPhrases sameDate;
    /** How far before a cited document's date the words citing it as a basis may stand. */
    private static final int BASIS_REACH = 160;
    /**
     * How far before a date a document cue may start: the cue and, where it names where the document was issued
     * ("issued in ... on", "signé à ... le"), the place between its words.
     */
    private static final int DOCUMENT_CUE_REACH = 60;
    /** A cited document's year in brackets, as a resolution's number carries it ("425 (1978)"). */
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\(\\d{4}\\)\\s*$");

    /** The cues of {@code language} in {@code rules}. */
    public Cues(RuleFiles rules, String language, PhrasePattern compiler) {
        for (String[] r : rules.language(language, "event-status.tsv")) {
            if (r.length >= 2) {
                status.add(new Cue(r[0], r[1]));
            }
        }
        statusScanner = new PhraseScanner(status.stream().map(Cue::phrase).toList(), compiler);
        java.util.Map<String, List<String>> dateCues = new java.util.HashMap<>();
        for (String[] r : rules.language(language, "date-cues.tsv")) {
            if (r.length >= 2) {
                dateCues.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
            }
        }
        sameYear = new RegionPhrases(dateCues.getOrDefault("same-year", List.of()), compiler);
        documentDate = new RegionPhrases(dateCues.getOrDefault("document", List.of()), compiler);
        afterYear = new RegionPhrases(dateCues.getOrDefault("after-year", List.of()), compiler);
        basis = new RegionPhrases(dateCues.getOrDefault("basis", List.of()), compiler);
        sameDate = new RegionPhrases(dateCues.getOrDefault("same-date", List.of()), compiler);
    }

    /**
     * The status cues of {@code [start, end)} of {@code text}, in text order; where two cues overlap, only the longer
     * ("agree with your proposal" over "proposal").
     */
    public List<Hit> hits(String text, int start, int end) {
        if (status.isEmpty()) {
            return List.of();
        }
        List<Hit> all = new ArrayList<>();
        for (PhraseScanner.Match m : statusScanner.find(text.substring(start, end))) {
            all.add(new Hit(status.get(m.phrase()).label(), start + m.start(), start + m.end()));
        }
        all.sort((a, b) -> (b.end() - b.start()) - (a.end() - a.start()));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            if (kept.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end())) {
                kept.add(h);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }

    /**
     * The status that governs the words at {@code pos}: the cue of {@code hits} nearest before them ("The members
     * of the Council agree with your proposal to close X and welcome the establishment of Y": closing agreed, the
     * establishment welcomed), else the first after them ("X would be established"); null when the sentence has none.
     */
    public static String governing(List<Hit> hits, int pos) {
        Hit before = null;
        for (Hit h : hits) {
            if (h.start() < pos) {
                before = h;
            } else {
                return before != null ? before.label() : h.label();
            }
        }
        return before == null ? null : before.label();
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
        int from = Math.max(0, pos - DOCUMENT_CUE_REACH);
        for (int i = 0; i < documentDate.size(); i++) {
            Matcher m = documentDate.in(i, text, from, pos);
            while (m != null && m.find()) {
                if (strippedLength(text, m.end(), pos) <= 1) {
                    return true;
                }
            }
        }
        // "in accordance with resolutions 425 (1978) and 426 (1978) of 19 March 1978": the date of the documents cited
        // as the basis, not of the event ("established by the Council in its resolution 1740 (2007) of 23 January 2007"
        // is dated by the resolution that is its instrument)
        for (int i = 0; i < afterYear.size(); i++) {
            Matcher m = afterYear.in(i, text, from, pos);
            while (m != null && m.find()) {
                if (strippedLength(text, m.end(), pos) <= 1
                        && YEAR_IN_BRACKETS.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
                        && citedAsBasis(text, m.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a basis phrase ("in accordance with", "conformément aux") stands before {@code pos} in its sentence. */
    private boolean citedAsBasis(String text, int pos) {
        int from = Math.max(0, pos - BASIS_REACH);
        for (int i = 0; i < basis.size(); i++) {
            Matcher m = basis.in(i, text, from, pos);
            while (m != null && m.find()) {
                if (text.substring(m.end(), pos).indexOf('.') < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The end of a same-year cue starting right at {@code pos} (after spaces), or -1. */
    public int sameYearAt(String text, int pos) {
        for (int i = 0; i < sameYear.size(); i++) {
            Matcher m = sameYear.in(i, text, pos, Math.min(text.length(), pos + 40));
            if (m != null && m.find() && text.substring(pos, m.start()).isBlank()) {
                return m.end();
            }
        }
        return -1;
    }

    /** Whether a same-date cue ("on that date", "في ذلك التاريخ") stands in {@code [from, to)} of {@code text}. */
    public boolean sameDateIn(String text, int from, int to) {
        for (int i = 0; i < sameDate.size(); i++) {
            Matcher m = sameDate.in(i, text, from, to);
            if (m != null && m.find()) {
                return true;
            }
        }
        return false;
    }
}
