package org.unkg.model;

/** A UN document the letter cites, by normalised symbol ({@code S/2000/214}, {@code A/RES/59/50}, {@code S/RES/1631(2005)}). */
public record Reference(String symbol, Span span) {}
