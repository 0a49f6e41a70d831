package org.unkg.model;

/**
 * A name in the letter linked to an entity.
 *
 * @param kind  organization, state, person or place
 * @param key   the catalog key ({@code skos:notation}: org key, ISO3, person or place slug), or null when
 *              the entity is not in the catalog (then {@code label} names it)
 * @param label the words as written
 */
public record Mention(EntityKind kind, String key, String label, Span span) {}
