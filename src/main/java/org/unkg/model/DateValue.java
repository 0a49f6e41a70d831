package org.unkg.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as a letter states it, with its precision kept: {@code 2005}, {@code 2005-02} or {@code 2005-05-10}.
 *
 * @param iso       the ISO 8601 form at the given precision
 * @param precision year, month or day
 */
public record DateValue(String iso, Precision precision) {

    public static DateValue ofDay(LocalDate day) {
        return new DateValue(day.toString(), Precision.DAY);
    }

    public static DateValue ofMonth(int year, int month) {
        return new DateValue(YearMonth.of(year, month).toString(), Precision.MONTH);
    }

    public static DateValue ofYear(int year) {
        return new DateValue(String.format("%04d", year), Precision.YEAR);
    }

    /** Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}. */
    public static DateValue parse(String iso) {
        return switch (iso.length()) {
            case 4 -> ofYear(Integer.parseInt(iso));
            case 7 -> ofMonth(Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5)));
            case 10 -> ofDay(LocalDate.parse(iso));
            default -> throw new IllegalArgumentException("not an ISO date, month or year: " + iso);
        };
    }

    /** The XSD datatype that keeps this precision: xsd:gYear, xsd:gYearMonth or xsd:date. */
    public String xsdType() {
        return switch (precision) {
            case YEAR -> "http://www.w3.org/2001/XMLSchema#gYear";
            case MONTH -> "http://www.w3.org/2001/XMLSchema#gYearMonth";
            case DAY -> "http://www.w3.org/2001/XMLSchema#date";
        };
    }

    @Override
    public String toString() {
        return iso;
    }
}
