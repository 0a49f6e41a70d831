package org.unkg.model;

/** Where a body sits: {@code place} is the catalog place key (slug) or the English name. */
public record Seat(String entity, String place, Span span) {}
