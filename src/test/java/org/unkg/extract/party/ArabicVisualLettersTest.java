package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.MetaField;
import org.unkg.model.Party;
import org.unkg.model.Reference;

/**
 * An Arabic letter in visual order whose chunks keep their words in order (made from a logical letter by the
 * test-letter tool): the title's date, not the date of the letter it cites, and the signature survive.
 */
class ArabicVisualLettersTest {
    @Test
    void theTitleDateAndTheSignatureSurviveAndTheCitedLettersDateIsNotTaken() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/text/chunk-order/mangled.txt"), StandardCharsets.UTF_8);
        LetterFacts f = Pipelines.facts("ar-visual.txt", text);
        assertThat(f.meta(MetaField.DATE).orElseThrow().value()).isEqualTo("2011-11-17");
        assertThat(f.signatories()).singleElement().satisfies(s -> assertThat(s.personKey()).isEqualTo("ban-ki-moon"));
        assertThat(f.references()).extracting(Reference::symbol).containsExactly("S/2011/610");
        assertThat(f.parties()).extracting(Party::role).containsExactly("secretary-general", "president-of-the-security-council");
    }
}
