package org.unkg.model;

/**
 * The sender or recipient of a letter, by role.
 *
 * @param slot  sender or recipient
 * @param role  one of {@code secretary-general}, {@code president-of-the-security-council},
 *              {@code president-of-the-general-assembly}, {@code permanent-representative},
 *              {@code charge-d-affaires}, {@code other}
 * @param state ISO 3166-1 alpha-3 of the state a representative speaks for, or null
 * @param body  catalog key of the body the role belongs to (UNSG, UNSC, ...), or null
 */
public record Party(Slot slot, String role, String state, String body, Span span) {
    /** Which end of the letter. */
    public enum Slot { SENDER, RECIPIENT }
}
