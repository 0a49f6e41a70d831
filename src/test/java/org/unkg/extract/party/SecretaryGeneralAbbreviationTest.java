package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.MetaField;
import org.unkg.model.Party;

/**
 * "the SG" in the one-line titles of the Organization's library catalogue is the Secretary-General ("addressed to the
 * SG", "from the SG", beside "the President of the SC"); it is never Singapore, and inside a symbol ("SG/SM/...") or in
 * SRSG and DSG it is no role. Hand-written variants, other States and offices than the genre letters.
 */
class SecretaryGeneralAbbreviationTest {

    @Test
    void theSgAsTheAddresseeOfATitleIsTheSecretaryGeneral() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 5 Mar 2003 from the Permanent Representative of Singapore to the UN addressed to the SG (S/2003/270)

                I have the honour to transmit herewith a statement of the Government of Singapore.

                (Signed) Kishore Mahbubani
                """);
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
        assertThat(Parties.state(f, Party.Slot.SENDER)).isEqualTo("SGP");
        assertThat(f.mentions()).anyMatch(m -> "UNSG".equals(m.key()));
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/2003/270");
    }

    @Test
    void theSgAsTheSenderToThePresidentOfTheGaIsTheSecretaryGeneral() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 12 Oct 2006 from the SG addressed to the President of the GA - Peacebuilding Fund (A/61/520)

                I have the honour to inform you of the launch of the Peacebuilding Fund.

                (Signed) Kofi A. Annan
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("secretary-general");
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-general-assembly");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("A/61/520");
    }

    @Test
    void sgInASymbolOrInSrsgIsNoRoleAndNoState() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 3 June 2004 from the Permanent Representative of Fiji to the United Nations addressed to the President of the Security Council

                I have the honour to refer to the statement SG/SM/9321 and to the briefing of the SRSG on 2 June 2004.

                (Signed) Isikia Savua
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("permanent-representative");
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
        assertThat(f.mentions()).noneMatch(m -> m.kind() == EntityKind.STATE && "SGP".equals(m.key()));
    }
}
