package org.unkg.model;

/**
 * A half-open character range {@code [start, end)} into a letter's body (the reading text of the letter).
 * Every extracted fact carries the span of the words that state it; the graph turns it into
 * a Web Annotation target (the letter's IRI with an RFC 5147 {@code #char=start,end} fragment).
 */
public record Span(int start, int end) implements Located {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
