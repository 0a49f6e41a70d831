package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;

/**
 * The heads of other organizations and of the UN's departments and offices (a Director-General, an Executive Secretary,
 * a High Representative, a Chairman-in-Office, another organization's Secretary-General) write as role {@code other},
 * never as the Secretary-General. Hand-written variants (other organizations and languages than the genre letters).
 */
class HeadsOfOtherOrganizationsTest {

    @Test
    void anExecutiveSecretaryOfARegionalCommissionIsNoSecretaryGeneral() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 3 March 2005 from the Executive Secretary of the Economic Commission for Africa addressed \
                to the Secretary-General

                I have the honour to transmit the report of the Commission on its meeting in Addis Ababa.
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("secretary-general");
    }

    @Test
    void aDirectorGeneralInFrenchAndAChairmanInOfficeInEnglishWriteAsOther() throws Exception {
        LetterFacts fr = Pipelines.facts("fr.txt", """
                Lettre datée du 2 juin 2011, adressée au Président du Conseil de sécurité par le Directeur général de \
                l'Agence internationale de l'énergie atomique

                J'ai l'honneur de vous faire tenir ci-joint le rapport de l'Agence.
                """);
        assertThat(Parties.role(fr, Party.Slot.SENDER)).isEqualTo("other");
        LetterFacts en = Pipelines.facts("en.txt", """
                Letter dated 12 July 2008 from the Chairman-in-Office of the Organization for Security and \
                Co-operation in Europe addressed to the President of the Security Council

                I have the honour to inform you of the activities of the Organization in Georgia.
                """);
        assertThat(Parties.role(en, Party.Slot.SENDER)).isEqualTo("other");
    }

    @Test
    void anotherOrganizationsSecretaryGeneralOnTheTitlesNextLineIsThatOrganizations() throws Exception {
        LetterFacts f = Pipelines.facts("es.txt", """
                Carta de fecha 8 de mayo de 2006 dirigida al Presidente del Consejo de Seguridad por el
                Secretario General de la Liga de los Estados Árabes

                Tengo el honor de transmitirle la resolución aprobada por el Consejo de la Liga.
                """);
        assertThat(Parties.role(f, Party.Slot.SENDER)).isEqualTo("other");
        assertThat(Parties.role(f, Party.Slot.RECIPIENT)).isEqualTo("president-of-the-security-council");
    }
}
