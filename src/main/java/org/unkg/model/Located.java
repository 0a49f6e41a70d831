package org.unkg.model;

/** Anything that stands at a half-open range {@code [start, end)} of a text: a span, a sentence, a date, a name. */
public interface Located {
    /** The first offset. */
    int start();

    /** The offset just after the last character. */
    int end();
}
