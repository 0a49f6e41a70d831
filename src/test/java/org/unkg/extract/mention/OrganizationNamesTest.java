package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.Mention;

/**
 * Organizations letters name, through the whole pipeline over the project's catalog: movements and parties,
 * operations of other organizations, diplomatic groupings, offices named by their head's post, sanctions committees
 * by their formal names, and bodies the letter defines by an acronym the catalog lacks; and what names no body.
 */
class OrganizationNamesTest {
    private static List<String> organizations(String text, String language) {
        return Pipelines.facts(Pipelines.PROJECT_CATALOG, text, language, "2004-03-01").mentions().stream()
                .filter(m -> m.kind() == EntityKind.ORGANIZATION).map(Mention::key).distinct().toList();
    }

    @Test
    void liberationMovementsAndPartiesAreOrganizationsInEachLanguage() {
        assertThat(organizations("The Frente POLISARIO and the Palestine Liberation Organization (PLO) met the Palestinian"
                + " Authority, the RUF and the SPLM/A.", "en"))
                .contains("POLISARIO", "PLO", "PA", "RUF", "SPLM");
        assertThat(organizations("Le Front POLISARIO et l'Union nationale pour l'indépendance totale de l'Angola (UNITA)"
                + " ont rencontré l'Autorité palestinienne.", "fr")).contains("POLISARIO", "UNITA", "PA");
        assertThat(organizations("التقى ممثلو جبهة البوليساريو ومنظمة التحرير الفلسطينية والسلطة الفلسطينية وجيش الرب للمقاومة.", "ar"))
                .contains("POLISARIO", "PLO", "PA", "LRA");
    }

    @Test
    void operationsOfOtherOrganizationsKeepTheirOwnKeys() {
        assertThat(organizations("The withdrawal of MISAB and of the Multinational Force in the Central African Republic"
                + " (FOMUC) preceded MICOPAX. ISAF continued.", "en"))
                .contains("MISAB", "FOMUC", "MICOPAX", "ISAF").doesNotContain("NATO");
        assertThat(organizations("La Mission d'assistance électorale et sécuritaire de l'Union africaine aux Comores (MAES)"
                + " restera déployée.", "fr")).contains("MAES");
    }

    @Test
    void theOrganizationABodyIsOfIsNamedOnlyInTheGenitive() {
        assertThat(organizations("The Regional Task Force of the African Union is now operational.", "en"))
                .contains("AU-RTF", "AU");
        assertThat(organizations("The African Union Mission in Somalia (AMISOM) deployed.", "en"))
                .contains("AMISOM").doesNotContain("AU");
    }

    @Test
    void anOfficeIsNamedByItsHeadsPost() {
        assertThat(organizations("The United Nations Special Coordinator for the Middle East Peace Process briefed the"
                + " Council.", "en")).contains("UNSCO");
        assertThat(organizations("Le Coordonnateur spécial des Nations Unies pour le processus de paix au Moyen-Orient a"
                + " informé le Conseil.", "fr")).contains("UNSCO");
    }

    @Test
    void aSanctionsCommitteeIsNamedByItsFormalNameWithTheResolutionsYear() {
        assertThat(organizations("I write as Chair of the Committee (Security Council Committee established pursuant to"
                + " resolution 1518 (2003)).", "en")).contains("UNSC-1518");
    }

    @Test
    void diplomaticGroupingsOfStatesActingTogetherAreOrganizations() {
        assertThat(organizations("The Quartet, the Non-Aligned Movement and the Group of 77 welcomed the statement.", "en"))
                .contains("QUARTET", "NAM", "G77");
        assertThat(organizations("رحبت المجموعة الرباعية بالبيان.", "ar")).contains("QUARTET");
    }

    @Test
    void theRegionalGroupsOfMemberStatesAreNoOrganizations() {
        assertThat(organizations("As Chairman of the Group of Asian States, I transmit the position of the Asia-Pacific"
                + " Group, which the Group of Arab States and GRULAC share.", "en"))
                .doesNotContain("APG", "ARAB-GROUP", "GRULAC").isEmpty();
        assertThat(organizations("En ma qualité de Président du Groupe des États d'Afrique, je vous transmets la position"
                + " du Groupe des États d'Europe occidentale et autres États.", "fr"))
                .doesNotContain("AFRICAN-GROUP", "WEOG").isEmpty();
        assertThat(organizations("رحبت مجموعة الدول الأفريقية ومجموعة دول آسيا والمحيط الهادئ بالبيان.", "ar"))
                .doesNotContain("AFRICAN-GROUP", "APG").isEmpty();
    }

    @Test
    void anOrgansWorkingGroupIsNoOrganizationAndHidesTheOrganInItsName() {
        assertThat(organizations("The Open-ended Working Group on the Question of Equitable Representation on and Increase"
                + " in the Membership of the Security Council met, as did the Ad Hoc Working Group on the Revitalization"
                + " of the Work of the General Assembly.", "en"))
                .doesNotContain("OEWG-SCR", "AHWG-GA-REVITALIZATION", "UNSC", "UNGA").isEmpty();
        assertThat(organizations("Le Groupe de travail du Conseil de sécurité sur le sort des enfants en temps de conflit"
                + " armé s'est réuni.", "fr")).doesNotContain("UNSC-WGCAAC", "UNSC").isEmpty();
        assertThat(organizations("وترحب المجموعة بالتعاون في إطار الفريق العامل المخصص المعني بتنشيط أعمال الجمعية العامة.", "ar"))
                .doesNotContain("AHWG-GA-REVITALIZATION", "UNGA");
        // the organ itself, named outside the working group's name, is still named
        assertThat(organizations("The Security Council welcomed the work of the Security Council Working Group on"
                + " Peacekeeping Operations.", "en")).containsExactly("UNSC");
    }

    @Test
    void operationsOfTheFirstDecadesAndPartiesOfTheirConflictsAreCatalogued() {
        assertThat(organizations("The United Nations Emergency Force (UNEF), the United Nations Operation in the Congo"
                + " (ONUC), the United Nations Yemen Observation Mission and UNIPOM preceded UNEF II.", "en"))
                .contains("UNEF-I", "ONUC", "UNYOM", "UNIPOM", "UNEF-II");
        assertThat(organizations("The Transitional Federal Government and the Civil Defence Forces attended.", "en"))
                .contains("TFG", "CDF");
        assertThat(organizations("Le Gouvernement fédéral de transition a rencontré l'Opération des Nations Unies au"
                + " Congo.", "fr")).contains("TFG", "ONUC");
    }

    @Test
    void aBodyTheLetterDefinesByItsAcronymIsAnOrganization() {
        assertThat(organizations("The Inter-Congolese Dialogue Facilitation Office (ICDFO) and the Joint Verification"
                + " Mechanism (JVM) will report to the Ad Hoc Liaison Committee (AHLC).", "en"))
                .contains("ICDFO", "JVM", "AHLC");
        assertThat(organizations("Le Mécanisme conjoint de vérification et de suivi (MCVS) se réunira.", "fr")).contains("MCVS");
    }

    @Test
    void anAcronymDefiningAProgrammeAnAgreementOrAPlaceIsNoBody() {
        assertThat(organizations("Disarmament, demobilization and reintegration (DDR), security sector reform (SSR), the"
                + " Comprehensive Peace Agreement (CPA), internally displaced persons (IDPs) and the Democratic Republic"
                + " of the Congo (DRC) were discussed.", "en"))
                .doesNotContain("DDR", "SSR", "CPA", "IDPS", "DRC");
    }

    @Test
    void multinationalForcesTheCouncilAuthorizedAreOrganizationsInEachLanguage() {
        assertThat(organizations("The International Force in East Timor (INTERFET) deployed. The Multinational Interim"
                + " Force transferred its responsibilities to MINUSTAH; the Multi-National Force-Iraq continues its work."
                + " The Unified Task Force (UNITAF) was succeeded by UNOSOM II.", "en"))
                .contains("INTERFET", "MIF-H", "MNF-I", "UNITAF");
        assertThat(organizations("L'opération Turquoise coopère avec la MINUAR. La Force multinationale intérimaire"
                + " d'urgence déployée à Bunia passera le relais à la MONUC. La Force internationale au Timor oriental.", "fr"))
                .contains("TURQUOISE", "IEMF", "INTERFET").doesNotContain("MIF-H");
        assertThat(organizations("تواصل القوة المتعددة الجنسيات في العراق عملها، وانتشرت القوة الدولية في تيمور الشرقية.", "ar"))
                .contains("MNF-I", "INTERFET");
    }

    @Test
    void aWorkingGroupDefinedByAnAcronymIsNoBody() {
        assertThat(organizations("The Open-ended Working Group on Ageing (OEWGA) will meet with the Joint"
                + " Monitoring Mission (JMM) of the Government.", "en"))
                .contains("JMM").doesNotContain("OEWGA");
        assertThat(organizations("Le Groupe de travail à composition non limitée sur le vieillissement (GTCNLV) se"
                + " réunira.", "fr")).doesNotContain("GTCNLV");
        assertThat(organizations("Le Groupe de travail sur les opérations de maintien de la paix (GTOMP) se réunira avec"
                + " le Mécanisme conjoint de vérification (MCV).", "fr"))
                .contains("MCV").doesNotContain("GTOMP");
    }
}
