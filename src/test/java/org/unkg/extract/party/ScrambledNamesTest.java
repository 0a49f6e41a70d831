package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.core.CatalogEntry;
import org.unkg.model.EntityKind;

class ScrambledNamesTest {
    private static final List<CatalogEntry> PERSONS = List.of(
            new CatalogEntry("antonio-guterres", EntityKind.PERSON, null, null, "p:1", "António Guterres",
                    List.of("António Guterres", "أنطونيو غوتيريش")),
            new CatalogEntry("javier-perez-de-cuellar", EntityKind.PERSON, null, null, "p:2", "Javier Pérez de Cuéllar",
                    List.of("Javier Pérez de Cuéllar", "خافيير بيريز دي كوييار")));

    @Test
    void aNameWhoseGlyphRunsWereSwappedIsTheCatalogPerson() {
        assertThat(ScrambledNames.find("يريشغوت أنطونيو", PERSONS)).isEqualTo("antonio-guterres");
        assertThat(ScrambledNames.find("خافيير ريزبي دي كوييار", PERSONS)).isEqualTo("javier-perez-de-cuellar");
    }

    @Test
    void theSameLettersWithoutASharedWordAreNotEnough() {
        assertThat(ScrambledNames.find("يريشغوت يونطنأ", PERSONS)).isNull();
    }

    @Test
    void anotherNameIsNotMatched() {
        assertThat(ScrambledNames.find("أنطونيو غوتيري", PERSONS)).isNull();
        assertThat(ScrambledNames.find("بان", PERSONS)).isNull();
    }
}
