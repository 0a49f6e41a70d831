package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * Capitals and the UN's duty stations as Spanish and Russian letters name them ({@code labels-es.ttl},
 * {@code labels-ru.ttl}: "Ginebra", "Argel", "Ереван"), and former names ("Alma-Ata", "Нур-Султан"), are the catalog's
 * places. Hand-written variants (other cities than the genre letters).
 */
class CapitalsInOtherLanguagesTest {
    private static java.util.List<String> places(LetterFacts f) {
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.PLACE).map(Mention::key).distinct().toList();
    }

    @Test
    void spanishNamesOfCapitalsAreTheCatalogsPlaces() {
        LetterFacts f = Pipelines.facts("""
                Los ministros, reunidos en Argel, acordaron celebrar la próxima reunión en Ginebra y la siguiente en
                Ciudad de México.
                """, "es", "2001-05-04");
        assertThat(places(f)).contains("algiers", "geneva", "mexico-city");
    }

    @Test
    void russianNamesOfCapitalsAndFormerNamesAreTheCatalogsPlaces() {
        LetterFacts f = Pipelines.facts("""
                Министры, собравшиеся в Ереване, решили провести следующую встречу в Нур-Султане, а затем в Бухаресте.
                """, "ru", "2019-05-04");
        assertThat(places(f)).contains("yerevan", "astana", "bucharest");
    }
}
