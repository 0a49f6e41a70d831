package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.EntityKind;
import org.unkg.model.Event;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;

/**
 * Bodies that share a name are told apart by the letter's date: the "United Nations Office in Burundi" of 1993-2004
 * (UNOB) and the office of the same name of 2011-2014 (BNUB), in each language the catalog names them in.
 */
class BodiesInTimeTest {
    private static LetterFacts english(String written, String sentence) throws Exception {
        return Pipelines.facts("intime.txt", "Letter dated " + written + " from the Secretary-General addressed to the President of the"
                + " Security Council\n\n     " + sentence + "\n\n(Signed) Someone\n");
    }

    private static List<String> organizations(LetterFacts f) {
        return f.mentions().stream().filter(m -> m.kind() == EntityKind.ORGANIZATION).map(Mention::key).distinct().toList();
    }

    /** The body an English letter written on {@code written} means by the sentence's "United Nations Office in Burundi". */
    private static List<String> named(String written, String sentence) throws Exception {
        return organizations(english(written, sentence));
    }

    @Test
    void theOfficeALetterOfTheNinetiesNamesIsTheOfficeOfThatTime() throws Exception {
        assertThat(named("3 March 1996", "I intend to strengthen the United Nations Office in Burundi by adding two political"
                + " officers.")).contains("UNOB").doesNotContain("BNUB");
    }

    @Test
    void theSameNameInALetterOfTwentyTwelveIsTheLaterOffice() throws Exception {
        assertThat(named("9 July 2012", "The United Nations Office in Burundi will continue to support the electoral"
                + " commission until 31 December 2012.")).contains("BNUB").doesNotContain("UNOB");
    }

    @Test
    void aLetterWrittenAfterBothClosedNamesTheNearerOne() throws Exception {
        assertThat(named("4 April 2016", "The former United Nations Office in Burundi handed its archives to the country"
                + " team.")).contains("BNUB").doesNotContain("UNOB");
    }

    @Test
    void anEventOfTheOfficeIsTheEventOfTheOfficeOfThatTime() throws Exception {
        LetterFacts f = Pipelines.facts("intime-fr.txt", "Lettre datée du 11 mars 1999, adressée au Président du Conseil de"
                + " sécurité par le Secrétaire général\n\n     J'ai décidé de prolonger le mandat du Bureau des Nations Unies au"
                + " Burundi jusqu'au 31 décembre 1999.\n\n(Signé) Quelqu'un\n");
        assertThat(f.events()).extracting(Event::entity).contains("UNOB").doesNotContain("BNUB");
    }

    @Test
    void anArabicLetterOfTheNinetiesNamesTheFirstOffice() throws Exception {
        LetterFacts f = Pipelines.facts("intime-ar.txt", "رسالة مؤرخة 2 شباط/فبراير 1997 موجهة إلى رئيس مجلس الأمن من الأمين العام\n\n"
                + "     أود أن أبلغكم بأن مكتب الأمم المتحدة في بوروندي سيواصل عمله مع الحكومة.\n\n(توقيع) شخص\n");
        assertThat(organizations(f)).contains("UNOB").doesNotContain("BNUB");
    }
}
