package org.unkg.model;

import java.util.List;

/** An office's mandate as the letter enumerates it, and the period it covers where stated. */
public record Mandate(String entity, List<Task> tasks, DateValue from, DateValue to, Span span) {}
