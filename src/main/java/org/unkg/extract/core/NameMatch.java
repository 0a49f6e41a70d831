package org.unkg.extract.core;

import org.unkg.model.EntityKind;
import org.unkg.model.Span;

/**
 * A catalog name found in a letter.
 *
 * @param kind  organization, state, person or place
 * @param key   the entity's {@code skos:notation}
 * @param label the words as written in the body
 * @param span  where, in body offsets
 */
public record NameMatch(EntityKind kind, String key, String label, Span span) {}
