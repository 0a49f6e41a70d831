package org.unkg.extract.fact;

/** A UNBIS subject term, as written in the letter's {@code %%%} header line. */
public record Subject(String term, Span span) {}
