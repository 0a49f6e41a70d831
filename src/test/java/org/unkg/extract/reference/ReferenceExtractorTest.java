package org.unkg.extract.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.TestLetters;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Reference;

class ReferenceExtractorTest {
    private static List<String> run(String text, String ownSymbol) {
        LetterFacts facts = new LetterFacts();
        if (ownSymbol != null) {
            facts.add(new Meta(MetaField.SYMBOL, ownSymbol, null));
        }
        TestLetters.run(new ReferenceExtractor(TestLetters.context()), TestLetters.of(text, "xx"), facts);
        return facts.references().stream().map(Reference::symbol).toList();
    }

    @Test
    void readsDocumentSymbolsAndExcludesTheLettersOwn() {
        assertThat(run("S/2010/661\nI refer to my report (S/2010/324) and the statement S/PRST/2010/10 and A/64/251 "
                + "and E/CN.4/2005/1.", "S/2010/661"))
                .containsExactly("S/2010/324", "S/PRST/2010/10", "A/64/251", "E/CN.4/2005/1");
    }

    @Test
    void readsSecurityCouncilResolutionsByNumberAndYearIncludingLists() {
        assertThat(run("pursuant to resolutions 1267 (1999) and 1333 (2000), and S/RES/1540 (2004)", null))
                .containsExactlyInAnyOrder("S/RES/1267(1999)", "S/RES/1333(2000)", "S/RES/1540(2004)");
        assertThat(run("وفقا لقرار مجلس الأمن ١٥٤٠ (٢٠٠٤)", null)).containsExactly("S/RES/1540(2004)");
        assertThat(run("وفقا للقرار ١٥٤٠ (٢٠٠٤)", null)).containsExactly("S/RES/1540(2004)");
        assertThat(run("the population grew by 1540 (2004 figures)", null)).isEmpty();
        assertThat(run("وفقا لمجلس الأمن في القرار ١٥٤٠ (٢٠٠٤)", null)).containsExactly("S/RES/1540(2004)");
    }

    @Test
    void resolvesReversedArabicGeneralAssemblyResolutionWithItsDate() {
        assertThat(run("بموجب قرارها ١٢٥/٦٣ المؤرخ ١١ كانون الأول/ديسمبر ٢٠٠٨", null)).containsExactly("A/RES/63/125");
        assertThat(run("بموجب قرارها ٦٣/١٢٥ المؤرخ ١١ كانون الأول/ديسمبر ٢٠٠٨", null)).containsExactly("A/RES/63/125");
        assertThat(run("in its resolution 60/288 of 8 September 2006", null)).containsExactly("A/RES/60/288");
    }

    @Test
    void ignoresJobNumbersAndDates() {
        assertThat(run("10-69123 (F) 201210 on 14/12/2010", null)).isEmpty();
    }

    @Test
    void keepsTheSessionPrefixOfEmergencyAndSpecialSessionResolutions() {
        assertThat(run("recalling General Assembly resolution ES-10/15 and resolution S-26/2", null))
                .containsExactlyInAnyOrder("A/RES/ES-10/15", "A/RES/S-26/2");
    }

    @Test
    void readsEveryGeneralAssemblyResolutionOfAList() {
        assertThat(run("the Assembly, in its resolutions 60/251 and 65/1, and in paragraph 4", null))
                .containsExactlyInAnyOrder("A/RES/60/251", "A/RES/65/1");
        assertThat(run("resolution 60/251 of 15 March 2006, by which it established 47 seats in 2/3 of", null))
                .containsExactly("A/RES/60/251");
    }
}
