package org.unkg.extract.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Documents a letter cites in lists (issue 10): coordinated resolution lists whose items carry dates, symbol pairs
 * joined by a hyphen or glued; English, French and Arabic, with negatives.
 */
class ReferenceListsTest {
    private static final String EN_TITLE = "Letter dated 3 May 2001 from the Secretary-General addressed to the President of the Security Council\n";
    private static final String FR_TITLE = "Lettre datée du 3 mai 2001, adressée au Président du Conseil de sécurité par le Secrétaire général\n";
    private static final String AR_TITLE = "رسالة مؤرخة 3 أيار/مايو 2001 موجهة من الأمين العام إلى رئيس مجلس الأمن\n";

    @Test
    void aResolutionListWhoseItemsCarryTheirDatesGivesEveryResolution() throws Exception {
        assertThat(CitedSymbols.of("en.txt", EN_TITLE + "Recalling its resolutions 1267 (1999) of 15 October 1999 and 1333 (2000) of"
                + " 19 December 2000, the Council decided to act."))
                .containsExactly("S/RES/1267(1999)", "S/RES/1333(2000)");
        assertThat(CitedSymbols.of("en2.txt", EN_TITLE + "In its resolutions on Sierra Leone, in particular 1270 (1999) of 22 October 1999,"
                + " 1289 (2000) of 7 February 2000 and 1346 (2001) of 30 March 2001, the Council set out the mandate."))
                .containsExactly("S/RES/1270(1999)", "S/RES/1289(2000)", "S/RES/1346(2001)");
        assertThat(CitedSymbols.of("fr.txt", FR_TITLE + "Rappelant ses résolutions 1267 (1999) du 15 octobre 1999 et 1333 (2000) du"
                + " 19 décembre 2000, le Conseil a décidé."))
                .containsExactly("S/RES/1267(1999)", "S/RES/1333(2000)");
        assertThat(CitedSymbols.of("ar.txt", AR_TITLE + "إذ يشير إلى قراريه 1267 (1999) المؤرخ 15 تشرين الأول/أكتوبر 1999 و 1333 (2000)"
                + " المؤرخ 19 كانون الأول/ديسمبر 2000، قرر المجلس."))
                .containsExactly("S/RES/1267(1999)", "S/RES/1333(2000)");
    }

    @Test
    void generalAssemblyResolutionsWithDatesInAListAreEachRead() throws Exception {
        assertThat(CitedSymbols.of("en.txt", EN_TITLE + "The Assembly, in its resolutions 55/2 of 8 September 2000 and 55/235 of"
                + " 23 December 2000, asked for it."))
                .containsExactly("A/RES/55/2", "A/RES/55/235");
    }

    @Test
    void aListEndsWhereTheTextMovesOn() throws Exception {
        assertThat(CitedSymbols.of("en.txt", EN_TITLE + "Recalling its resolution 1270 (1999) of 22 October 1999 and the report of the"
                + " mission on its visit in 2000, which covered 1289 (2000) cases."))
                .containsExactly("S/RES/1270(1999)");
    }

    @Test
    void symbolPairsJoinedByAHyphenOrGluedAreTwoDocuments() throws Exception {
        assertThat(CitedSymbols.of("en.txt", EN_TITLE + "I refer to my report (A/54/536-S/1999/1145) and to the letters"
                + " A/55/312S/2000/800."))
                .containsExactly("A/54/536", "S/1999/1145", "A/55/312", "S/2000/800");
        assertThat(CitedSymbols.of("fr.txt", FR_TITLE + "Je me réfère à mon rapport (A/54/536–S/1999/1145)."))
                .containsExactly("A/54/536", "S/1999/1145");
    }

    @Test
    void aHyphenInsideASymbolIsNoPair() throws Exception {
        assertThat(CitedSymbols.of("en.txt", EN_TITLE + "Recalling resolution ES-10/15 and documents A/ES-10/273 and S/2000/1-A/55/2-E."))
                .contains("A/RES/ES-10/15", "A/ES-10/273", "S/2000/1", "A/55/2-E");
    }
}
