package org.unkg.text;

import java.util.Objects;

/**
 * One letter as read: the original text of the file, the <em>body</em> extractors read (logical order
 * restored, page furniture such as footers and barcodes removed, tatweel dropped), and the <em>match</em>
 * form of the body that names are looked up in (Arabic letter variants folded, diacritics dropped, digits
 * made ASCII, case folded). Each form maps back to the one it came from, so a span found anywhere can be
 * traced to the original file.
 *
 * <p>Spans in extracted facts are offsets into {@link #body()}; the body is what the graph stores as the
 * letter's text and what pages highlight.
 */
public final class LetterText {
    private final String source;
    private final String original;
    private final OffsetText body;
    private final OffsetText match;
    private final Layout layout;
    private final String language;

    /**
     * @param source   the file name the letter was read from (e.g. {@code S-2005-323.txt})
     * @param original the file's text as decoded
     * @param body     the reading text, mapped to {@code original}
     * @param match    the matching form, mapped to {@code body}
     * @param layout   the layout detected
     * @param language ISO 639-1 of the text's language
     */
    public LetterText(String source, String original, OffsetText body, OffsetText match, Layout layout, String language) {
        this.source = Objects.requireNonNull(source);
        this.original = Objects.requireNonNull(original);
        this.body = Objects.requireNonNull(body);
        this.match = Objects.requireNonNull(match);
        this.layout = Objects.requireNonNull(layout);
        this.language = Objects.requireNonNull(language);
    }

    /** The file name, e.g. {@code S-2011-250.txt}. */
    public String source() { return source; }

    /** The file name without its extension: the letter's local id in URIs. */
    public String stem() {
        int dot = source.lastIndexOf('.');
        return dot > 0 ? source.substring(0, dot) : source;
    }

    public String original() { return original; }

    /** The reading text as a string (same as {@code bodyText().text()}). */
    public String body() { return body.text(); }

    public OffsetText bodyText() { return body; }

    /** The matching form; {@code match().sourceOffset(i)} is an offset into {@link #body()}. */
    public OffsetText match() { return match; }

    public Layout layout() { return layout; }

    /** ISO 639-1 code of the letter's language ({@code ar}, {@code en}, {@code fr}, ...). */
    public String language() { return language; }

    /** Offset in the original file of a body offset. */
    public int originalOffset(int bodyOffset) { return body.sourceOffset(bodyOffset); }
}
