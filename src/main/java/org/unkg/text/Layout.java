package org.unkg.text;

/** The real-world layouts UN letters come in as plain text. */
public enum Layout {
    /** PDF-extracted lines in visual (left-to-right) order: reversed chunks, tatweel-split words, page footers. */
    VISUAL_PDF,
    /** One-line text headed by a {@code %%%} line of UNBIS subject terms. */
    UNBIS_ONE_LINE,
    /** A document with a {@code Distr.: General} header (issued date, {@code Original: ...}). */
    DISTR_HEADER,
    /** Anything else: plain logical-order text. */
    PLAIN
}
