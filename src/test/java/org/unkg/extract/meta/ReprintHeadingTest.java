package org.unkg.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;

/**
 * A reprint's heading (the Blue Books' layout): an undated description of the letter ("Letter from the
 * Secretary-General to the President of the Security Council concerning ..."), the document's symbol and date, then
 * the letter's own dated title. The dated title is the letter's, the symbol above it its own, the date line the
 * distribution date; an undated title followed by the letter's prose keeps its place. Hand-written variants (other
 * missions, decades and languages than the genre corpus's bluebook letters).
 */
class ReprintHeadingTest {

    @Test
    void anArabicReprintHeadingYieldsToTheDatedTitleUnderTheSymbolAndDate() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", """
                رسالة موجهة إلى رئيس مجلس الأمن من الأمين العام بشأن فريق مراقبي
                الأمم المتحدة العسكريين لإيران والعراق (مقتطف)

                S/20093،

                7 آب/ أغسطس 1988

                رسالة مؤرخة 6 آب/ أغسطس 1988 وموجهة إلى رئيس مجلس الأمن من الأمين العام
                أتشرف بأن أبلغكم بأنني أعتزم إيفاد فريق استطلاع إلى إيران والعراق.

                (توقيع) خافيير بيريز دي كوييار
                """);
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/20093");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1988-08-06");
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isEqualTo("1988-08-07");
    }

    @Test
    void anEnglishReprintHeadingWithSymbolAndDateOnOneLineGivesTheDistributionDate() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter from the Secretary-General to the President of the Security Council concerning the
                United Nations Observer Mission in El Salvador (extract)

                S/22494, 16 April 1991

                Letter dated 15 April 1991 from the Secretary-General addressed to the President of the Security Council

                I have the honour to inform you of my intention to establish an advance team of ONUSAL in San Salvador.

                (Signed) Javier PÉREZ DE CUÉLLAR
                """);
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/22494");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1991-04-15");
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isEqualTo("1991-04-16");
    }

    @Test
    void aFrenchReprintHeadingYieldsToTheDatedTitle() throws Exception {
        LetterFacts f = Pipelines.facts("fr.txt", """
                Lettre adressée au Président du Conseil de sécurité par le Secrétaire général concernant
                la Mission d'observation des Nations Unies pour l'Iraq et le Koweït (extrait)

                S/22445

                5 avril 1991

                Lettre datée du 4 avril 1991, adressée au Président du Conseil de sécurité par le Secrétaire général

                J'ai l'honneur de vous informer de mon intention de déployer la Mission.

                (Signé) Javier PÉREZ DE CUÉLLAR
                """);
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/22445");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1991-04-04");
    }

    @Test
    void anUndatedTitleFollowedByTheLettersProseKeepsItsPlaceAndTakesTheClosingDate() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                Letter from the Permanent Representative of Sweden to the United Nations addressed to the Secretary-General

                On behalf of my Government, the statement below is transmitted for the information of the members.

                Letter dated 12 June 1997 from the Minister for Foreign Affairs of Sweden addressed to the Secretary-General

                The Government of Sweden welcomes the agreement reached in Stockholm.

                New York, 16 June 1997

                (Signed) Peter OSVALD
                Permanent Representative of Sweden to the United Nations
                """);
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1997-06-16");
        assertThat(Pipelines.meta(f, MetaField.TITLE)).startsWith("Letter from the Permanent Representative of Sweden");
    }
}
