package org.unkg.model;

/**
 * An office, centre, mission or panel the letter names that the catalog lacks.
 *
 * @param key      a short upper-case key minted from its acronym or name
 * @param name     its full name as the letter gives it
 * @param language ISO 639-1 of {@code name}
 * @param kind     catalog class local name it most likely is (e.g. {@code PoliticalMission}), or null
 */
public record DiscoveredBody(String key, String name, String language, String kind, Span span) {}
