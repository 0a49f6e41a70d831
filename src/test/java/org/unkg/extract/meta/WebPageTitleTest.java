package org.unkg.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.MetaField;

/**
 * A letter copied from a web page (a relief or mission site) has a one-line title: the parties, a topic after a dash or
 * a colon, and the document's symbol in parentheses closing the line. That symbol is the letter's own, whatever dates
 * the topic gives; a symbol the topic cites (a document noun before it, an annex) stays a reference. Hand-written
 * variants, other offices and languages than the genre corpus's webtitle letters.
 */
class WebPageTitleTest {

    @Test
    void aSymbolClosingAnEnglishTitleLineAfterADashIsTheLettersOwnThoughTheTopicHasDates() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 30 Dec 2009 from the UN SG to the President of the UN SC - Extension of the mandate of UNOWA, 1 Jan 2010 to 31 Dec 2012 (S/2009/682)

                I have the honour to inform you that I intend to extend the mandate of the United Nations Office for West Africa for a further period of three years.

                (Signed) Ban Ki-moon
                """);
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/2009/682");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("2009-12-30");
        assertThat(f.references()).extracting(r -> r.symbol()).doesNotContain("S/2009/682");
    }

    @Test
    void aFrenchTitleWhoseTopicAColonOpensKeepsItsClosingSymbol() throws Exception {
        LetterFacts f = Pipelines.facts("fr.txt", """
                Lettre datée du 7 juil. 2008, adressée au Président du Conseil de sécurité par le Secrétaire général : Bureau des Nations Unies pour l'Afrique de l'Ouest (S/2008/452)

                J'ai l'honneur de vous informer que j'ai l'intention de nommer M. Said Djinnit mon Représentant spécial pour l'Afrique de l'Ouest.

                (Signé) Ban Ki-moon
                """);
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/2008/452");
    }

    @Test
    void aSymbolTheTopicCitesWithItsAnnexStaysAReference() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 2 May 2003 from the Permanent Representative of Angola to the UN addressed to the SG - Memorandum of understanding of 4 Apr 2002 (S/2002/483, annex)

                I have the honour to transmit herewith the text of a communiqué on the implementation of the memorandum of understanding annexed to document S/2002/483.

                (Signed) Ismael Abraão Gaspar Martins
                """);
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isNull();
        assertThat(f.references()).extracting(r -> r.symbol()).contains("S/2002/483");
    }

    @Test
    void aTitleLineRunningIntoProseIsNoTopic() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 5 June 2001 from the Secretary-General addressed to the President of the Security Council - I refer to my letter of 4 May. It concerns the Office (S/2001/400)

                I should be grateful if you would bring this matter to the attention of the members of the Council.

                (Signed) Kofi A. Annan
                """);
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isNull();
    }
}
