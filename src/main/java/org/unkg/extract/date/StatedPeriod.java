package org.unkg.extract.date;

import org.unkg.model.DateValue;

/**
 * A period a text states ("for an initial period of two years from 1 January 2011"): its start and end (either may be
 * computed from the other and the duration, or null when neither the text nor arithmetic gives it), the duration
 * stated (or null), and where the words are ({@code [start, end)} in the text searched).
 */
public record StatedPeriod(DateValue from, DateValue to, java.time.Period duration, int start, int end) {}
