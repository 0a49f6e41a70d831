package org.unkg.ingest;

/**
 * One glyph a PDF page shows, as the text layer's reader needs it: its text ({@code ""} when the PDF
 * gives no Unicode for it, as for justification strokes some fonts draw), where it stands (left edge
 * {@code x} and baseline {@code y}, y growing down the page, in text direction adjusted units), its
 * advance width, its font size, and its place in the page's content stream.
 */
record Glyph(String text, double x, double y, double width, double size, int index) {
    /** The right edge. */
    double end() {
        return x + width;
    }

    /** Whether the glyph is a space the PDF drew. */
    boolean isSpace() {
        return !text.isEmpty() && text.isBlank();
    }

    /** Whether the glyph has text that is not a space. */
    boolean isInk() {
        return !text.isBlank();
    }
}
