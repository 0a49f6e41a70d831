package org.unkg.diagnose;

import java.util.List;

/**
 * What could not be read in one letter: the letter (file name), how it was read (layout, language) and what was
 * (date, symbol, so an analyst can place it), and its gaps in the order found.
 *
 * @param letter   the file name
 * @param layout   the layout detected ({@code DISTR_HEADER}, {@code VISUAL_PDF}, ...), or empty when unreadable
 * @param language ISO 639-1 of the text, or empty
 * @param date     the letter's date as read, or empty
 * @param symbol   the document's symbol as read, or empty
 * @param gaps     what could not be read
 */
public record LetterDiagnosis(String letter, String layout, String language, String date, String symbol, List<Gap> gaps) {
    public LetterDiagnosis {
        gaps = List.copyOf(gaps);
    }

    /**
     * One gap: a kebab-case code ({@code no-date}, {@code event-subject-unresolved}), a one-line detail, and the words
     * concerned (offsets into the letter's reading text, {@code -1} when the gap is an absence).
     */
    public record Gap(String code, String detail, int start, int end, String words) {}

    /** Whether anything could not be read. */
    public boolean hasGaps() {
        return !gaps.isEmpty();
    }
}
