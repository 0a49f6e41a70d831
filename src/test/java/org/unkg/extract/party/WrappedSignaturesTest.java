package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.model.Signatory;

/**
 * A signature broken by a hard wrap or a re-flow: the name goes on at the start of the next line when its line holds
 * one word of it, ends with a particle, or runs prose before the mark; a name on a line of its own followed by its role,
 * its title or an annex stays on its line. Hand-written variants, other signers and languages than the genre letters.
 */
class WrappedSignaturesTest {
    private static String signer(String text, String language) {
        Signatory s = Parties.signatory(text, language);
        return s == null ? null : s.name();
    }

    @Test
    void aGivenNameEndingItsLineTakesTheSurnameThatOpensTheNext() {
        assertThat(signer("as a document of the Security Council. (Signed) Koichi\nHaraguchi Permanent Representative\n", "en"))
                .isEqualTo("Koichi Haraguchi");
        assertThat(signer("les assurances de ma très haute considération.\n\n     (Signé) Abdallah\nBaali Représentant permanent\n", "fr"))
                .isEqualTo("Abdallah Baali");
    }

    @Test
    void aNameEndingWithAParticleTakesTheRestOfTheNextLineUpToTheRole() {
        assertThat(signer("les effectifs du futur Bureau. (Signé) Emmanuel de\nLa Gorce Président du Conseil de sécurité\n", "fr"))
                .isEqualTo("Emmanuel de La Gorce");
    }

    @Test
    void aSignatureRunIntoItsParagraphGoesOnOverTheWrap() {
        assertThat(signer("I should be grateful if you would circulate this letter. (Signed) Tiina Intelmann Sofia\nBorges Ambassador\n",
                "en")).isEqualTo("Tiina Intelmann Sofia Borges");
    }

    @Test
    void aNameOnItsOwnLineKeepsToItBeforeItsRoleTitleOrAnnex() {
        assertThat(signer("circulated as a document.\n\n(Signed) Kofi A. Annan\nSecretary-General\n", "en")).isEqualTo("Kofi A. Annan");
        assertThat(signer("circulated as a document.\n\n(Signed) Ismael Gaspar Martins\nAmbassador\nPermanent Representative\n", "en"))
                .isEqualTo("Ismael Gaspar Martins");
        assertThat(signer("circulated as a document.\n\n(Signed) Ban\nAnnex\nStatement\n", "en")).isEqualTo("Ban");
        assertThat(signer("como documento del Consejo.\n\n(Firmado) Heraldo Muñoz\nPresidente del Consejo de Seguridad\n", "es"))
                .isEqualTo("Heraldo Muñoz");
    }
}
