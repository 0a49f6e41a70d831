package org.unkg.extract.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * References as letters of older decades write them: General Assembly resolutions of its first thirty sessions, the
 * session in Roman numerals ("resolution 2200 (XXI)", a part letter "377 B (V)", the Arabic "(د-21)"), Assembly
 * decisions by session and number ("decision 47/408"), in lists that mix them with later forms; with negatives.
 */
class OlderReferencesTest {
    private static final String EN_TITLE = "Letter dated 3 May 1976 from the Permanent Representative of Ghana to the United Nations"
            + " addressed to the Secretary-General\n";
    private static final String FR_TITLE = "Lettre datée du 3 mai 1976, adressée au Secrétaire général par le Représentant permanent"
            + " du Ghana\n";
    private static final String AR_TITLE = "رسالة مؤرخة 3 أيار/مايو 1976 موجهة إلى الأمين العام من الممثل الدائم لغانا\n";
    private static final String RU_TITLE = "Письмо Постоянного представителя Ганы от 3 мая 1976 года на имя Генерального секретаря\n";

    @Test
    void aResolutionOfTheFirstThirtySessionsIsReadWithItsRomanSession() throws Exception {
        assertThat(CitedSymbols.of("en.txt", EN_TITLE + "My Government recalls General Assembly resolution 2200 (XXI) of 16 December 1966"
                + " and resolution 377 B (V)."))
                .containsExactly("A/RES/2200(XXI)", "A/RES/377(V)");
        assertThat(CitedSymbols.of("fr.txt", FR_TITLE + "Mon gouvernement rappelle la résolution 2200 (XXI) de l'Assemblée générale."))
                .containsExactly("A/RES/2200(XXI)");
        assertThat(CitedSymbols.of("ru.txt", RU_TITLE + "Мое правительство ссылается на резолюцию 2200 (XXI) Генеральной Ассамблеи."))
                .containsExactly("A/RES/2200(XXI)");
    }

    @Test
    void anArabicSessionWrittenAfterItsMarkIsRomanInTheSymbol() throws Exception {
        assertThat(CitedSymbols.of("ar.txt", AR_TITLE + "تشير حكومتي إلى قرار الجمعية العامة 2200 (د-21) وإلى القرار 3281 (د - 29)."))
                .containsExactly("A/RES/2200(XXI)", "A/RES/3281(XXIX)");
    }

    @Test
    void aListMixesRomanSessionsWithLaterForms() throws Exception {
        assertThat(CitedSymbols.of("en.txt", EN_TITLE + "We recall resolutions 1803 (XVII), 3201 (S-VI) and 31/186 and Security Council"
                + " resolution 242 (1967)."))
                .containsExactly("A/RES/1803(XVII)", "A/RES/3201(S-VI)", "A/RES/31/186", "S/RES/242(1967)");
    }

    @Test
    void anAssemblyDecisionIsCitedByItsSessionAndNumber() throws Exception {
        assertThat(CitedSymbols.of("en.txt", EN_TITLE + "I refer to General Assembly decision 47/408 of 15 December 1992."))
                .containsExactly("A/DEC/47/408");
        assertThat(CitedSymbols.of("fr.txt", FR_TITLE + "Je me réfère à la décision 47/408 de l'Assemblée générale."))
                .containsExactly("A/DEC/47/408");
    }

    @Test
    void numbersInBracketsThatAreNoSessionAreNoResolution() throws Exception {
        // another body's decision (the Assembly numbers its own from 301), a "session" past the thirtieth, a paragraph
        assertThat(CitedSymbols.of("en.txt", EN_TITLE + "I refer to Human Rights Council decision 2/102 and to the draft resolution"
                + " contained in paragraph 12 (XXXV) of the report, and to resolution 5 (MMX)."))
                .isEmpty();
    }
}
