package org.unkg.model;

/** The letter's own metadata fields. */
public enum MetaField {
    /** The document's UN symbol, e.g. {@code S/2005/323}. */
    SYMBOL,
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
    /** Agenda item or title line. */
    TITLE
}
