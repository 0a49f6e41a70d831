package org.unkg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;

/**
 * Seats a letter states by naming an office and the city it works in, outside a sentence that establishes it (whole
 * pipeline, real catalog, en/fr/ar): the city the catalog gives as the office's site, or a city in apposition with its
 * state after a United Nations field presence. Negatives: a meeting or visit in a city, a partner's city, a city the
 * state in apposition does not hold, a city that is neither the site nor in apposition.
 */
class PlacedBodySeatsTest {
    private static final String EN_HEAD = "Letter dated 3 June 2009 from the Secretary-General addressed to the"
            + " President of the Security Council\n";
    private static final String FR_HEAD = "Lettre datée du 3 juin 2009, adressée au Président du Conseil de sécurité"
            + " par le Secrétaire général\n";
    private static final String AR_HEAD = "رسالة مؤرخة 3 حزيران/يونيه 2009 موجهة إلى رئيس مجلس الأمن من الأمين العام\n";

    private static List<Tuple> seats(String name, String text) throws Exception {
        LetterFacts f = Pipelines.facts(name, text);
        return f.seats().stream().map(s -> tuple(s.entity(), s.place())).toList();
    }

    @Test
    void anOfficeNamedWithItsCatalogSiteAfterInSitsThere() throws Exception {
        assertThat(seats("en-site.txt", EN_HEAD + """
                I wish to commend the work done by the United Nations Office for West Africa in Dakar over the past year.
                (Signed) Ban Ki-moon
                """)).contains(tuple("UNOWA", "dakar"));
        assertThat(seats("ar-site.txt", AR_HEAD + """
                وأود أن أشيد بالعمل الذي يقوم به مكتب الأمم المتحدة المتكامل في بوروندي في بوجمبورا منذ إنشائه.
                (توقيع) بان كي - مون
                """)).contains(tuple("BINUB", "bujumbura"));
    }

    @Test
    void aFieldPresenceNamedWithACityAndItsStateInAppositionSitsThere() throws Exception {
        assertThat(seats("en-app.txt", EN_HEAD + """
                The Office of the Special Envoy of the Secretary-General for the Sahel in Dakar, Senegal, has pursued its
                consultations with the Governments of the region.
                (Signed) Ban Ki-moon
                """)).contains(tuple("OSESG-SAHEL", "dakar"));
        assertThat(seats("fr-app.txt", FR_HEAD + """
                Le Bureau de l'Envoyé spécial du Secrétaire général pour le Sahel à Dakar (Sénégal) a poursuivi ses
                consultations avec les gouvernements de la région.
                (Signé) Ban Ki-moon
                """)).contains(tuple("OSESG-SAHEL", "dakar"));
        assertThat(seats("ar-app.txt", AR_HEAD + """
                وقد واصل مكتب المبعوث الخاص للأمين العام لمنطقة الساحل في داكار، السنغال، مشاوراته مع حكومات المنطقة.
                (توقيع) بان كي - مون
                """)).contains(tuple("OSESG-SAHEL", "dakar"));
    }

    @Test
    void meetingsPartnersAndCitiesNotInTheStatedStateGiveNoSeat() throws Exception {
        assertThat(seats("en-meet.txt", EN_HEAD + """
                My Special Representative held a meeting with the United Nations Office for West Africa in Abuja, Nigeria,
                on 2 May 2009. The Office will work in cooperation with the Economic Community of West African States in
                Abuja, Nigeria. The Office of the Special Envoy of the Secretary-General for the Sahel in Freetown, Senegal,
                was mentioned, as was the Office of the Special Envoy of the Secretary-General for the Sahel in Bamako.
                (Signed) Ban Ki-moon
                """)).doesNotContain(tuple("UNOWA", "abuja"), tuple("ECOWAS", "abuja"), tuple("OSESG-SAHEL", "freetown"),
                        tuple("OSESG-SAHEL", "bamako"));
        assertThat(seats("ar-meet.txt", AR_HEAD + """
                وعقد ممثلي الخاص اجتماعا مع مكتب الأمم المتحدة لغرب أفريقيا في أبوجا، نيجيريا، في 2 أيار/مايو 2009.
                (توقيع) بان كي - مون
                """)).doesNotContain(tuple("UNOWA", "abuja"));
    }
}
