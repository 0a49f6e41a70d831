package org.unkg.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Mandate;
import org.unkg.extract.fact.MetaField;
import org.unkg.extract.fact.Party;
import org.unkg.extract.fact.Signatory;

/** French letters of the genre read through the whole pipeline: header, parties, signature, bodies, events, mandate. */
class FrenchLetterTest {


    @Test
    void readsTheHeaderDateAndLanguageOfAFrenchLetter() throws Exception {
        LetterFacts f = Pipeline.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(Pipeline.meta(f, MetaField.LANGUAGE)).isEqualTo("fr");
        assertThat(Pipeline.meta(f, MetaField.DATE)).isEqualTo("2010-03-12");
        assertThat(Pipeline.meta(f, MetaField.ISSUED)).isEqualTo("2010-03-15");
        assertThat(Pipeline.meta(f, MetaField.SYMBOL)).isEqualTo("S/2010/140");
        assertThat(Pipeline.meta(f, MetaField.ORIGINAL_LANGUAGE)).isEqualTo("en");
    }

    @Test
    void readsSenderAfterParAndRecipientAfterAdresseeAu() throws Exception {
        LetterFacts f = Pipeline.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(f.parties()).extracting(Party::slot, Party::role)
                .containsExactlyInAnyOrder(tuple(Party.Slot.SENDER, "secretary-general"),
                        tuple(Party.Slot.RECIPIENT, "president-of-the-security-council"));
    }

    @Test
    void readsTheSignatoryAfterSigne() throws Exception {
        LetterFacts f = Pipeline.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(f.signatories()).extracting(Signatory::personKey).containsExactly("ban-ki-moon");
    }

    @Test
    void linksFrenchNamesOfBodiesToTheCatalog() throws Exception {
        LetterFacts f = Pipeline.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(Pipeline.organizations(f)).contains("UNOWA", "ECOWAS", "AU", "UNSC", "UNSG")
                .doesNotContain("PBSO");
    }

    @Test
    void readsAnExtensionFromTheFirstOfJanuary() throws Exception {
        LetterFacts f = Pipeline.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(Pipeline.events(f)).containsExactly("extension UNOWA 2011-01-01");
    }

    @Test
    void readsAMandateInLetteredItemsWithoutOpeningParenthesis() throws Exception {
        LetterFacts f = Pipeline.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size()).containsExactly(tuple("UNOWA", 4));
    }

    @Test
    void readsAFrenchProposalToEstablishAnOffice() throws Exception {
        LetterFacts f = Pipeline.facts("fr-establishment.txt", """
                Lettre datée du 1er août 2008, adressée au Président du Conseil de sécurité par le Secrétaire général

                Comme suite à la résolution 1620 (2005), j'ai l'intention de procéder à la création d'un Bureau
                intégré des Nations Unies pour la consolidation de la paix en Sierra Leone à compter du
                1er octobre 2008. Le Bureau serait dirigé par mon Représentant exécutif.

                (Signé) Ban Ki-moon
                """);
        assertThat(Pipeline.meta(f, MetaField.DATE)).isEqualTo("2008-08-01");
        assertThat(Pipeline.events(f)).containsExactly("establishment UNIPSIL 2008-10-01");
        assertThat(Pipeline.organizations(f)).contains("UNIPSIL").doesNotContain("PBSO");
    }
}
