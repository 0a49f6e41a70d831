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
 * @param namesakes the keys of the other entities of the same kind the same words name ("United Nations Office in
 *                  Burundi": UNOB and BNUB), which the letter's date tells apart ({@link BodyLifetimes}); usually none
 */
public record NameMatch(EntityKind kind, String key, String label, Span span, java.util.List<String> namesakes) {
    /** A name only one entity of its kind bears. */
    public NameMatch(EntityKind kind, String key, String label, Span span) {
        this(kind, key, label, span, java.util.List.of());
    }
}
