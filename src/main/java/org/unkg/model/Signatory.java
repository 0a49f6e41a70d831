package org.unkg.model;

/**
 * Who signed the letter.
 *
 * @param name      the name as written in the letter (titles such as "Ambassador" removed)
 * @param personKey catalog key (URI slug) of the person when the catalog knows them, else null
 */
public record Signatory(String name, String personKey, Span span) {}
