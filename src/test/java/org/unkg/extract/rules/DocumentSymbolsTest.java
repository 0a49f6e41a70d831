package org.unkg.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;

/**
 * Document symbols are tried only where a {@code /} follows within a series' length: on texts built at random, they
 * are exactly the symbols found by trying every place of the text.
 */
class DocumentSymbolsTest {
    private static final RuleFiles RULES = RuleFiles.load(Pipelines.RULES);
    private static final DocumentSymbols SYMBOLS = DocumentSymbols.of(RULES);

    @Test
    void aSymbolIsFoundWhereverItsSlashStands() {
        assertThat(SYMBOLS.find("see S/2000/214 and A/64/251.")).extracting(DocumentSymbols.Found::symbol)
                .containsExactly("S/2000/214", "A/64/251");
        assertThat(SYMBOLS.find("XS/2000/214, /S/1, E/CN.4/2005/1 S/2000/1-S/2000/2")).extracting(DocumentSymbols.Found::symbol)
                .containsExactly("E/CN.4/2005/1", "S/2000/1", "S/2000/2");
    }

    @Test
    void findsWhatTryingEveryPlaceFindsOnRandomTexts() {
        DocumentSymbols everyPlace = DocumentSymbols.of(RULES, true);
        String[] pieces = {"S", "A", "E", "ST", "CN.4", "RES", "/", "/", "2000", "214", "(2005)", " ", "-", ".", "x", "\n",
            "SG", "UNEP", "TD", "1", "S/", "A/", "ST/SGB/"};
        Random random = new Random(5);
        for (int round = 0; round < 5000; round++) {
            String text = RandomTexts.of(random, pieces, 16);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertThat(SYMBOLS.find(text, from, to)).as("'%s' [%d, %d)", text, from, to)
                    .isEqualTo(everyPlace.find(text, from, to));
        }
    }
}
