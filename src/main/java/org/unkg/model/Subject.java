package org.unkg.model;

/** A UNBIS subject term, as written in the letter's {@code %%%} header line. */
public record Subject(String term, Span span) {}
