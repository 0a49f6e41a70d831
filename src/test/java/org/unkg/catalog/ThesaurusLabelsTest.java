package org.unkg.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A language's names of states and places from the UNBIS concepts they are matched to ({@code catalog labels-unbis}). */
class ThesaurusLabelsTest {
    private static final String ID = "https://w3id.org/unkg/id/";
    private static final Path CATALOG = Path.of("data", "catalog");
    private static Catalog catalog;
    private static Thesaurus thesaurus;
    private static List<ThesaurusLabels.Label> russian;

    @BeforeAll
    static void load() throws IOException {
        catalog = Catalog.load(CATALOG);
        thesaurus = Thesaurus.load(Path.of("data", "authorities", "unbis-thesaurus.ttl"));
        russian = ThesaurusLabels.of(catalog.model(), thesaurus, "ru");
    }

    private static List<String> labels(String entry) {
        return russian.stream().filter(l -> l.entry().equals(ID + entry)).map(ThesaurusLabels.Label::text).toList();
    }

    @Test
    void aStateGetsTheRussianLabelOfItsConcept() {
        assertThat(labels("state/TJK")).containsExactly("Таджикистан");
        assertThat(labels("state/RUS")).containsExactly("Российская Федерация");
    }

    @Test
    void aBracketedPartOfTheLabelIsOptional() {
        assertThat(labels("state/USA")).containsExactlyInAnyOrder("Соединенные Штаты", "Соединенные Штаты Америки");
    }

    @Test
    void organizationsAreNotLabelledFromTheThesaurus() {
        assertThat(labels("org/CIS")).isEmpty();
    }

    @Test
    void theCommittedFileIsWhatTheCommandWritesToday() throws IOException {
        String written = Files.readString(CATALOG.resolve("unbis-labels-ru.ttl"), StandardCharsets.UTF_8);
        String body = ThesaurusLabels.turtle(russian, "ru", "");
        assertThat(written).endsWith(body);
    }

    @Test
    void aSpanishHeadingInCapitalsIsWrittenAsTextWritesItsWords() {
        java.util.Set<String> function = java.util.Set.of("de", "la", "del", "y");
        assertThat(ThesaurusLabels.inTextCase("FEDERACIÓN DE RUSIA", "es", function)).isEqualTo("Federación de Rusia");
        assertThat(ThesaurusLabels.inTextCase("GUINEA-BISSAU", "es", function)).isEqualTo("Guinea-Bissau");
        assertThat(ThesaurusLabels.inTextCase("Российская Федерация", "ru", function)).isEqualTo("Российская Федерация");
    }

    @Test
    void theSpanishLabelsAreWrittenAsTextWritesThem() throws IOException {
        String written = Files.readString(CATALOG.resolve("unbis-labels-es.ttl"), StandardCharsets.UTF_8);
        assertThat(written).contains("\"Federación de Rusia\"@es", "\"Kazajstán\"@es").doesNotContain("\"FEDERACIÓN");
    }
}
