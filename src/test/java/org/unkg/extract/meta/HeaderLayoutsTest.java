package org.unkg.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Reference;

/**
 * The letter's own symbol, distribution date and date in the layouts of three decades (issue 10, kind 1), read by the
 * whole pipeline over the project's catalog: hand-written variants in English, French and Arabic, with negatives (a
 * symbol or a date the letter cites is never its own).
 */
class HeaderLayoutsTest {
    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    private static String value(LetterFacts facts, MetaField field) {
        return facts.meta(field).map(Meta::value).orElse(null);
    }

    private static java.util.List<String> references(LetterFacts facts) {
        return facts.references().stream().map(Reference::symbol).toList();
    }

    // ---- symbols ----------------------------------------------------------------------------------------------

    @Test
    void twoSymbolsStackedUnderAnUpperCaseHeaderAreBothTheDocumentsNeverReferences() throws Exception {
        LetterFacts f = run("en.txt", """
                UNITED
                NATIONS

                         General Assembly
                         Security Council
                                                            Distr.
                                                            GENERAL

                                                            A/51/80
                                                            S/1996/150
                                                            4 March 1996

                                                            ORIGINAL: ENGLISH

                GENERAL ASSEMBLY                            SECURITY COUNCIL
                Fifty-first session                         Fifty-first year

                    IDENTICAL LETTERS DATED 3 MARCH 1996 FROM THE SECRETARY-GENERAL
                  ADDRESSED TO THE PRESIDENT OF THE GENERAL ASSEMBLY AND TO THE
                              PRESIDENT OF THE SECURITY COUNCIL


                     I have the honour to refer to my report of 23 February 1996 (S/1996/122) on
                the situation in Tajikistan.
                """);
        assertThat(value(f, MetaField.SYMBOL)).isEqualTo("A/51/80");
        assertThat(value(f, MetaField.ISSUED)).isEqualTo("1996-03-04");
        assertThat(value(f, MetaField.DATE)).isEqualTo("1996-03-03");
        assertThat(f.meta()).filteredOn(m -> m.field() == MetaField.OTHER_SYMBOL).extracting(Meta::value)
                .containsExactly("S/1996/150");
        assertThat(references(f)).containsExactly("S/1996/122");
    }

    @Test
    void frenchUpperCaseHeaderGivesTheIssuedDateUnderTheSymbols() throws Exception {
        LetterFacts f = run("fr.txt", """
                NATIONS
                UNIES

                                   Conseil de sécurité
                                                       Distr.
                                                       GENERALE

                                                       S/1995/210
                                                       20 mars 1995

                                                       FRANCAIS
                                                       ORIGINAL : ANGLAIS


                   LETTRE DATEE DU 17 MARS 1995, ADRESSEE AU PRESIDENT DU CONSEIL DE
                                    SECURITE PAR LE SECRETAIRE GENERAL


                     J'ai l'honneur de vous informer que le mandat de la Mission expire le 31 mars 1995.
                """);
        assertThat(value(f, MetaField.SYMBOL)).isEqualTo("S/1995/210");
        assertThat(value(f, MetaField.ISSUED)).isEqualTo("1995-03-20");
        assertThat(value(f, MetaField.DATE)).isEqualTo("1995-03-17");
        assertThat(value(f, MetaField.ORIGINAL_LANGUAGE)).isEqualTo("en");
        assertThat(references(f)).isEmpty();
    }

    @Test
    void arabicIdenticalLettersWithTwoSymbolsCiteNeither() throws Exception {
        LetterFacts f = run("ar.txt", """
                الأمم المتحدة
                A/60/712
                S/2006/120
                الجمعية العامة
                مجلس الأمن
                Distr.: General
                24 February 2006
                Arabic
                Original: English

                رسالتان متطابقتان مؤرختان 22 شباط/فبراير 2006 موجهتان إلى رئيس الجمعية العامة ورئيس مجلس الأمن من الممثل الدائم لمصر لدى الأمم المتحدة
                يشرفني أن أشير إلى قرار مجلس الأمن 1559 (2004).
                """);
        assertThat(value(f, MetaField.SYMBOL)).isEqualTo("A/60/712");
        assertThat(value(f, MetaField.DATE)).isEqualTo("2006-02-22");
        assertThat(value(f, MetaField.ISSUED)).isEqualTo("2006-02-24");
        assertThat(references(f)).containsExactly("S/RES/1559(2004)");
    }

    @Test
    void symbolsGluedByThePageExtractionAreTwoSymbolsOfTheDocument() throws Exception {
        LetterFacts en = run("en.txt", """
                A/57/415S/2002/1063

                United Nations

                General Assembly
                Security Council

                Distr.: General
                20 September 2002

                Original: English

                Identical letters dated 19 September 2002 from the Secretary-General
                addressed to the President of the General Assembly and the
                President of the Security Council
                I have the honour to refer to resolution 56/223 of 21 December 2001.
                """);
        assertThat(value(en, MetaField.SYMBOL)).isEqualTo("A/57/415");
        assertThat(references(en)).containsExactly("A/RES/56/223");
        LetterFacts fr = run("fr.txt", """
                A/58/710-S/2004/93

                Nations Unies

                Assemblée générale
                Conseil de sécurité

                Distr. générale
                4 février 2004
                Original : français

                Lettres identiques datées du 2 février 2004, adressées au Président
                de l'Assemblée générale et au Président du Conseil de sécurité
                par le Secrétaire général
                J'ai l'honneur de me référer à la résolution 1479 (2003).
                """);
        assertThat(value(fr, MetaField.SYMBOL)).isEqualTo("A/58/710");
        assertThat(references(fr)).containsExactly("S/RES/1479(2003)");
    }

    @Test
    void aSymbolGluedToTheOrganizationNameOnTheFirstLineIsTheDocuments() throws Exception {
        LetterFacts f = run("en.txt", """
                United Nations S/1999/1077
                Security Council Distr.: General
                20 October 1999
                Original: English
                Letter dated 18 October 1999 from the Secretary-General addressed to the
                President of the Security Council
                I have the honour to refer to my letter of 4 October 1999 (S/1999/1040).
                """);
        assertThat(value(f, MetaField.SYMBOL)).isEqualTo("S/1999/1077");
        assertThat(value(f, MetaField.ISSUED)).isEqualTo("1999-10-20");
        assertThat(value(f, MetaField.DATE)).isEqualTo("1999-10-18");
        assertThat(references(f)).containsExactly("S/1999/1040");
    }

    @Test
    void aFlattenedOneLineHeaderGivesSymbolIssuedDateAndLetterDate() throws Exception {
        LetterFacts en = run("en.txt", "United Nations S/2003/1180 Security Council Distr.: General 16 December 2003 "
                + "Original: English Letter dated 12 December 2003 from the Secretary-General addressed to the "
                + "President of the Security Council I have the honour to refer to my letter dated 3 November 2003 "
                + "(S/2003/1050) concerning the United Nations Office in Burundi.");
        assertThat(value(en, MetaField.SYMBOL)).isEqualTo("S/2003/1180");
        assertThat(value(en, MetaField.ISSUED)).isEqualTo("2003-12-16");
        assertThat(value(en, MetaField.DATE)).isEqualTo("2003-12-12");
        assertThat(references(en)).containsExactly("S/2003/1050");
        LetterFacts fr = run("fr.txt", "Nations Unies S/2003/1181 Conseil de sécurité Distr. générale 16 décembre 2003 "
                + "Original : français Lettre datée du 12 décembre 2003, adressée au Président du Conseil de sécurité "
                + "par le Secrétaire général J'ai l'honneur de me référer à ma lettre datée du 3 novembre 2003 "
                + "(S/2003/1051).");
        assertThat(value(fr, MetaField.SYMBOL)).isEqualTo("S/2003/1181");
        assertThat(value(fr, MetaField.ISSUED)).isEqualTo("2003-12-16");
        assertThat(value(fr, MetaField.DATE)).isEqualTo("2003-12-12");
        assertThat(references(fr)).containsExactly("S/2003/1051");
    }

    @Test
    void aSymbolInParenthesesEndingAReprintTitleIsTheDocuments() throws Exception {
        LetterFacts en = run("en.txt", """
                Letter dated 9 March 1998 from the Permanent Representative of Kenya to the United Nations addressed to the President of the Security Council (S/1998/214)

                I have the honour to transmit herewith the communiqué issued on 6 March 1998.
                """);
        assertThat(value(en, MetaField.SYMBOL)).isEqualTo("S/1998/214");
        assertThat(references(en)).isEmpty();
        LetterFacts fr = run("fr.txt", """
                Lettre datée du 9 mars 1998, adressée au Président du Conseil de sécurité par le Représentant permanent du Kenya auprès de l'Organisation des Nations Unies (S/1998/215)

                J'ai l'honneur de vous faire tenir ci-joint le communiqué publié le 6 mars 1998.
                """);
        assertThat(value(fr, MetaField.SYMBOL)).isEqualTo("S/1998/215");
        assertThat(references(fr)).isEmpty();
    }

    @Test
    void aSymbolPairEndingATitleToTwoAddresseesIsTheDocuments() throws Exception {
        LetterFacts en = run("en.txt", """
                Identical letters dated 17 June 2002 from the Permanent Observer of Palestine to the United Nations addressed to the Secretary-General and the President of the Security Council (A/ES-10/178-S/2002/654)

                I write to draw your urgent attention to the situation.
                """);
        assertThat(value(en, MetaField.SYMBOL)).isEqualTo("A/ES-10/178");
        assertThat(references(en)).isEmpty();
        LetterFacts fr = run("fr.txt", """
                Lettres identiques datées du 17 juin 2002, adressées au Secrétaire général et au Président du Conseil de sécurité par l'Observateur permanent de la Palestine auprès de l'Organisation des Nations Unies (A/ES-10/179-S/2002/655)

                J'ai l'honneur d'appeler votre attention sur la situation.
                """);
        assertThat(value(fr, MetaField.SYMBOL)).isEqualTo("A/ES-10/179");
        assertThat(references(fr)).isEmpty();
    }

    @Test
    void twoSymbolsInParenthesesBesideADateOnTheFirstLineAreTheDocuments() throws Exception {
        LetterFacts f = run("en.txt", """
                (A/52/871 S/1998/287) 25 March 1998
                Identical letters dated 24 March 1998 from the Permanent Representative of Egypt to the United Nations addressed to the Secretary-General and to the President of the Security Council
                I have the honour to transmit herewith the statement issued on 22 March 1998.
                """);
        assertThat(value(f, MetaField.SYMBOL)).isEqualTo("A/52/871");
        assertThat(value(f, MetaField.DATE)).isEqualTo("1998-03-24");
        assertThat(references(f)).isEmpty();
    }

    @Test
    void aSymbolCitedAfterAnotherDocumentsDateIsAReferenceNotTheLettersSymbol() throws Exception {
        LetterFacts en = run("en.txt", """
                Letter dated 1 June 2000 from the President of the Security Council addressed to the Secretary-General
                I have the honour to inform you that your letter dated 26 May 2000 (S/2000/518) has been brought to the attention of the members of the Council.
                """);
        assertThat(value(en, MetaField.SYMBOL)).isNull();
        assertThat(references(en)).containsExactly("S/2000/518");
        LetterFacts ar = run("ar.txt", "%%%REGIONAL ORGANIZATIONS|\n\nرسالة مؤرخة 3 آذار/مارس 2004 موجهة إلى الأمين العام من"
                + " الممثل الدائم لمصر لدى الأمم المتحدة إشارة إلى تقريركم المؤرخ 12 شباط/فبراير 2004 (S/2004/115)، يشرفني أن أحيل"
                + " إليكم البيان.");
        assertThat(value(ar, MetaField.SYMBOL)).isNull();
        assertThat(value(ar, MetaField.DATE)).isEqualTo("2004-03-03");
        assertThat(references(ar)).containsExactly("S/2004/115");
    }

    // ---- annexes -----------------------------------------------------------------------------------------------

    @Test
    void anAnnexsTitleDateAndOriginalAreNeverTheLetters() throws Exception {
        LetterFacts en = run("en.txt", """
                S/2005/345
                Security Council
                Distr.: General
                27 May 2005
                Original: English

                Letter dated 25 May 2005 from the Secretary-General addressed to the President of the Security Council
                I have the honour to transmit herewith a letter dated 19 May 2005 addressed to me by the Chairperson of the Commission of the African Union (see annex).
                (Signed) Kofi A. Annan

                Annex
                Letter dated 19 May 2005 from the Chairperson of the Commission of the African Union addressed to the Secretary-General
                [Original: French]
                I have the honour to inform you of the decisions of the Peace and Security Council.
                (Signed) Alpha Oumar Konaré
                """);
        assertThat(value(en, MetaField.DATE)).isEqualTo("2005-05-25");
        assertThat(value(en, MetaField.ORIGINAL_LANGUAGE)).isEqualTo("en");
        assertThat(en.signatories().get(0).name()).isEqualTo("Kofi A. Annan");
        assertThat(references(en)).isEmpty();
        LetterFacts fr = run("fr.txt", """
                Lettre datée du 28 avril 2010, adressée au Président du Conseil de sécurité par le Secrétaire général
                J'ai l'honneur de vous faire tenir ci-joint une lettre datée du 21 avril 2010 que m'a adressée le Président de la Commission (voir annexe).
                (Signé) Ban Ki-moon

                Annexe
                Lettre datée du 21 avril 2010, adressée au Secrétaire général par le Président de la Commission
                [Original : anglais]
                (Signé) James Victor Gbeho
                """);
        assertThat(value(fr, MetaField.DATE)).isEqualTo("2010-04-28");
        assertThat(fr.signatories().get(0).name()).isEqualTo("Ban Ki-moon");
        LetterFacts ar = run("ar.txt", "رسالة مؤرخة 14 آذار/مارس 2011 موجهة إلى رئيس مجلس الأمن من الممثل الدائم للبنان لدى الأمم المتحدة\n"
                + "يشرفني أن أحيل إليكم طيه نص القرار الصادر في 12 آذار/مارس 2011.\n(توقيع) نواف سلام\n\nمرفق\n"
                + "رسالة مؤرخة 12 آذار/مارس 2011 موجهة إلى الأمين العام من الأمين العام لجامعة الدول العربية\n(توقيع) عمرو موسى\n");
        assertThat(value(ar, MetaField.DATE)).isEqualTo("2011-03-14");
        assertThat(ar.signatories().get(0).name()).isEqualTo("نواف سلام");
    }

    // ---- issued date --------------------------------------------------------------------------------------------

    @Test
    void aBareDateLineUnderTheOrganIsTheDistributionDateWithoutADistrLabel() throws Exception {
        LetterFacts en = run("en.txt", """
                S/1999/286

                Security Council
                17 March 1999

                Letter dated 15 March 1999 from the Secretary-General addressed to the President of the Security Council
                I have the honour to refer to resolution 1181 (1998).
                """);
        assertThat(value(en, MetaField.ISSUED)).isEqualTo("1999-03-17");
        assertThat(value(en, MetaField.DATE)).isEqualTo("1999-03-15");
        LetterFacts twoOrgans = run("en2.txt", """
                A/53/870
                S/1999/287
                General Assembly
                17 March 1999
                Security Council
                17 March 1999
                Identical letters dated 16 March 1999 from the Secretary-General addressed to the President of the General Assembly and to the President of the Security Council
                I have the honour to inform you of my intention.
                """);
        assertThat(value(twoOrgans, MetaField.ISSUED)).isEqualTo("1999-03-17");
        assertThat(value(twoOrgans, MetaField.DATE)).isEqualTo("1999-03-16");
        LetterFacts fr = run("fr.txt", """
                S/1999/288
                Conseil de sécurité
                18 mars 1999
                Lettre datée du 16 mars 1999, adressée au Président du Conseil de sécurité par le Secrétaire général
                J'ai l'honneur de vous informer de mon intention.
                """);
        assertThat(value(fr, MetaField.ISSUED)).isEqualTo("1999-03-18");
        assertThat(value(fr, MetaField.DATE)).isEqualTo("1999-03-16");
    }

    @Test
    void aLetterheadDateIsTheLettersDateNotADistributionDate() throws Exception {
        LetterFacts f = run("en.txt", """
                PERMANENT MISSION OF THE REPUBLIC OF KENYA TO THE UNITED NATIONS
                NEW YORK

                12 April 2001

                Excellency,

                I have the honour to refer to my letter of 2 April 2001 concerning the situation in Somalia.
                """);
        assertThat(value(f, MetaField.ISSUED)).isNull();
        assertThat(value(f, MetaField.DATE)).isEqualTo("2001-04-12");
    }

    // ---- letter date --------------------------------------------------------------------------------------------

    @Test
    void aTitleDateWithAnAbbreviatedMonthIsTheLettersDate() throws Exception {
        LetterFacts en = run("en.txt", """
                S/2001/242
                Security Council
                Distr.: General 20 March 2001
                Letter dated 16 Mar 2001 from the Secretary-General addressed to the President of the Security Council
                I have the honour to refer to the report of 2 March 2001 (S/2001/186).
                """);
        assertThat(value(en, MetaField.DATE)).isEqualTo("2001-03-16");
        LetterFacts fr = run("fr.txt", """
                Lettre datée du 16 janv. 2001, adressée au Président du Conseil de sécurité par le Secrétaire général
                J'ai l'honneur de me référer à mon rapport du 2 janvier 2001.
                """);
        assertThat(value(fr, MetaField.DATE)).isEqualTo("2001-01-16");
    }

    @Test
    void aTitleWithoutDatedStillGivesTheLettersDate() throws Exception {
        LetterFacts f = run("en.txt", """
                Letter of 5 June 1997 from the Permanent Representative of Egypt to the United Nations addressed to the Secretary-General
                I have the honour to refer to the statement of 2 June 1997.
                """);
        assertThat(value(f, MetaField.DATE)).isEqualTo("1997-06-05");
    }

    @Test
    void withoutATitleTheHeaderDateBeatsAnyDateTheLetterCites() throws Exception {
        LetterFacts en = run("en.txt", """
                S/2002/1200
                Security Council
                30 October 2002

                I have the honour to refer to my letter dated 14 October 2002 (S/2002/1150) and to the report of 2 October 2002.
                """);
        assertThat(value(en, MetaField.DATE)).isEqualTo("2002-10-30");
        LetterFacts noHeader = run("en2.txt", """
                I have the honour to refer to my letter dated 14 October 2002 addressed to the President of the Council,
                in which I proposed that the Office should close on 31 December 2002.
                """);
        assertThat(value(noHeader, MetaField.DATE)).isNull();
        LetterFacts ar = run("ar.txt", "يشرفني أن أشير إلى رسالتي المؤرخة 14 تشرين الأول/أكتوبر 2002 التي اقترحت فيها أن يغلق"
                + " المكتب في 31 كانون الأول/ديسمبر 2002.");
        assertThat(value(ar, MetaField.DATE)).isNull();
    }

    @Test
    void aFootnoteSymbolInTheHeaderIsCitedNotTheLettersOwn() throws Exception {
        LetterFacts f = run("fn-en.txt", """
                United Nations                                              A/53/212

                General Assembly                                   Distr.: General
                                                                   5 August 1998

                                                                   Original: French

                Fifty-third session
                Item 20 (b) of the provisional agenda*

                *  A/53/150.

                        Letter dated 3 August 1998 from the Permanent Representative
                        of Senegal to the United Nations addressed to the Secretary-General

                I have the honour to transmit the communiqué issued by my Government.

                (Signed) Ibra Deguène KA
                Permanent Representative
                """);
        assertThat(value(f, MetaField.SYMBOL)).isEqualTo("A/53/212");
        assertThat(f.meta()).extracting(Meta::value).doesNotContain("A/53/150");
        assertThat(references(f)).contains("A/53/150");
        assertThat(value(f, MetaField.ISSUED)).isEqualTo("1998-08-05");
    }

    @Test
    void aFrenchFootnoteOfTwoAsterisksBeforeTheTitleIsCitedToo() throws Exception {
        LetterFacts f = run("fn-fr.txt", """
                Nations Unies                                               S/1999/1021

                Conseil de sécurité                                Distr. générale
                                                                   30 septembre 1999

                Point 42 de l'ordre du jour provisoire**

                **  A/54/150.

                        Lettre datée du 29 septembre 1999, adressée au Secrétaire général
                        par le Représentant permanent du Portugal auprès de l'Organisation des Nations Unies

                J'ai l'honneur de vous transmettre la déclaration de mon gouvernement.
                """);
        assertThat(value(f, MetaField.SYMBOL)).isEqualTo("S/1999/1021");
        assertThat(references(f)).contains("A/54/150");
    }
}
