package org.unkg.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;

/**
 * A letter flattened to one line (the {@code %%%} subject-line layout, a web page copied without its breaks, a wrapped
 * web title): the header's lines have run into each other, so what a layout marks with a line end (a reprint's symbol
 * and distribution date, a web title's closing symbol, a bare date line) is followed by the next part of the header on
 * the same line: the letter's title or the body's opening phrase. Those ends stand where the lines ended. Hand-written
 * variants: other missions, decades and languages than the probe and genre letters.
 */
class FlattenedHeaderTest {

    @Test
    void anArabicReprintFlattenedKeepsItsSymbolAndDistributionDateBeforeTheDatedTitle() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", "%%%PEACEKEEPING OPERATIONS|\n\n"
                + "رسالة موجهة إلى رئيس مجلس الأمن من الأمين العام بشأن فريق مراقبي الأمم المتحدة العسكريين لإيران والعراق"
                + " (مقتطف) S/20093، 7 آب/ أغسطس 1988 رسالة مؤرخة 6 آب/ أغسطس 1988 وموجهة إلى رئيس مجلس الأمن من الأمين"
                + " العام أتشرف بأن أبلغكم بأنني أعتزم إيفاد فريق استطلاع إلى إيران والعراق. (توقيع) خافيير بيريز دي كوييار\n");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/20093");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1988-08-06");
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isEqualTo("1988-08-07");
        assertThat(f.references()).extracting(r -> r.symbol()).doesNotContain("S/20093");
    }

    @Test
    void anArabicReprintWhoseSymbolLineFollowsTheTitleKeepsItWhenTheBodyRunsOn() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", "%%%BOUNDARIES|\n\n"
                + "رسالة مؤرخة 2 تشرين الأول/ أكتوبر 1992 وموجهة إلى الأمين العام من الممثل الدائم للبحرين، يحيل بها بيانا"
                + " صادرا عن مجلس الوزراء بشأن أعمال اللجنة S/24612، 3 تشرين الأول/ أكتوبر 1992 بناء على تعليمات من حكومتي،"
                + " أتشرف بأن أحيل إليكم نص البيان. (توقيع) السفير الممثل الدائم\n");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/24612");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1992-10-02");
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isEqualTo("1992-10-03");
    }

    @Test
    void anEnglishReprintFlattenedKeepsItsSymbolAndDistributionDate() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", "%%%PEACEKEEPING OPERATIONS|\n\n"
                + "Letter from the Secretary-General to the President of the Security Council concerning the United Nations"
                + " Observer Mission in El Salvador (extract) S/22494, 16 April 1991 Letter dated 15 April 1991 from the"
                + " Secretary-General addressed to the President of the Security Council I have the honour to inform you of"
                + " my intention to establish an advance team of ONUSAL in San Salvador. (Signed) Javier PÉREZ DE CUÉLLAR\n");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/22494");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1991-04-15");
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isEqualTo("1991-04-16");
    }

    @Test
    void aFlattenedWebTitleEndsAtTheBodysOpeningSoItsClosingSymbolIsTheLettersOwn() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", "%%%PEACEBUILDING|\n\n"
                + "Letter dated 3 Mar 2010 from the UN SG to the President of the UN SC - Extension of the mandate of the"
                + " United Nations Regional Centre for Preventive Diplomacy for Central Asia, 2010 to 2012 (S/2010/113) I"
                + " have the honour to inform you that I intend to extend the mandate of the Centre. (Signed) Ban Ki-moon\n");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/2010/113");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("2010-03-03");
    }

    @Test
    void aFrenchWebTitleFlattenedKeepsItsClosingSymbol() throws Exception {
        LetterFacts f = Pipelines.facts("fr.txt", "Lettre datée du 12 déc. 2011, adressée au Président du Conseil de"
                + " sécurité par le Secrétaire général : Bureau des Nations Unies pour l'Afrique centrale (S/2011/779)"
                + " J'ai l'honneur de vous informer que j'ai l'intention de prolonger le mandat du Bureau. (Signé) Ban Ki-moon\n");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/2011/779");
    }

    @Test
    void aWebTitleWrappedOverLinesKeepsTheSymbolClosingItsLastLine() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", """
                     Letter dated 18 Dec 2014 from the President of the UN
                SC to the UN SG - Extension of the mandate of the United
                Nations Office for Central Africa, 2015 to 2018 (S/2014/914)

                     I have the honour to inform you that your letter has been brought to the attention of the members of
                the Council.

                (Signed) Sylvie Lucas
                """);
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/2014/914");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("2014-12-18");
    }

    @Test
    void aFlattenedLetterWithoutItsOwnSymbolKeepsTheOneItsFirstSentenceCitesAsAReference() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", "%%%PEACEBUILDING|\n\n"
                + "Letter dated 5 May 2006 from the Permanent Representative of Nepal to the United Nations addressed to the"
                + " Secretary-General I have the honour to refer to my letter of 2 May 2006 (S/2006/270), 3 May 2006, and to"
                + " transmit a statement of my Government. (Signed) Madhu Raman Acharya Permanent Representative\n");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isNull();
        assertThat(f.references()).extracting(r -> r.symbol()).contains("S/2006/270");
    }

    @Test
    void aBareDateRightBeforeTheOpeningOfAFlattenedUntitledLetterIsItsDate() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", "%%%BOUNDARIES|\n\n"
                + "وثيقة رسالة الممثل الدائم لقطر لدى الأمم المتحدة إلى الأمين العام للأمم المتحدة مرفقة برسالة من وزير"
                + " خارجية قطر 14 مارس 1992 أتشرف بأن أرفق، طيه، رسالة موجهة إلى سعادتكم من وزير الخارجية. (توقيع)"
                + " الممثل الدائم\n");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1992-03-14");
    }

    @Test
    void identicalLettersFlattenedKeepBothSymbolsOfTheirSymbolLine() throws Exception {
        LetterFacts f = Pipelines.facts("ar.txt", "%%%PEACEKEEPING OPERATIONS|\n\n"
                + "رسالتان متطابقتان موجهتان إلى رئيس مجلس الأمن والأمين العام من وزير خارجية الكويت \"الأمم المتحدة، سلسلة"
                + " الكتب الزرقاء، مج 9، ص 210\" رسالتان متطابقتان بشأن تنفيذ قرار مجلس الأمن 687 (1991) S/22401 و S/22402،"
                + " 27 آذار/ مارس 1991 رسالة مؤرخة 26 آذار/ مارس 1991 وموجهة إلى رئيس مجلس الأمن من الممثل الدائم للكويت لدى"
                + " الأمم المتحدة بناء على تعليمات من حكومتي، أتشرف بأن أرفق رسالة وزير الخارجية. (توقيع) محمد أبو الحسن\n");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/22401");
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isEqualTo("1991-03-27");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1991-03-26");
    }

    @Test
    void aFootnotesSymbolInAFlattenedAssemblyHeaderStaysAReference() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", "%%%DISARMAMENT|\n\n"
                + "United Nations A/53/210 General Assembly Distr. GENERAL 4 August 1998 ORIGINAL: ENGLISH A/53/210 General"
                + " Assembly Fifty-third session Item 71 of the provisional agenda* * A/53/150. GENERAL AND COMPLETE"
                + " DISARMAMENT Letter dated 31 July 1998 from the Permanent Representative of Kazakhstan to the United"
                + " Nations addressed to the Secretary-General I have the honour to transmit herewith the statement of the"
                + " Ministers. (Signed) Akmaral ARYSTANBEKOVA Permanent Representative\n");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("A/53/210");
        assertThat(f.references()).extracting(r -> r.symbol()).contains("A/53/150");
        assertThat(f.meta().stream().filter(m -> m.field() == MetaField.OTHER_SYMBOL).map(Meta::value))
                .doesNotContain("A/53/150");
    }

    @Test
    void aFlattenedReprintWithItsDateLineOnTopKeepsThatDateBeforeAnUndatedTitleAndASalutation() throws Exception {
        LetterFacts f = Pipelines.facts("en.txt", "%%%KOSOVO QUESTION|\n\n"
                + "3 March 1998 (S/1998/191) Letter from Ambassador Nugroho Wisnumurti, Permanent Representative of Indonesia"
                + " to the UN, to the President of the Security Council: (situation in Kosovo) Excellency, I have the honour to"
                + " transmit herewith the text of a statement of my Government. (Signed) Nugroho WISNUMURTI Ambassador\n");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1998-03-03");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/1998/191");
    }

    @Test
    void aFrenchLineTitleAfterTheSymbolOfAFlattenedHeaderIsTheTitle() throws Exception {
        LetterFacts f = Pipelines.facts("fr.txt", "%%%GREAT LAKES REGION|\n\n"
                + "S/1997/112 Datée du 4 février 1997, adressée au Secrétaire général par le Président du Conseil de sécurité"
                + " J'ai l'honneur de vous faire savoir que votre lettre du 31 janvier 1997 a été portée à l'attention des"
                + " membres du Conseil. (Signé) Fernando Berrocal Soto\n");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1997-02-04");
        assertThat(f.parties()).extracting(p -> p.slot() + ":" + p.role())
                .contains("SENDER:president-of-the-security-council", "RECIPIENT:secretary-general");
    }

    @Test
    void aFlattenedReprintWhoseSymbolAndDateStoodOnLinesOfTheirOwnKeepsThemWithoutAComma() throws Exception {
        LetterFacts f = Pipelines.facts("fr.txt", "%%%PEACEKEEPING OPERATIONS|\n\n"
                + "Lettre adressée au Président du Conseil de sécurité par le Secrétaire général concernant la Mission de"
                + " vérification des Nations Unies en Angola (extrait) S/22627 20 mai 1991 Lettre datée du 17 mai 1991,"
                + " adressée au Président du Conseil de sécurité par le Secrétaire général J'ai l'honneur de vous informer"
                + " de mon intention de prolonger la Mission. (Signé) Javier PÉREZ DE CUÉLLAR\n");
        assertThat(Pipelines.meta(f, MetaField.SYMBOL)).isEqualTo("S/22627");
        assertThat(Pipelines.meta(f, MetaField.ISSUED)).isEqualTo("1991-05-20");
        assertThat(Pipelines.meta(f, MetaField.DATE)).isEqualTo("1991-05-17");
    }
}
