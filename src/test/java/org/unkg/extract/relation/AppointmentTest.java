package org.unkg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.graph.KeyIndex;
import org.unkg.graph.LetterGraphWriter;
import org.unkg.graph.Vocab;
import org.unkg.model.Event;
import org.unkg.model.Head;
import org.unkg.model.LetterFacts;
import org.unkg.text.LetterText;

/**
 * The appointment of a head (issue 10, kind 5): "I intend to appoint X as my Special Representative and head of the
 * Mission" gives the mission's head post with the person and the date, in the graph with its evidence, and no new
 * establishment; in English, French and Arabic. Negatives: a post with no name, a person appointed to no body.
 */
class AppointmentTest {
    private static final String EN_HEAD = "Letter dated 3 June 2008 from the Secretary-General addressed to the"
            + " President of the Security Council\n";

    @Test
    void anIntendedAppointmentAsHeadOfAMissionGivesTheMissionsHeadWithThePersonAndTheDate() throws Exception {
        LetterFacts f = Pipelines.facts("en-appoint.txt", EN_HEAD + """
                I intend to appoint Ian Martin as my Special Representative and head of the United Nations Mission in
                Nepal (UNMIN), with effect from 1 February 2007.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.heads()).singleElement().satisfies(h -> {
            assertThat(h.entity()).isEqualTo("UNMIN");
            assertThat(h.person()).isEqualTo("Ian Martin");
            assertThat(h.date().iso()).isEqualTo("2007-02-01");
            assertThat(h.post()).contains("Special Representative");
        });
        assertThat(f.events()).extracting(Event::type).doesNotContain("establishment");
    }

    @Test
    void aFrenchNominationAsChiefOfAMissionHeadsTheMissionNotTheSecretaryGeneral() throws Exception {
        LetterFacts f = Pipelines.facts("fr-nommer.txt", """
                Lettre datée du 3 juin 2008, adressée au Président du Conseil de sécurité par le Secrétaire général
                J'ai l'intention de nommer M. Ian Martin Représentant spécial du Secrétaire général pour le Népal et chef de
                la Mission des Nations Unies au Népal (MINUNEP).
                (Signé) Ban Ki-moon
                """);
        assertThat(f.heads()).singleElement().satisfies(h -> {
            assertThat(h.entity()).isEqualTo("UNMIN");
            assertThat(h.person()).isEqualTo("Ian Martin");
            assertThat(h.date().iso()).isEqualTo("2008-06-03");
        });
    }

    @Test
    void anArabicAppointmentAsHeadOfTheMissionHeadsIt() throws Exception {
        LetterFacts f = Pipelines.facts("ar-tayin.txt", """
                رسالة مؤرخة 3 حزيران/يونيه 2008 موجهة إلى رئيس مجلس الأمن من الأمين العام
                أود أن أبلغكم باعتزامي تعيين السيد إيان مارتن ممثلا خاصا لي ورئيسا لبعثة الأمم المتحدة في نيبال.
                (توقيع) بان كي - مون
                """);
        assertThat(f.heads()).extracting(Head::entity, Head::person)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNMIN", "إيان مارتن"));
    }

    @Test
    void aPostWithNoNameOrAPersonAppointedToNoBodyIsNoAppointment() throws Exception {
        LetterFacts f = Pipelines.facts("en-appoint-neg.txt", EN_HEAD + """
                I intend to appoint a Special Representative for Nepal in due course. The Government has appointed
                Mr. Ram Bahadur Thapa as Minister of Defence.
                (Signed) Ban Ki-moon
                """);
        assertThat(f.heads()).isEmpty();
    }

    @Test
    void theAppointmentIsInTheGraphAsTheMissionsHeadPostHeldByThePersonWithItsDateAndEvidence() throws Exception {
        String text = EN_HEAD + """
                I intend to appoint Ian Martin as my Special Representative and head of the United Nations Mission in
                Nepal (UNMIN), with effect from 1 February 2007.
                (Signed) Ban Ki-moon
                """;
        LetterText letter = Pipelines.read("en-appoint.txt", text);
        LetterFacts facts = Pipelines.over(Pipelines.PROJECT_CATALOG).run(letter);
        Model m = new LetterGraphWriter(new KeyIndex(ModelFactory.createDefaultModel()), "test").write(letter, facts);
        Resource post = m.listSubjectsWithProperty(RDF.type, Vocab.Head).next();
        assertThat(post.getPropertyResourceValue(Vocab.orgPostIn).getURI()).endsWith("UNMIN");
        assertThat(post.getPropertyResourceValue(Vocab.orgHeldBy).getProperty(Vocab.foafName).getString()).isEqualTo("Ian Martin");
        assertThat(post.getProperty(Vocab.dctDate).getLiteral().getLexicalForm()).isEqualTo("2007-02-01");
        Resource annotation = m.listSubjectsWithProperty(Vocab.oaHasBody, post).next();
        assertThat(annotation).isNotNull();
    }
}
