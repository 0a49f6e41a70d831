package org.unkg.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;

/**
 * The date of a letter without a title line: a date line of its letterhead (under an address block), or a dated line
 * by its complimentary close or signature ("New York, 10 December 1999", "Genève, le 3 mars 1998"); never the date
 * of a document it cites, nor an annex's date. Hand-written variants in English, French and Arabic, with negatives.
 */
class UntitledLetterDatesTest {
    private static String date(String name, String text) throws Exception {
        LetterFacts f = Pipelines.facts(name, text);
        return f.meta(MetaField.DATE).map(Meta::value).orElse(null);
    }

    @Test
    void aDateLineUnderALongLetterheadIsTheLettersDate() throws Exception {
        assertThat(date("en.txt", """
                PERMANENT MISSION OF THE REPUBLIC OF GHANA TO THE UNITED NATIONS
                19 East 47th Street
                New York, N.Y. 10017
                Telephone: (212) 832-1300
                Fax: (212) 751-6743
                Ref: GMUN/POL/7/98

                The Permanent Mission of Ghana
                presents its compliments

                                                   17 March 1998

                The Government of Ghana wishes to inform the members of the Council of the situation in the subregion since my letter of 10 September 1997.
                """)).isEqualTo("1998-03-17");
        assertThat(date("fr.txt", """
                MISSION PERMANENTE DE LA RÉPUBLIQUE DU CONGO AUPRÈS DE L'ORGANISATION DES NATIONS UNIES
                14 East 65th Street
                New York, N.Y. 10065
                Téléphone : (212) 744-7840
                Télécopie : (212) 744-7975
                Réf. : 98/114

                                                   New York, le 17 mars 1998

                Le Gouvernement congolais souhaite informer les membres du Conseil de la situation dans la sous-région depuis ma lettre du 10 septembre 1997.
                """)).isEqualTo("1998-03-17");
    }

    @Test
    void aDatedLineByTheClosingIsTheLettersDate() throws Exception {
        assertThat(date("en.txt", """
                Excellency,

                The Government of Ghana wishes to draw your attention to the report of 5 May 1999 and to the events in the region since my letter of 10 September 1998.

                Please accept, Excellency, the assurances of my highest consideration.

                New York, 10 December 1999

                (Signed) Kwame Mensah
                Permanent Representative
                """)).isEqualTo("1999-12-10");
        assertThat(date("fr.txt", """
                Monsieur le Président,

                Le Gouvernement du Congo souhaite appeler votre attention sur le rapport du 5 mai 1998 et sur la situation dans la région depuis ma lettre du 10 février 1998.

                Genève, le 3 mars 1998

                (Signé) Jean Mabiala
                Représentant permanent
                """)).isEqualTo("1998-03-03");
        assertThat(date("ar.txt", """
                سيدي الرئيس،

                تود حكومة الأردن أن تسترعي انتباهكم إلى التقرير المؤرخ 5 أيار/مايو 1998 وإلى الحالة في المنطقة منذ رسالتي المؤرخة 10 شباط/فبراير 1998.

                وتفضلوا بقبول فائق الاحترام.

                نيويورك، 3 آذار/مارس 1998

                (توقيع) سامي خليل
                الممثل الدائم
                """)).isEqualTo("1998-03-03");
    }

    @Test
    void aDateLineAfterTheSignatureIsTheLettersDate() throws Exception {
        assertThat(date("en.txt", """
                THE PRESIDENT OF THE GENERAL ASSEMBLY

                Excellency,

                Following the adoption of resolution 53/30 of 23 November 1998, I wish to inform you of the consultations.

                Please accept, Excellency, the assurances of my highest consideration.

                (Signed) Julio Mendes

                9 February 1999
                """)).isEqualTo("1999-02-09");
    }

    @Test
    void citedDocumentsDatesAreNeverTheLettersDate() throws Exception {
        assertThat(date("en.txt", """
                Excellency,

                Further to my letter of 10 September 1998 and to the report of the Secretary-General dated
                5 May 1999, the Government of Ghana wishes to inform you of the events.

                Please accept, Excellency, the assurances of my highest consideration.

                (Signed) Kwame Mensah
                """)).isNull();
        assertThat(date("fr.txt", """
                Monsieur le Président,

                Comme suite à ma lettre du 10 septembre 1998, le Gouvernement congolais souhaite vous informer des événements.

                (Signé) Jean Mabiala
                """)).isNull();
    }

    @Test
    void anAnnexsDateLineIsNotTheCoveringLetters() throws Exception {
        assertThat(date("en.txt", """
                Excellency,

                I have the honour to transmit the letter of our Minister for Foreign Affairs (see annex).

                (Signed) Kwame Mensah

                Annex

                                                   Accra, 3 May 2001

                Excellency,

                The situation in the subregion has deteriorated.

                (Signed) Kofi Owusu
                """)).isNull();
    }

    @Test
    void aReprintsDateLineWithTheSymbolsInBracketsIsTheLettersDate() throws Exception {
        assertThat(date("en.txt", """
                12 March 2004 (A/58/700, S/2004/210)

                Letter from Ambassador Juan Pérez, Permanent Representative of Chile to the U.N., to the Secretary-General of the United Nations and the President of the Security Council: (Situation in Haiti)

                I write to you with regard to the letter of 1 March 2004 (S/2004/180) on the events in Haiti.

                Juan Pérez
                """)).isEqualTo("2004-03-12");
        assertThat(date("fr.txt", """
                3 mai 2001 (A/55/950-S/2001/440)

                Lettre de l'Ambassadeur Kamal Hassan, Observateur permanent de la Ligue des États arabes, au Président du Conseil de sécurité

                J'ai l'honneur de vous transmettre la résolution adoptée le 28 avril 2001 par le Conseil de la Ligue.

                Kamal Hassan
                """)).isEqualTo("2001-05-03");
    }

    @Test
    void aReprintsDateLineIsNotItsDistributionDate() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                12 March 2004 (A/58/700, S/2004/210)

                Letter from Ambassador Juan Pérez, Permanent Representative of Chile to the U.N., to the Secretary-General of the United Nations: (Situation in Haiti)

                I write to you with regard to the events in Haiti.

                Juan Pérez
                """);
        assertThat(f.meta(MetaField.ISSUED)).isEmpty();
        assertThat(f.meta(MetaField.DATE).map(Meta::value)).contains("2004-03-12");
    }

    @Test
    void aDateLineWithWordsInBracketsIsNotABareDateLine() throws Exception {
        assertThat(date("en.txt", """
                12 March 2004 (Situation in Haiti)

                Letter from Ambassador Juan Pérez, Permanent Representative of Chile to the U.N., to the Secretary-General of the United Nations

                I write to you with regard to the events in Haiti.

                Juan Pérez
                """)).isNull();
    }
}
