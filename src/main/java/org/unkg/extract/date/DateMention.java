package org.unkg.extract.date;

import org.unkg.extract.fact.DateValue;
import org.unkg.extract.fact.Span;

/**
 * A date a text states: where ({@code [start, end)} in the text searched) and what, at the precision stated.
 */
public record DateMention(int start, int end, DateValue value) {
    /** The words as a span. */
    public Span span() {
        return new Span(start, end);
    }
}
