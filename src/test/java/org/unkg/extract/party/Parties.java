package org.unkg.extract.party;

import java.util.Optional;
import org.unkg.extract.TestLetters;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;
import org.unkg.model.Signatory;

/** The sender's or the recipient's party among a letter's facts, and the signatory of a text, for the party tests. */
final class Parties {
    private Parties() {}

    /** The first party read in {@code slot}, if any. */
    static Optional<Party> party(LetterFacts f, Party.Slot slot) {
        return f.parties().stream().filter(p -> p.slot() == slot).findFirst();
    }

    /** The role of the party in {@code slot}, or null. */
    static String role(LetterFacts f, Party.Slot slot) {
        return party(f, slot).map(Party::role).orElse(null);
    }

    /** The state (ISO 3166 alpha-3 key) of the party in {@code slot}, or null. */
    static String state(LetterFacts f, Party.Slot slot) {
        return party(f, slot).map(Party::state).orElse(null);
    }

    /** The first signatory {@link SignatoryExtractor} reads in {@code text} of {@code language}, or null. */
    static Signatory signatory(String text, String language) {
        LetterFacts facts = new LetterFacts();
        TestLetters.run(new SignatoryExtractor(TestLetters.context()), TestLetters.of(text, language), facts);
        return facts.signatories().isEmpty() ? null : facts.signatories().get(0);
    }
}
