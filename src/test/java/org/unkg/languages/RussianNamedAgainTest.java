package org.unkg.languages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * What Russian letters name again in short: an organization named sentences before as "Организация" with a capital (not
 * the common noun "организации"), and States by their short names ("Молдова", "Киргизия").
 */
class RussianNamedAgainTest {

    @Test
    void theOrganizationWithACapitalIsTheOrganizationNamedBefore() {
        LetterFacts f = Pipelines.facts("""
                Имею честь препроводить заявление государств — членов Шанхайской организации сотрудничества.
                Резолюцией 59/48 от 2 декабря 2004 года Генеральная Ассамблея предоставила Организации статус наблюдателя.
                """, "ru", "2009-08-10");
        assertThat(f.events()).extracting(Event::type, Event::entity, e -> e.date().iso())
                .contains(tuple("observer-status", "SCO", "2004-12-02"))
                .doesNotContain(tuple("observer-status", "UNGA", "2004-12-02"));
    }

    @Test
    void organizationsInLowerCaseAreACommonNoun() {
        LetterFacts f = Pipelines.facts("""
                Имею честь препроводить заявление государств — членов Шанхайской организации сотрудничества.
                Генеральная Ассамблея предоставила многим организациям статус наблюдателя 2 декабря 2004 года.
                """, "ru", "2009-08-10");
        assertThat(f.events()).noneMatch(e -> e.type().equals("observer-status") && e.entity().equals("SCO"));
    }

    @Test
    void aStateNamedByItsShortNameIsTheState() {
        LetterFacts f = Pipelines.facts("""
                В совещании приняли участие представители Молдовы, Киргизии, Белоруссии и Туркмении.
                """, "ru", "2009-08-10");
        assertThat(f.mentions()).filteredOn(m -> m.kind() == EntityKind.STATE).extracting(Mention::key)
                .contains("MDA", "KGZ", "BLR", "TKM");
    }
}
