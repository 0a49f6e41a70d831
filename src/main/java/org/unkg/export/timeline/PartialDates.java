package org.unkg.export.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.unkg.model.DateValue;

/** The first and last day a partial date ({@code 2005}, {@code 2005-02}, {@code 2005-02-10}) covers. */
public final class PartialDates {
    private PartialDates() {}

    /** The first day: 2005 → 2005-01-01, 2005-02 → 2005-02-01. */
    public static LocalDate start(DateValue d) {
        return switch (d.precision()) {
            case YEAR -> LocalDate.of(year(d), 1, 1);
            case MONTH -> YearMonth.parse(d.iso()).atDay(1);
            case DAY -> LocalDate.parse(d.iso());
        };
    }

    /** The last day: 2005 → 2005-12-31, 2005-02 → 2005-02-28. */
    public static LocalDate end(DateValue d) {
        return switch (d.precision()) {
            case YEAR -> LocalDate.of(year(d), 12, 31);
            case MONTH -> YearMonth.parse(d.iso()).atEndOfMonth();
            case DAY -> LocalDate.parse(d.iso());
        };
    }

    private static int year(DateValue d) {
        return Integer.parseInt(d.iso().substring(0, 4));
    }

    /** Reads a stored date literal's lexical form; null when it is not a year, month or day (or absent). */
    public static DateValue read(String lexical) {
        if (lexical == null) {
            return null;
        }
        String s = lexical.strip();
        // xsd:date and xsd:gYear may carry a time zone; the timeline keeps the day
        s = s.replaceFirst("(Z|[+-]\\d\\d:\\d\\d)$", "");
        try {
            return DateValue.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A filter date given by a user; null or blank means no filter. */
    static DateValue parseFilter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            try {
                return DateValue.parse(s);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                // fall through to the message below
            } catch (java.time.DateTimeException e) {
                // month 13 and the like
            }
        }
        throw new IllegalArgumentException("--" + name + " '" + value + "' is not a date: use a year (2005), a month (2005-02) or a day (2005-02-10)");
    }
}
