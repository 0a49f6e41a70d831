package org.unkg.extract.core;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.model.DateValue;

/**
 * When each catalog body existed ({@code unkg:established} to {@code unkg:closed}, at the precision the catalog states
 * them), so that of bodies that share a name ("United Nations Office in Burundi": UNOB of 1993-2004 and BNUB of
 * 2011-2014) a letter's date picks the one that existed then. Built once from the catalog; immutable.
 */
public final class BodyLifetimes {
    private static final String UNKG = "https://w3id.org/unkg/ontology#";

    /** The first and last day a body existed; either null when the catalog does not say. */
    private record Life(LocalDate from, LocalDate to) {
        /** Days from {@code day} to this life: 0 within it; null when the catalog gives neither end. */
        Long distance(LocalDate day) {
            if (from == null && to == null) {
                return null;
            }
            if (from != null && day.isBefore(from)) {
                return from.toEpochDay() - day.toEpochDay();
            }
            if (to != null && day.isAfter(to)) {
                return day.toEpochDay() - to.toEpochDay();
            }
            return 0L;
        }
    }

    private final Map<String, Life> lives = new HashMap<>();

    /** The lifetimes of the bodies of a catalog {@code model}. */
    public BodyLifetimes(Model model) {
        Property established = model.createProperty(UNKG + "established");
        Property closed = model.createProperty(UNKG + "closed");
        for (Resource r : model.listSubjectsWithProperty(SKOS.notation).toList()) {
            LocalDate from = day(r.getProperty(established), false);
            LocalDate to = day(r.getProperty(closed), true);
            if (from != null || to != null) {
                lives.put(r.getProperty(SKOS.notation).getString(), new Life(from, to));
            }
        }
    }

    /** A lifecycle date as a day: the first day of a year or month it states ({@code last}: its last day), or null. */
    private static LocalDate day(Statement s, boolean last) {
        if (s == null || !s.getObject().isLiteral()) {
            return null;
        }
        try {
            DateValue d = DateValue.parse(s.getString());
            return switch (d.precision()) {
                case DAY -> LocalDate.parse(d.iso());
                case MONTH -> {
                    java.time.YearMonth m = java.time.YearMonth.parse(d.iso());
                    yield last ? m.atEndOfMonth() : m.atDay(1);
                }
                case YEAR -> last ? LocalDate.of(Integer.parseInt(d.iso()), 12, 31) : LocalDate.of(Integer.parseInt(d.iso()), 1, 1);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Of {@code key} and its {@code namesakes} (bodies with the same name), the one that existed on {@code date}, else,
     * when the catalog dates them all, the one whose life is nearest to it; {@code key} itself when there are no
     * namesakes, the date is null, or the catalog's dates do not tell them apart.
     */
    public String existingOn(String key, List<String> namesakes, DateValue date) {
        if (namesakes.isEmpty() || date == null) {
            return key;
        }
        LocalDate day = day(date);
        String best = null;
        long nearest = Long.MAX_VALUE;
        boolean tie = false;
        boolean undated = false;
        for (int i = -1; i < namesakes.size(); i++) {
            String k = i < 0 ? key : namesakes.get(i);
            Life life = lives.get(k);
            Long d = life == null ? null : life.distance(day);
            if (d == null) {
                undated = true;
                continue;
            }
            if (d < nearest) {
                best = k;
                nearest = d;
                tie = false;
            } else if (d == nearest) {
                tie = true;
            }
        }
        return best == null || tie || (undated && nearest > 0) ? key : best;
    }

    /** The middle of a date's period as a day (a year's 1 July, a month's 15th). */
    private static LocalDate day(DateValue date) {
        return switch (date.precision()) {
            case DAY -> LocalDate.parse(date.iso());
            case MONTH -> java.time.YearMonth.parse(date.iso()).atDay(15);
            case YEAR -> LocalDate.of(Integer.parseInt(date.iso()), 7, 1);
        };
    }
}
