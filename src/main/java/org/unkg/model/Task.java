package org.unkg.model;

/** One task of a mandate, in the letter's order (1-based), with its text. */
public record Task(int order, String text, Span span) {}
