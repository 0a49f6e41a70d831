package org.unkg.model;

/**
 * Who heads a body: the post (e.g. "Representative of the Secretary-General"), its level (D-2), the person who holds or
 * is to hold it (a person key or the name as written, or null), and the date the letter gives for the appointment
 * (or null).
 */
public record Head(String entity, String post, String level, String person, DateValue date, Span span) {
    /** A head post with no person or date: "headed by a Representative of the Secretary-General at the D-2 level". */
    public Head(String entity, String post, String level, String person, Span span) {
        this(entity, post, level, person, null, span);
    }
}
