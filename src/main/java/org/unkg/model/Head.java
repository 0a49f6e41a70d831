package org.unkg.model;

/** Who heads a body: the post (e.g. "Representative of the Secretary-General"), its level (D-2), a person key or null. */
public record Head(String entity, String post, String level, String person, Span span) {}
