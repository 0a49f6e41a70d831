package org.unkg.extract.core;

/**
 * A place in a letter where a body or state is named or referred to, in folded-text positions.
 *
 * @param key      catalog or discovered key (org key or ISO3)
 * @param state    whether it is a state
 * @param anaphor  whether it refers back ("the Office") rather than names
 */
public record Referent(String key, int start, int end, boolean state, boolean anaphor) implements org.unkg.model.Located {}
