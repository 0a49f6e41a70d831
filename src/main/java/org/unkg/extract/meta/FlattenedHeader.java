package org.unkg.extract.meta;

import java.util.List;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.rules.DocumentSymbols;
import org.unkg.model.Precision;
import org.unkg.extract.rules.PhraseMatcher;

/**
 * The header of a letter flattened to one line, with its line ends put back. The {@code %%%} subject-line layout and
 * web pages copied without their breaks run a letter's header parts into one line: a reprint's heading, its symbol and
 * distribution date, the letter's dated title and the body's first words follow each other on it, and the header's
 * rules, which read a symbol or a date line by what ends its line, see none of those ends. Where the header has no line
 * break between its first line of text and the body's opening phrase, the space before each part that a layout starts
 * on a line of its own becomes a line break: before the body's opening phrase and its salutation ("Excellency,"),
 * before a title phrase (dated, or with its parties), before a phrase that titles a letter only at a line start ("Datée
 * du ...") right after a header item, around a
 * run of symbols followed by a comma and a day date ("S/22494, 16 April 1991"), before a footnote's mark in front of a
 * symbol ("Item 97 of the preliminary list* * A/51/50."), and before a day date right before the opening (a bare date
 * line). Only spaces change, one character for one, so every offset (every span of evidence)
 * stays what it was in the text.
 */
final class FlattenedHeader {
    /** Fewer characters than this between a header's first line and the opening are no flattened header. */
    private static final int MIN_HEADER = 60;

    private FlattenedHeader() {}

    /** {@code body} with the line ends of a flattened header put back; {@code body} itself when it has its lines. */
    static String restore(String body, HeaderRules rules, DocumentSymbols symbols, List<DateMention> dates) {
        int opening = rules.openings.first(body, 0, Math.min(body.length(), LetterHeader.SEARCH));
        int from = firstTextLine(body);
        if (opening < 0 || opening - from < MIN_HEADER || body.lastIndexOf('\n', opening - 1) >= from) {
            return body;
        }
        char[] text = body.toCharArray();
        breakBefore(text, opening, from);
        int salutation = rules.openings.salutationBefore(body, from, opening);
        if (salutation >= 0) {
            breakBefore(text, salutation, from);
        }
        for (PhraseMatcher.Hit<String> head : rules.title.find(body, from, opening)) {
            if (LetterHeader.titleFollows(body, head, rules) && !LetterHeader.afterDeterminer(body, head.start(), rules)) {
                breakBefore(text, head.start(), from);
            }
        }
        for (PhraseMatcher.Hit<String> head : rules.lineTitle.find(body, from, opening)) {
            if (afterHeaderItem(body, head.start())) {
                breakBefore(text, head.start(), from);
            }
        }
        List<DocumentSymbols.Found> found = symbols.find(body, from, opening);
        for (DocumentSymbols.Found f : found) {
            int mark = footnoteMark(body, f.start());
            if (mark >= 0) {
                breakBefore(text, mark, from);
            }
        }
        for (DateMention d : dates) {
            if (d.start() < from || d.end() > opening || d.value().precision() != Precision.DAY) {
                continue;
            }
            int run = symbolRunBefore(body, found, d.start(), rules);
            if (run >= 0) {
                breakBefore(text, run, from);
                // without a comma the layout set the symbol and the date on lines of their own ("S/21259" / "13 avril 1990")
                String line = body.substring(run, d.start()).strip();
                if (!line.endsWith(",") && !line.endsWith("\u060C")) {
                    breakBefore(text, d.start(), run + 1);
                }
                breakBefore(text, d.end() + 1, from);
            } else if (body.substring(d.end(), opening).isBlank()) {
                breakBefore(text, d.start(), from);
            }
        }
        return new String(text);
    }

    /**
     * The start of a run of symbols that ends with a comma, or nothing, right before {@code dateStart} ("S/22320 و
     * S/22321، " before "3 آذار/ مارس 1991", "S/21259 " before "13 avril 1990"), or -1.
     */
    private static int symbolRunBefore(String body, List<DocumentSymbols.Found> found, int dateStart, HeaderRules rules) {
        int run = -1;
        int end = dateStart;
        for (int i = found.size() - 1; i >= 0; i--) {
            DocumentSymbols.Found f = found.get(i);
            if (f.end() > end) {
                continue;
            }
            String gap = body.substring(f.end(), end).strip();
            boolean joins = run < 0 ? gap.isEmpty() || gap.equals(",") || gap.equals("\u060C")
                    : rules.symbolJoiners.matcher(gap).replaceAll("").isEmpty();
            if (!joins) {
                break;
            }
            run = f.start();
            end = f.start();
        }
        return run;
    }

    /**
     * The start of a footnote's mark right before a symbol ("list* * A/51/50.": the second asterisk opens the footnote,
     * the first marks the word it annotates), or -1.
     */
    private static int footnoteMark(String body, int symbolStart) {
        int i = symbolStart;
        while (i > 0 && body.charAt(i - 1) == ' ') {
            i--;
        }
        int marks = i;
        while (i > 0 && (body.charAt(i - 1) == '*' || body.charAt(i - 1) == '\u2020')) {
            i--;
        }
        return i < marks && i > 0 && body.charAt(i - 1) == ' ' ? i : -1;
    }

    /**
     * Whether what stands before {@code at} ends a header item, not a word: a digit, a bracket or a full stop ("S/1996/276
     * Datée du ..."), so a title phrase that only opens a line ("Datée du") starts one there, but not inside a title
     * ("Lettre datée du").
     */
    private static boolean afterHeaderItem(String body, int at) {
        int i = at;
        while (i > 0 && Character.isSpaceChar(body.charAt(i - 1))) {
            i--;
        }
        return i > 0 && i < at && !Character.isLetter(body.charAt(i - 1));
    }

    /** Where the first line that is not a {@code %%%} subject line starts. */
    private static int firstTextLine(String body) {
        int at = 0;
        while (at < body.length()) {
            int end = body.indexOf('\n', at);
            String line = (end < 0 ? body.substring(at) : body.substring(at, end)).strip();
            if (!line.isEmpty() && !line.startsWith("%%%")) {
                return at;
            }
            if (end < 0) {
                return body.length();
            }
            at = end + 1;
        }
        return at;
    }

    /** Turns the space right before {@code at} into a line break, when it lies inside the header. */
    private static void breakBefore(char[] text, int at, int from) {
        if (at - 1 > from && at - 1 < text.length && Character.isSpaceChar(text[at - 1])) {
            text[at - 1] = '\n';
        }
    }
}
