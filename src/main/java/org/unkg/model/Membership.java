package org.unkg.model;

import java.util.List;

/** States (ISO3) the letter names as members of an organization. */
public record Membership(String organization, List<String> members, Span span) {}
