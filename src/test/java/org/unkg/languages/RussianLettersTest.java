package org.unkg.languages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.MetaField;
import org.unkg.model.Party;
import org.unkg.model.Seat;

/**
 * Russian, read from its folder of rule files ({@code data/rules/ru}), the catalog's Russian names ({@code
 * labels-ru.ttl}, {@code unbis-labels-ru.ttl}) and the case endings names take ({@code ru/endings.tsv}): the Russian
 * letters of the genre corpus, one test per kind of letter, through the production pipeline. The corpus scores them
 * against their gold with the shared scorer ({@code scripts/score.sh src/test/resources/genre/letters ...}).
 */
class RussianLettersTest {
    private static final Path LETTERS = Path.of("src", "test", "resources", "genre", "letters");

    private static LetterFacts facts(String name) throws Exception {
        return Pipelines.facts(name, Files.readString(LETTERS.resolve(name)));
    }

    private static String meta(LetterFacts f, MetaField field) {
        return f.meta(field).map(m -> m.value()).orElse(null);
    }

    private static Party party(LetterFacts f, Party.Slot slot) {
        return f.parties().stream().filter(p -> p.slot() == slot).findFirst().orElseThrow();
    }

    private static List<String> keys(LetterFacts f, EntityKind kind) {
        return f.mentions().stream().filter(m -> m.kind() == kind).map(Mention::key).distinct().toList();
    }

    private static List<org.assertj.core.groups.Tuple> events(LetterFacts f) {
        return f.events().stream().map((Event e) -> tuple(e.type(), e.entity(), e.date().iso())).toList();
    }

    @Test
    void aSecretaryGeneralsLetterToThePresidentOfTheCouncilGivesItsPartiesDateAndSignerInTheirRussianCases() throws Exception {
        LetterFacts f = facts("events-ru-1.txt");
        assertThat(meta(f, MetaField.DATE)).isEqualTo("2005-09-26");
        assertThat(meta(f, MetaField.ISSUED)).isEqualTo("2005-09-28");
        assertThat(party(f, Party.Slot.SENDER).role()).isEqualTo("secretary-general");
        assertThat(party(f, Party.Slot.RECIPIENT).role()).isEqualTo("president-of-the-security-council");
        assertThat(f.signatories()).extracting(s -> s.personKey()).containsExactly("kofi-annan");
        assertThat(f.references()).extracting(r -> r.symbol()).containsExactly("S/RES/1509(2003)");
    }

    @Test
    void anIntentionToExtendAnOfficesMandateToADateIsItsExtensionThen() throws Exception {
        LetterFacts f = facts("events-ru-1.txt");
        assertThat(events(f)).containsExactly(tuple("extension", "UNTOP", "2007-06-01"));
        assertThat(keys(f, EntityKind.ORGANIZATION)).contains("UNTOP", "OSCE");
        assertThat(keys(f, EntityKind.STATE)).containsExactly("TJK");
    }

    @Test
    void anOfficeEndingItsActivitiesAndItsSuccessorStartingWorkAreAClosureAndAnEstablishment() throws Exception {
        LetterFacts f = facts("events-ru-2.txt");
        assertThat(events(f)).containsExactlyInAnyOrder(tuple("closure", "UNIOSIL", "2008-09-30"),
                tuple("establishment", "UNIPSIL", "2008-10-01"));
    }

    @Test
    void anIntentionToEstablishAnOfficeWithItsSeatIsItsEstablishmentAndSeat() throws Exception {
        LetterFacts f = facts("layout-ru-3.txt");
        assertThat(party(f, Party.Slot.RECIPIENT).role()).isEqualTo("president-of-the-general-assembly");
        assertThat(events(f)).containsExactly(tuple("establishment", "UNOWA", "2008-06-18"));
        assertThat(f.seats()).extracting(Seat::entity, Seat::place).containsExactly(tuple("UNOWA", "dakar"));
        assertThat(keys(f, EntityKind.ORGANIZATION)).contains("ECOWAS", "AU");
    }

    @Test
    void aPermanentRepresentativesLetterNamesTheStateInTheGenitiveAndTheOrganizationsOfTheStatement() throws Exception {
        LetterFacts f = facts("layout-ru-1.txt");
        Party sender = party(f, Party.Slot.SENDER);
        assertThat(sender.role()).isEqualTo("permanent-representative");
        assertThat(sender.state()).isEqualTo("KAZ");
        assertThat(party(f, Party.Slot.RECIPIENT).role()).isEqualTo("secretary-general");
        assertThat(keys(f, EntityKind.ORGANIZATION)).contains("SCO", "UNRCCA", "CIS");
        assertThat(keys(f, EntityKind.PLACE)).containsExactly("moscow");
        assertThat(f.signatories()).extracting(s -> s.name()).containsExactly("Ержан Казыханов");
    }

    @Test
    void aNoteVerbaleIsFromTheMissionOfItsState() throws Exception {
        LetterFacts f = facts("layout-ru-2.txt");
        Party sender = party(f, Party.Slot.SENDER);
        assertThat(sender.role()).isEqualTo("other");
        assertThat(sender.state()).isEqualTo("TKM");
        assertThat(party(f, Party.Slot.RECIPIENT).role()).isEqualTo("secretary-general");
        assertThat(keys(f, EntityKind.PLACE)).containsExactly("ashgabat");
    }

    @Test
    void aQuestionOfAnExtensionToBeConsideredConclusionsAndSmallStatesAreNoEventsNorMali() throws Exception {
        LetterFacts f = facts("events-neg-ru-1.txt");
        assertThat(f.events()).isEmpty();
        assertThat(keys(f, EntityKind.STATE)).isEmpty();
        assertThat(keys(f, EntityKind.ORGANIZATION)).contains("UNAMA");
    }

    @Test
    void identicalLettersOfAChargeDAffairesNameTheFirstAddresseePersonsAfterAnHonorificAndAnOfficeByItsHeadNoun()
            throws Exception {
        LetterFacts f = facts("layout-ru-4.txt");
        Party sender = party(f, Party.Slot.SENDER);
        assertThat(sender.role()).isEqualTo("charge-d-affaires");
        assertThat(sender.state()).isEqualTo("UZB");
        assertThat(party(f, Party.Slot.RECIPIENT).role()).isEqualTo("secretary-general");
        assertThat(f.references()).extracting(r -> r.symbol()).containsExactly("S/RES/1509(2003)", "S/RES/1626(2005)");
        assertThat(f.mentions()).filteredOn(m -> m.kind() == EntityKind.PERSON).extracting(Mention::label)
                .contains("Николая Бордюжи");
        assertThat(keys(f, EntityKind.ORGANIZATION)).contains("CSTO", "UNRCCA");
        assertThat(events(f)).containsExactly(tuple("establishment", "UNRCCA", "2007-12"));
        assertThat(f.seats()).extracting(Seat::entity, Seat::place).containsExactly(tuple("UNRCCA", "ashgabat"));
    }
}
