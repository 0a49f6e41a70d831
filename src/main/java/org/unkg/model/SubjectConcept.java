package org.unkg.model;

/**
 * A cataloguer's subject term ({@code %%%} line) linked to the UNBIS Thesaurus concept it names.
 *
 * @param term    the term as written
 * @param concept the concept's IRI
 * @param span    where the term stands in the letter
 */
public record SubjectConcept(String term, String concept, Span span) {}
