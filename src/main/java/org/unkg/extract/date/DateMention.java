package org.unkg.extract.date;

import org.unkg.model.DateValue;
import org.unkg.model.Located;
import org.unkg.model.Span;

/**
 * A date a text states: where ({@code [start, end)} in the text searched) and what, at the precision stated.
 */
public record DateMention(int start, int end, DateValue value) implements Located {
    /** The words as a span. */
    public Span span() {
        return new Span(start, end);
    }
}
