package org.unkg.model;

/** A body an office must work or liaise with, as its mandate names it (the OSCE for a regional centre). */
public record Partner(String entity, String partner, Span span) {}
