package org.unkg.model;

/** One metadata value of the letter, with the words that state it (span may be null when inferred). */
public record Meta(MetaField field, String value, Span span) {}
