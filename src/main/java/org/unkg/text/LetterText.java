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
    private final FileOrigin origin;

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
        this.origin = null;
    }

    private LetterText(LetterText t, FileOrigin origin) {
        this.source = t.source;
        this.original = t.original;
        this.body = t.body;
        this.match = t.match;
        this.layout = t.layout;
        this.language = t.language;
        this.origin = Objects.requireNonNull(origin);
    }

    /** The same letter, knowing the file it was read from (media type, checksum). */
    public LetterText withOrigin(FileOrigin origin) {
        return new LetterText(this, origin);
    }

    /** The file the letter was read from, when the reader knew it (a build does; a letter made from a string does not). */
    public java.util.Optional<FileOrigin> origin() { return java.util.Optional.ofNullable(origin); }

    /** The file name, e.g. {@code S-2011-250.txt}; under a sub-folder of the letters folder, its relative path ({@code 2011/S-2011-250.pdf}). */
    public String source() { return source; }

    /** The file name (or relative path) without its extension: the letter's local id in URIs. */
    public String stem() {
        int dot = source.lastIndexOf('.');
        return dot > source.lastIndexOf('/') + 1 ? source.substring(0, dot) : source;
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
