package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * Persons whose names have shapes a run of capitalized words misses: apostrophes inside a name (straight,
 * typographic, or typed as an accent), initials with full stops before or inside the name (a middle initial that is
 * also the French honorific "M."), Vietnamese names whose parts are short function words, and a part of a compound
 * surname on later mention. Hand-written variants in English and French, with negatives.
 */
class PersonNameShapesTest {
    private static List<String> persons(String name, String text) throws Exception {
        return PersonLabels.of(name, text);
    }

    @Test
    void anApostropheInsideANameKeepsTheWholeNameHoweverItIsTyped() throws Exception {
        List<String> en = persons("en.txt", """
                Letter dated 3 May 2005 from the Permanent Representative of Mauritania to the United Nations addressed to the Secretary-General
                His Excellency Colonel Ahmed Ould Sid`Ahmed Bakar received the mission. Mr. Ousmane N´Gom, Mr. Liam O’Connell and Prime Minister Paolo D'Orsini also attended.
                """);
        assertThat(en).contains("Ahmed Ould Sid`Ahmed Bakar", "Ousmane N´Gom", "Liam O’Connell", "Paolo D'Orsini");
        assertThat(en).noneMatch(p -> p.endsWith("Sid") || p.equals("Ahmed Bakar"));
        List<String> fr = persons("fr.txt", """
                Lettre datée du 3 mai 2005, adressée au Secrétaire général par le Représentant permanent de la Mauritanie auprès de l'Organisation des Nations Unies
                Le message du Président Ahmed Ould Sid’Ahmed Bakar a été remis à M. Ousmane N'Gom.
                """);
        assertThat(fr).contains("Ahmed Ould Sid’Ahmed Bakar", "Ousmane N'Gom");
    }

    @Test
    void anApostropheTypedWithASpaceAfterItStillJoinsOneName() throws Exception {
        List<String> en = persons("en.txt", """
                Letter dated 3 May 2005 from the Secretary-General addressed to the President of the Security Council
                I have asked Mr. Sid' Ahmed Ould Bneijara to travel to Nouakchott with President Maaouya Ould Sid’ Ahmed Taya.
                """);
        assertThat(en).contains("Sid' Ahmed Ould Bneijara", "Maaouya Ould Sid’ Ahmed Taya");
        assertThat(en).noneMatch(p -> p.endsWith("Sid") || p.equals("Ahmed Taya"));
        List<String> fr = persons("fr.txt", """
                Lettre datée du 3 mai 2005, adressée au Président du Conseil de sécurité par le Secrétaire général
                J'ai demandé à M. Ahmedou Ould Sid' Ahmed Mohamed de se rendre à Nouakchott.
                """);
        assertThat(fr).contains("Ahmedou Ould Sid' Ahmed Mohamed");
    }

    @Test
    void aClosingQuoteBeforeACapitalJoinsNoWords() throws Exception {
        List<String> en = persons("en.txt", """
                Letter dated 3 May 2005 from the Secretary-General addressed to the President of the Security Council
                Mr. Paul Mensah spoke of the 'National Unity' Government of Liberia.
                """);
        assertThat(en).contains("Paul Mensah");
        assertThat(en).noneMatch(p -> p.contains("Unity") || p.contains("Government"));
    }

    @Test
    void anElidedArticleBeforeAPlaceIsNoPartOfAName() throws Exception {
        List<String> fr = persons("fr.txt", """
                Lettre datée du 3 mai 2005, adressée au Secrétaire général par le Représentant permanent des Comores auprès de l'Organisation des Nations Unies
                M. Ahmed Said s’est rendu dans l`île d’Anjouan.
                """);
        assertThat(fr).contains("Ahmed Said");
        assertThat(fr).noneMatch(p -> p.contains("Anjouan"));
    }

    @Test
    void initialsBeforeAndInsideANameStayInIt() throws Exception {
        List<String> en = persons("en.txt", """
                Letter dated 3 May 2012 from the Permanent Representative of Indonesia to the United Nations addressed to the President of the Security Council
                I have the honour to transmit the statement of the Minister for Foreign Affairs, R.M. Harun M. Wibisono, delivered at the meeting chaired by Mr. J. K. Moreland. The Special Envoy, Mr. A. B. Touré, and Mr. Zahir M. Rashidi also attended.
                """);
        assertThat(en).contains("R.M. Harun M. Wibisono", "J. K. Moreland", "A. B. Touré", "Zahir M. Rashidi");
        assertThat(en).doesNotContain("R.M. Harun", "Zahir");
        List<String> fr = persons("fr.txt", """
                Lettre datée du 3 mai 2012, adressée au Président du Conseil de sécurité par le Représentant permanent de l'Indonésie auprès de l'Organisation des Nations Unies
                J'ai l'honneur de vous faire tenir la déclaration du Ministre des affaires étrangères, R.M. Harun M. Wibisono, faite en présence de M. J. K. Moreland.
                """);
        assertThat(fr).contains("R.M. Harun M. Wibisono", "J. K. Moreland");
    }

    @Test
    void theFrenchHonorificBeforeASecondNameIsNoMiddleInitial() throws Exception {
        List<String> fr = persons("fr.txt", """
                Lettre datée du 3 mai 2012, adressée au Secrétaire général par le Représentant permanent du Mali auprès de l'Organisation des Nations Unies
                Étaient présents M. Oumar Keita et M. Boubacar Traoré.
                """);
        assertThat(fr).contains("Oumar Keita", "Boubacar Traoré");
        assertThat(fr).noneMatch(p -> p.contains("Keita et") || p.contains("M. Boubacar"));
    }

    @Test
    void vietnameseNamesWhosePartsAreShortWordsAreWhole() throws Exception {
        List<String> en = persons("en.txt", """
                Letter dated 3 May 2012 from the Permanent Representative of Viet Nam to the United Nations addressed to the President of the Security Council
                I have the honour to transmit the statement of H.E. Mr. Tran The Vinh, Director-General, delivered in the presence of Ambassador Le Luong Hai and Prime Minister Nguyen Van An.
                """);
        assertThat(en).contains("Tran The Vinh", "Le Luong Hai", "Nguyen Van An");
        assertThat(en).doesNotContain("Tran");
        List<String> fr = persons("fr.txt", """
                Lettre datée du 3 mai 2012, adressée au Président du Conseil de sécurité par le Représentant permanent du Viet Nam auprès de l'Organisation des Nations Unies
                J'ai l'honneur de vous faire tenir la déclaration de S. E. M. Tran The Vinh, Directeur général.
                """);
        assertThat(fr).contains("Tran The Vinh");
    }

    @Test
    void aFunctionWordAfterANameOnTheNextLineIsNoPartOfIt() throws Exception {
        List<String> en = persons("en.txt", """
                Letter dated 3 May 2012 from the Permanent Representative of Ghana to the United Nations addressed to the President of the Security Council
                I have the honour to transmit the statement of Mr. Kwame Mensah
                The Council will consider it at its next meeting.
                """);
        assertThat(en).contains("Kwame Mensah");
        assertThat(en).noneMatch(p -> p.contains("The"));
    }

    @Test
    void aPartOfACompoundSurnameOnLaterMentionIsTheSamePerson() throws Exception {
        List<String> en = persons("en.txt", """
                Letter dated 3 May 2005 from the Secretary-General addressed to the President of the Security Council
                I have decided to appoint Mr. Henrik Vold-Hansen as my Special Envoy. Mr. Hansen took up his functions on 1 May 2005. Ms. Clara Ruiz-Moreno will assist him; Ms. Ruiz will be based in Beirut.
                """);
        assertThat(en).contains("Henrik Vold-Hansen", "Clara Ruiz-Moreno");
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 3 May 2005 from the Secretary-General addressed to the President of the Security Council
                I have decided to appoint Mr. Henrik Vold-Hansen as my Special Envoy. Mr. Hansen took up his functions on 1 May 2005.
                """);
        assertThat(reported(f)).containsExactly("Henrik Vold-Hansen");
        LetterFacts fr = Pipelines.facts("fr.txt", """
                Lettre datée du 3 mai 2005, adressée au Président du Conseil de sécurité par le Secrétaire général
                J'ai décidé de nommer M. Henrik Vold-Hansen mon Envoyé spécial. M. Hansen a pris ses fonctions le 1er mai 2005.
                """);
        assertThat(reported(fr)).containsExactly("Henrik Vold-Hansen");
    }

    @Test
    void aSurnameThatIsNoPartOfAnotherNameIsAnotherPerson() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter dated 3 May 2005 from the Secretary-General addressed to the President of the Security Council
                I have decided to appoint Mr. Henrik Vold-Hansen as my Special Envoy. Mr. Larsen, his predecessor, left on 1 May 2005.
                """);
        assertThat(reported(f)).contains("Henrik Vold-Hansen", "Larsen");
    }

    /** The persons the letter reports: one mention per person, the graph's persons (distinct labels of reported names). */
    private static List<String> reported(LetterFacts f) {
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).map(Mention::label).distinct().toList();
    }
}
