package org.unkg.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.MetaField;
import org.unkg.model.Party;
import org.unkg.model.Signatory;

/** French letters of the genre read through the whole pipeline: header, parties, signature, bodies, events, mandate. */
class FrenchLetterTest {


    @Test
    void readsTheHeaderDateAndLanguageOfAFrenchLetter() throws Exception {
        LetterFacts f = Pipelines.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(Facts.meta(f, MetaField.LANGUAGE)).isEqualTo("fr");
        assertThat(Facts.meta(f, MetaField.DATE)).isEqualTo("2010-03-12");
        assertThat(Facts.meta(f, MetaField.ISSUED)).isEqualTo("2010-03-15");
        assertThat(Facts.meta(f, MetaField.SYMBOL)).isEqualTo("S/2010/140");
        assertThat(Facts.meta(f, MetaField.ORIGINAL_LANGUAGE)).isEqualTo("en");
    }

    @Test
    void readsSenderAfterParAndRecipientAfterAdresseeAu() throws Exception {
        LetterFacts f = Pipelines.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(f.parties()).extracting(Party::slot, Party::role)
                .containsExactlyInAnyOrder(tuple(Party.Slot.SENDER, "secretary-general"),
                        tuple(Party.Slot.RECIPIENT, "president-of-the-security-council"));
    }

    @Test
    void readsTheSignatoryAfterSigne() throws Exception {
        LetterFacts f = Pipelines.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(f.signatories()).extracting(Signatory::personKey).containsExactly("ban-ki-moon");
    }

    @Test
    void linksFrenchNamesOfBodiesToTheCatalog() throws Exception {
        LetterFacts f = Pipelines.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(Facts.organizations(f)).contains("UNOWA", "ECOWAS", "AU", "UNSC", "UNSG")
                .doesNotContain("PBSO");
    }

    @Test
    void readsAnExtensionFromTheFirstOfJanuary() throws Exception {
        LetterFacts f = Pipelines.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(Facts.events(f)).containsExactly("extension UNOWA 2011-01-01");
    }

    @Test
    void readsAMandateInLetteredItemsWithoutOpeningParenthesis() throws Exception {
        LetterFacts f = Pipelines.facts("fr-extension.txt", FrenchLetters.EXTENSION);
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size()).containsExactly(tuple("UNOWA", 4));
    }

    @Test
    void readsAFrenchProposalToEstablishAnOffice() throws Exception {
        LetterFacts f = Pipelines.facts("fr-establishment.txt", """
                Lettre datée du 1er août 2008, adressée au Président du Conseil de sécurité par le Secrétaire général

                Comme suite à la résolution 1620 (2005), j'ai l'intention de procéder à la création d'un Bureau
                intégré des Nations Unies pour la consolidation de la paix en Sierra Leone à compter du
                1er octobre 2008. Le Bureau serait dirigé par mon Représentant exécutif.

                (Signé) Ban Ki-moon
                """);
        assertThat(Facts.meta(f, MetaField.DATE)).isEqualTo("2008-08-01");
        assertThat(Facts.events(f)).containsExactly("establishment UNIPSIL 2008-10-01");
        assertThat(Facts.organizations(f)).contains("UNIPSIL").doesNotContain("PBSO");
    }

    private static final String CENTRE = """
            Lettre datée du 7 mai 2007, adressée au Président du Conseil de sécurité
            par le Secrétaire général

            Les cinq gouvernements d'Asie centrale sont parvenus à un consensus sur la création d'un
            Centre régional des Nations Unies pour la diplomatie préventive en Asie centrale. J'ai
            l'intention de créer ce Centre, qui exercera le mandat ci-après :
            a) Assurer la liaison avec les gouvernements de la région;
            b) Suivre et analyser la situation sur le terrain;
            c) Maintenir le contact avec l'Organisation du Traité de sécurité collective;
            d) Fournir un cadre politique aux activités de prévention des conflits;
            e) Tenir des contacts étroits avec le Département des affaires politiques.
            Le Centre sera créé parallèlement à la fermeture progressive du Bureau d'appui des Nations
            Unies pour la consolidation de la paix au Tadjikistan.

            (Signé) Ban Ki-moon
            """;

    @Test
    void readsAnIntendedEstablishmentAClosureAndAMandateIntroducedByCiApres() throws Exception {
        LetterFacts f = Pipelines.facts("fr-centre.txt", CENTRE);
        assertThat(Facts.meta(f, MetaField.DATE)).isEqualTo("2007-05-07");
        assertThat(Facts.organizations(f)).contains("UNRCCA", "UNTOP", "CSTO", "DPA");
        assertThat(f.mandates()).extracting(Mandate::entity, m -> m.tasks().size()).containsExactly(tuple("UNRCCA", 5));
        assertThat(Facts.events(f)).containsExactlyInAnyOrder("establishment UNRCCA 2007-05-07",
                "closure UNTOP 2007-05-07");
    }
}
