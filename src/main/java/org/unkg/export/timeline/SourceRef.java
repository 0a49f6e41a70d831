package org.unkg.export.timeline;

import java.util.List;

/**
 * A letter a timeline row comes from, with the words that state it.
 *
 * @param letter   the letter's URI ({@code id/letter/{stem}})
 * @param stem     the letter's file stem (its page on the server is {@code /page/letter/{stem}})
 * @param symbol   the document symbol ({@code S/2005/323}) or null
 * @param date     the letter's date (ISO, possibly partial) or null
 * @param file     the source file name or null
 * @param language the letter's language or null
 * @param quotes   the evidence quotes (the letter's text at each annotation's target span) in text order
 */
public record SourceRef(String letter, String stem, String symbol, String date, String file, String language,
                        List<String> quotes) {
    public SourceRef {
        quotes = List.copyOf(quotes);
    }
}
