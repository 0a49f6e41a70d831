package org.unkg.extract.core;

import org.unkg.model.Located;

/** A sentence of a letter's folded text: {@code [start, end)}. */
public record Sentence(int start, int end) implements Located {}
