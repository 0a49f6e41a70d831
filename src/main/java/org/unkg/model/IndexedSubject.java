package org.unkg.model;

import java.util.List;

/**
 * A UNBIS Thesaurus concept the subject indexer assigns to a letter from its text, distinct from the cataloguer's
 * {@code %%%} terms.
 *
 * @param concept  the concept's IRI
 * @param score    how strongly the letter is about it, in (0, 1]: 1 for the letter's first concept
 * @param rank     1 for the strongest concept of the letter, then 2, 3, ...
 * @param evidence where the letter names it (its label, or a catalog entity whose concept it is), in text order
 */
public record IndexedSubject(String concept, double score, int rank, List<Span> evidence) {
    public IndexedSubject {
        evidence = List.copyOf(evidence);
    }
}
