package org.unkg.languages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Membership;

/**
 * The member States a Spanish or Russian letter lists after an organization ({@code LANG/relations.tsv}
 * membership-after), the last joined by "y" or "и" ({@code LANG/list-joiners.tsv}).
 */
class ListedMembersTest {
    @Test
    void aRussianListsLastMemberAfterAndIsAMember() throws Exception {
        LetterFacts f = Pipelines.facts("chleny.txt", "Письмо Постоянного представителя Беларуси при Организации Объединенных"
                + " Наций от 4 марта 2010 года на имя Генерального секретаря\n\n     Содружество Независимых Государств, в"
                + " состав которого входят Азербайджан, Армения, Беларусь и Республика Молдова, поддерживает эту инициативу.\n\n"
                + "(Подпись) Некто\n");
        assertThat(f.memberships()).extracting(Membership::organization).contains("CIS");
        assertThat(f.memberships().stream().filter(m -> m.organization().equals("CIS")).findFirst().orElseThrow().members())
                .contains("AZE", "ARM", "BLR", "MDA");
    }

    @Test
    void aSpanishOrganizationMadeUpOfStatesListsItsMembers() throws Exception {
        LetterFacts f = Pipelines.facts("miembros.txt", "Carta de fecha 4 de marzo de 2010 dirigida al Secretario General por el"
                + " Representante Permanente de Belarús ante las Naciones Unidas\n\n     La Organización del Tratado de"
                + " Seguridad Colectiva, integrada por Armenia, Belarús, Kazajstán, Kirguistán, la Federación de Rusia y"
                + " Tayikistán, apoya esta iniciativa.\n\n(Firmado) Alguien\n");
        assertThat(f.memberships().stream().filter(m -> m.organization().equals("CSTO")).findFirst().orElseThrow().members())
                .contains("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
    }

    @Test
    void aSpanishOrganizationListsItsMembersAfterAParticipialClause() {
        LetterFacts f = Pipelines.facts("La Organización del Tratado de Seguridad Colectiva, creada en Moscú el 14 de mayo de 2002,"
                + " integrada por Armenia, Belarús, Kazajstán, Kirguistán, la Federación de Rusia y Tayikistán, apoya esta"
                + " iniciativa.", "es", "2010-03-04");
        assertThat(f.memberships().stream().filter(m -> m.organization().equals("CSTO")).findFirst().orElseThrow().members())
                .contains("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
    }

    @Test
    void aClauseNamingAnotherBodyOrRunningLongIsNoApposition() {
        LetterFacts other = Pipelines.facts("La Organización del Tratado de Seguridad Colectiva, que coopera con la Comunidad"
                + " de Estados Independientes, integrada por Armenia, Belarús y Kazajstán, apoya esta iniciativa.", "es", "2010-03-04");
        assertThat(other.memberships()).extracting(Membership::organization).doesNotContain("CSTO");
        LetterFacts longer = Pipelines.facts("La Organización del Tratado de Seguridad Colectiva, que desde hace muchos años trabaja"
                + " en la región para prevenir los conflictos y combatir el tráfico de drogas y de armas en toda Asia Central,"
                + " integrada por Armenia, Belarús y Kazajstán, apoya esta iniciativa.", "es", "2010-03-04");
        assertThat(longer.memberships()).extracting(Membership::organization).doesNotContain("CSTO");
    }
}
