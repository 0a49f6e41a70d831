package org.unkg.extract.fact;

/** What a mention names. */
public enum EntityKind { ORGANIZATION, STATE, PERSON, PLACE }
