package org.unkg.model;

/** The letter's own metadata fields. */
public enum MetaField {
    /** The document's UN symbol, e.g. {@code S/2005/323}; the first printed when it has two. */
    SYMBOL,
    /**
     * A further symbol of the same document: identical letters to the two Presidents are issued as
     * {@code A/51/80} and {@code S/1996/150}; the first is {@link #SYMBOL}, the others are this.
     */
    OTHER_SYMBOL,
    /** The letter's date (ISO day). */
    DATE,
    /** The distribution date from a {@code Distr.: General} header (ISO day). */
    ISSUED,
    /** ISO 639-1 code of the text's language. */
    LANGUAGE,
    /** ISO 639-1 code of the language the document was originally written in. */
    ORIGINAL_LANGUAGE,
    /** Catalog key of the organ whose document this is (UNSC, UNGA). */
    ORGAN,
    /** Session number for General Assembly documents, e.g. {@code 64}. */
    SESSION,
    /** The title line ("Letter dated ... from ... addressed to ..."), whitespace made single spaces. */
    TITLE
}
