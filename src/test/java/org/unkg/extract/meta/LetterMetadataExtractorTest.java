package org.unkg.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.TestLetters;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;

class LetterMetadataExtractorTest {
    private static LetterFacts run(String text, String language) {
        LetterFacts facts = new LetterFacts();
        TestLetters.run(new LetterMetadataExtractor(TestLetters.context()), TestLetters.of(text, language), facts);
        return facts;
    }

    private static String value(LetterFacts facts, MetaField field) {
        return facts.meta(field).map(Meta::value).orElse(null);
    }

    private static final String FRENCH_DISTR = """
            S/2010/661

            Nations Unies

            Conseil de sécurité

            Distr. générale
            20 décembre 2010
            Original : français

            Lettre datée du 14 décembre 2010, adressée au Président du Conseil de sécurité
            par le Secrétaire général
            J'ai l'honneur de vous informer que le Bureau des Nations Unies pour l'Afrique de l'Ouest ...
            10-69123 (F)
            """;

    @Test
    void readsSymbolDateIssuedAndOriginalFromAFrenchDistrHeader() {
        LetterFacts facts = run(FRENCH_DISTR.replace("Distr. générale", "Distr.: General"), "fr");
        assertThat(value(facts, MetaField.SYMBOL)).isEqualTo("S/2010/661");
        assertThat(value(facts, MetaField.DATE)).isEqualTo("2010-12-14");
        assertThat(value(facts, MetaField.ISSUED)).isEqualTo("2010-12-20");
        assertThat(value(facts, MetaField.ORIGINAL_LANGUAGE)).isEqualTo("fr");
        assertThat(value(facts, MetaField.LANGUAGE)).isEqualTo("fr");
        assertThat(value(facts, MetaField.ORGAN)).isEqualTo("UNSC");
    }

    @Test
    void neverTakesAResolutionAStatementOrARecordAboveTheTitleForTheLettersSymbol() {
        for (String cited : new String[] {"S/RES/1244 (1999)", "S/PRST/2001/5", "S/PV.4129"}) {
            LetterFacts facts = run(cited + "\n\nLetter dated 3 March 2001 from the Secretary-General addressed to the"
                    + " President of the Security Council\n\nI have the honour to refer to " + cited + ".\n", "en");
            assertThat(value(facts, MetaField.SYMBOL)).as(cited).isNull();
        }
        LetterFacts own = run("S/2001/210\n\nLetter dated 3 March 2001 from the Secretary-General addressed to the"
                + " President of the Security Council\n\nI have the honour to refer to S/RES/1244 (1999).\n", "en");
        assertThat(value(own, MetaField.SYMBOL)).isEqualTo("S/2001/210");
    }

    @Test
    void neverTakesAJobNumberForTheSymbol() {
        LetterFacts facts = run("10-69123 (F)\nLettre datée du 14 décembre 2010\n", "fr");
        assertThat(value(facts, MetaField.SYMBOL)).isNull();
    }

    @Test
    void readsRunningSymbolBesideAPageFooter() {
        String text = "رسالة مؤرخة ٣ آذار/مارس ٢٠٠٨ موجهة إلى الأمين العام\nنص الرسالة\n".repeat(3)
                + "\n2 08-26551\n\nA/62/744\n\n08-26551 3\nبقية النص";
        assertThat(value(run(text, "ar"), MetaField.SYMBOL)).isEqualTo("A/62/744");
    }

    @Test
    void readsArabicOriginalLanguageInBrackets() {
        LetterFacts facts = run("رسالة مؤرخة ٥ شباط/فبراير ٢٠٠٦ ... (توقيع) نور سلطان [الأصل: بالروسية]", "ar");
        assertThat(value(facts, MetaField.ORIGINAL_LANGUAGE)).isEqualTo("ru");
        assertThat(value(facts, MetaField.DATE)).isEqualTo("2006-02-05");
    }

    @Test
    void readsGeneralAssemblySessionInArabicAndEnglish() {
        LetterFacts ar = run("الأمم المتحدة\nالجمعية العامة\nالدورة الثالثة والستون\nالبند ١١٠ من جدول الأعمال\n", "ar");
        assertThat(value(ar, MetaField.SESSION)).isEqualTo("63");
        assertThat(value(ar, MetaField.ORGAN)).isEqualTo("UNGA");
        LetterFacts en = run("United Nations\nGeneral Assembly\nFifty-ninth session\nAgenda item 12\n", "en");
        assertThat(value(en, MetaField.SESSION)).isEqualTo("59");
    }

    @Test
    void takesTheTitleDateNotAnEarlierDateInTheText() {
        LetterFacts facts = run("Distr.: General\n2 March 2011\nOriginal: English\n\n"
                + "Letter dated 28 February 2011 from the Permanent Representative of Kazakhstan", "en");
        assertThat(value(facts, MetaField.DATE)).isEqualTo("2011-02-28");
        assertThat(value(facts, MetaField.ISSUED)).isEqualTo("2011-03-02");
        assertThat(value(facts, MetaField.ORIGINAL_LANGUAGE)).isEqualTo("en");
    }
}
