package org.unkg.catalog;

import org.unkg.extract.fact.EntityKind;
import org.unkg.extract.fact.Span;

/**
 * A catalog name found in a letter.
 *
 * @param kind  organization, state, person or place
 * @param key   the entity's {@code skos:notation}
 * @param label the words as written in the body
 * @param span  where, in body offsets
 */
public record NameMatch(EntityKind kind, String key, String label, Span span) {}
