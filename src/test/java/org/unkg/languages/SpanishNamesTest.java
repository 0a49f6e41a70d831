package org.unkg.languages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Party;

/**
 * Spanish letters name states and places as the UNBIS Thesaurus writes them in Spanish ({@code unbis-labels-es.ttl}),
 * offices and regional organizations by their Spanish names ({@code labels-es.ttl}), and say a mandate ends as
 * "concluirá su mandato".
 */
class SpanishNamesTest {
    private static LetterFacts letter(String title, String body) throws Exception {
        return Pipelines.facts("carta.txt", title + "\n\n     " + body + "\n\n(Firmado) Alguien\n");
    }

    private static List<String> keys(LetterFacts f, EntityKind kind) {
        return f.mentions().stream().filter(m -> m.kind() == kind).map(Mention::key).distinct().toList();
    }

    @Test
    void aRepresentativesStateIsReadFromItsSpanishName() throws Exception {
        LetterFacts f = letter("Carta de fecha 3 de marzo de 2011 dirigida al Secretario General por el Representante Permanente"
                + " de Kirguistán ante las Naciones Unidas", "Tengo el honor de transmitirle la declaración del Gobierno de la"
                + " Federación de Rusia y del Gobierno de Argelia.");
        Party sender = f.parties().stream().filter(p -> p.slot() == Party.Slot.SENDER).findFirst().orElseThrow();
        assertThat(sender.state()).isEqualTo("KGZ");
        assertThat(keys(f, EntityKind.STATE)).contains("KGZ", "RUS", "DZA");
    }

    @Test
    void regionalOrganizationsAndOfficesAreReadFromTheirSpanishNames() throws Exception {
        LetterFacts f = letter("Carta de fecha 9 de junio de 2015 dirigida al Secretario General por el Representante Permanente"
                + " de Tayikistán ante las Naciones Unidas", "Los Estados miembros de la Organización del Tratado de Seguridad"
                + " Colectiva y de la Comunidad de Estados Independientes cooperan con la Oficina de las Naciones Unidas contra"
                + " la Droga y el Delito en Asia Central.");
        assertThat(keys(f, EntityKind.ORGANIZATION)).contains("CSTO", "CIS", "UNODC");
        assertThat(keys(f, EntityKind.PLACE)).contains("central-asia");
    }

    @Test
    void anOfficeThatWillConcludeItsMandateOnADateEndsItsMandateThen() throws Exception {
        LetterFacts f = letter("Carta de fecha 2 de noviembre de 2009 dirigida al Presidente del Consejo de Seguridad por el"
                + " Secretario General", "La Oficina de las Naciones Unidas de Apoyo a la Consolidación de la Paz en la"
                + " República Centroafricana concluirá su mandato el 31 de diciembre de 2009.");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("mandate-end", "BONUCA", "2009-12-31"));
    }
}
