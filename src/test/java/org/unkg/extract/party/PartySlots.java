package org.unkg.extract.party;

import java.util.Optional;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;

/** Reads a letter's sender or recipient out of its facts, for the tests of header layouts. */
final class PartySlots {
    private PartySlots() {}

    /** The party in {@code slot}, if the letter has one. */
    static Optional<Party> party(LetterFacts f, Party.Slot slot) {
        return f.parties().stream().filter(p -> p.slot() == slot).findFirst();
    }

    /** The role of the party in {@code slot}, or null. */
    static String role(LetterFacts f, Party.Slot slot) {
        return party(f, slot).map(Party::role).orElse(null);
    }

    /** The state of the party in {@code slot}, or null. */
    static String state(LetterFacts f, Party.Slot slot) {
        return party(f, slot).map(Party::state).orElse(null);
    }
}
