package org.unkg.ingest;

import org.unkg.text.LetterReadException;

/**
 * Takes the text out of a letter file of one {@link LetterFormat}, in the form the text layer reads:
 * lines in logical (reading) order separated by LF, pages separated by form feeds, page furniture left
 * in place for the text layer to recognise. Failures are {@link LetterReadException}s whose problem is
 * one line a user can act on (encrypted, truncated, no text layer, ...).
 */
@FunctionalInterface
public interface TextExtractor {
    /**
     * @param name  the letter's name (its path relative to the letters folder), for messages
     * @param bytes the whole file
     */
    String extract(String name, byte[] bytes) throws LetterReadException;
}
