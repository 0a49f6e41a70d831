package org.unkg.model;

/** What a mention names. */
public enum EntityKind { ORGANIZATION, STATE, PERSON, PLACE }
