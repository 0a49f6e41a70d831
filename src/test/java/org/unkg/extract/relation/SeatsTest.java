package org.unkg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Seat;

/**
 * Whole-pipeline checks, over the real catalog, of where an office sits however the letter says it (issue 10, kind
 * 6): "with its headquarters at", "Its headquarters would be established in X, the capital", "aurait son quartier
 * général à", "aura son siège à X, la capitale", "où se trouve le quartier général de la Mission", "يتخذ المكتب من X
 * مقرا له", "ويكون مقر البعثة في", "وسيظل مقر المكتب في". Negatives: regional offices and a forward headquarters are
 * not the seat, a partner's headquarters is the partner's, a meeting place is no seat, and an office the catalog does
 * not know never gives its seat to the United Nations.
 */
class SeatsTest {
    private static final String EN_HEAD = "Letter dated 3 June 2008 from the Secretary-General addressed to the"
            + " President of the Security Council\n";
    private static final String FR_HEAD = "Lettre datée du 3 juin 2008, adressée au Président du Conseil de sécurité"
            + " par le Secrétaire général\n";
    private static final String AR_HEAD = "رسالة مؤرخة 3 حزيران/يونيه 2008 موجهة إلى رئيس مجلس الأمن من الأمين العام\n";

    private static List<Tuple> seats(LetterFacts f) {
        return f.seats().stream().map(s -> tuple(s.entity(), s.place())).toList();
    }

    @Test
    void aMissionWithItsHeadquartersAtACitySitsThere() throws Exception {
        LetterFacts f = Pipelines.facts("en-at.txt", EN_HEAD + """
                The United Nations Mission in the Sudan (UNMIS), with its headquarters at Khartoum, will continue to
                maintain a presence in Juba.
                (Signed) Ban Ki-moon
                """);
        assertThat(seats(f)).containsExactly(tuple("UNMIS", "khartoum"));
    }

    @Test
    void itsHeadquartersEstablishedInTheCapitalAreTheSeatButItsRegionalOfficesAreNot() throws Exception {
        LetterFacts f = Pipelines.facts("en-capital.txt", EN_HEAD + """
                I propose to establish the United Nations Office in Angola (UNOA). Its headquarters would be established
                in Luanda, the capital, and it would have regional offices in Huambo, Benguela and Lubango.
                (Signed) Kofi A. Annan
                """);
        assertThat(seats(f)).containsExactly(tuple("UNOA", "luanda"));
    }

    @Test
    void anOfficeThatWouldContinueToBeLocatedInACitySitsThere() throws Exception {
        LetterFacts f = Pipelines.facts("en-continue.txt", EN_HEAD + """
                I intend to maintain the United Nations Political Office for Somalia (UNPOS) until 31 December 2009. The
                Office would continue to be located in Nairobi.
                (Signed) Ban Ki-moon
                """);
        assertThat(seats(f)).containsExactly(tuple("UNPOS", "nairobi"));
    }

    @Test
    void aFrenchMissionsHeadquartersAndSeatAreItsSeatButNotAForwardHeadquarters() throws Exception {
        LetterFacts f = Pipelines.facts("fr-qg.txt", FR_HEAD + """
                La Mission des Nations Unies au Soudan (MINUS) aurait son quartier général à Khartoum. Un quartier général
                avancé serait installé à Djouba. Le Bureau des Nations Unies en Angola (BNUA) aura son siège à Luanda, la
                capitale.
                (Signé) Ban Ki-moon
                """);
        assertThat(seats(f)).containsExactlyInAnyOrder(tuple("UNMIS", "khartoum"), tuple("UNOA", "luanda"));
    }

    @Test
    void aFrenchCityWhereTheMissionsHeadquartersIsIsItsSeat() throws Exception {
        LetterFacts f = Pipelines.facts("fr-ou.txt", FR_HEAD + """
                La Mission des Nations Unies pour l'organisation d'un référendum au Sahara occidental (MINURSO) poursuit
                ses activités. Mon Représentant spécial prendra ses fonctions à Laayoune, où se trouve le quartier général
                de la Mission, le 1er juillet 2008.
                (Signé) Ban Ki-moon
                """);
        assertThat(seats(f)).containsExactly(tuple("MINURSO", "laayoune"));
    }

    @Test
    void arabicOfficesTakingACityAsTheirSeatOrWhoseSeatIsOrStaysInACitySitThere() throws Exception {
        LetterFacts f = Pipelines.facts("ar-seat.txt", AR_HEAD + """
                أعتزم إنشاء مكتب الأمم المتحدة في أنغولا. ويتخذ المكتب من لواندا مقرا له.
                وستنشأ بعثة الأمم المتحدة في السودان، ويكون مقر البعثة في الخرطوم، العاصمة.
                أما مكتب الأمم المتحدة السياسي للصومال فسيظل مقر المكتب في نيروبي.
                (توقيع) بان كي - مون
                """);
        assertThat(seats(f)).containsExactlyInAnyOrder(tuple("UNOA", "luanda"), tuple("UNMIS", "khartoum"),
                tuple("UNPOS", "nairobi"));
    }

    @Test
    void aPartnersHeadquartersASecretariatAndAMeetingPlaceAreNotTheOfficesSeat() throws Exception {
        LetterFacts f = Pipelines.facts("en-partners.txt", EN_HEAD + """
                The Lord's Resistance Army remains a threat. The African Union Mission in Somalia (AMISOM), with its
                headquarters in Mogadishu, and the secretariat of the Economic Community of Central African States in
                Libreville have shared information with the United Nations Integrated Peacebuilding Office in the Central
                African Republic (BINUCA), based in Bangui. At a meeting held in Entebbe on 16 May 2012, the missions
                agreed on a joint plan.
                (Signed) Ban Ki-moon
                """);
        assertThat(seats(f)).contains(tuple("BINUCA", "bangui"))
                .doesNotContain(tuple("BINUCA", "mogadishu"), tuple("BINUCA", "libreville"), tuple("BINUCA", "entebbe"));
    }

    @Test
    void anOfficeTheCatalogDoesNotKnowNeverGivesItsSeatToTheUnitedNations() throws Exception {
        LetterFacts en = Pipelines.facts("en-unknown.txt", EN_HEAD + """
                The United Nations Regional Centre for Peace and Disarmament in Southern Africa, based in Maputo, has
                supported the workshop.
                (Signed) Ban Ki-moon
                """);
        LetterFacts fr = Pipelines.facts("fr-unknown.txt", FR_HEAD + """
                Le Centre régional des Nations Unies pour la paix en Afrique australe, dont le siège est à Maputo, a tenu
                sa réunion à Luanda.
                (Signé) Ban Ki-moon
                """);
        assertThat(en.seats()).extracting(Seat::entity).doesNotContain("UN");
        assertThat(fr.seats()).extracting(Seat::entity).doesNotContain("UN");
        assertThat(fr.seats()).extracting(Seat::place).doesNotContain("luanda");
    }

    @Test
    void anArabicPartnersSeatIsThePartnersNotTheMissions() throws Exception {
        LetterFacts f = Pipelines.facts("ar-partner.txt", AR_HEAD + """
                تعمل بعثة الأمم المتحدة في السودان، التي يوجد مقرها في الخرطوم، بالتنسيق مع مفوضية الاتحاد الأفريقي، التي يوجد
                مقرها في أديس أبابا.
                (توقيع) بان كي - مون
                """);
        assertThat(seats(f)).contains(tuple("UNMIS", "khartoum")).doesNotContain(tuple("UNMIS", "addis-ababa"));
    }

    @Test
    void theNewOfficesSeatIsTheSeatOfTheOfficeTheLetterEstablishesNotOfTheOneItReplaces() throws Exception {
        LetterFacts f = Pipelines.facts("fr-nouveau.txt", FR_HEAD + """
                La Mission des Nations Unies au Soudan du Sud (MINUSS) remplacera la Mission des Nations Unies au Soudan
                (MINUS) à compter du 9 juillet 2011. La MINUS cessera donc ses activités le 8 juillet 2011. La nouvelle
                mission aura son siège à Djouba, la capitale, et disposera de bureaux régionaux.
                (Signé) Ban Ki-moon
                """);
        assertThat(seats(f)).containsExactly(tuple("UNMISS", "juba"));
    }

    @Test
    void aCityNamedBetweenTheIntentionToCreateAndTheOfficeIsItsSeat() throws Exception {
        LetterFacts f = Pipelines.facts("fr-creer-a.txt", FR_HEAD + """
                J'ai l'intention de créer à Luanda un Bureau des Nations Unies en Angola, qui serait dirigé par un
                représentant du Secrétaire général.
                (Signé) Kofi A. Annan
                """);
        assertThat(seats(f)).containsExactly(tuple("UNOA", "luanda"));
    }

    @Test
    void itsHeadquartersNamedBeforeTheMissionInTheSameSentenceAreTheMissionsSeat() throws Exception {
        LetterFacts f = Pipelines.facts("fr-outre.txt", FR_HEAD + """
                J'ai l'honneur de vous informer du déploiement de la Mission des Nations Unies au Soudan (MINUS). Outre son
                quartier général à Khartoum, la Mission dispose d'officiers de liaison à Djouba et à Malakal.
                (Signé) Ban Ki-moon
                """);
        assertThat(seats(f)).containsExactly(tuple("UNMIS", "khartoum"));
    }

    @Test
    void theHeadquartersOfABodyNamedAsPartOfAnotherOrganizationAreNotThatOrganizationsSeat() throws Exception {
        LetterFacts f = Pipelines.facts("en-of.txt", EN_HEAD + """
                The Joint Verification Team of the African Union, with its headquarters in Khartoum, is now operational.
                (Signed) Ban Ki-moon
                """);
        assertThat(seats(f)).doesNotContain(tuple("AU", "khartoum"));
    }

    @Test
    void aBodyOfAnOrganizationNamedInTheGenitiveSitsWhereItsHeadquartersAreAndNotTheOrganization() throws Exception {
        LetterFacts en = Pipelines.facts("en-genitive.txt", EN_HEAD + """
                The Regional Task Force of the African Union, with its headquarters in Yambio, South Sudan, is now
                operational.
                (Signed) Ban Ki-moon
                """);
        LetterFacts fr = Pipelines.facts("fr-genitive.txt", FR_HEAD + """
                La Force régionale d'intervention de l'Union africaine, dont le quartier général est à Yambio, est
                désormais opérationnelle.
                (Signé) Ban Ki-moon
                """);
        LetterFacts ar = Pipelines.facts("ar-genitive.txt", AR_HEAD + """
                أصبحت فرقة العمل الإقليمية التابعة للاتحاد الأفريقي، ومقرها في يامبيو، جاهزة للعمل.
                (توقيع) بان كي - مون
                """);
        for (LetterFacts f : List.of(en, fr, ar)) {
            assertThat(seats(f)).contains(tuple("AU-RTF", "yambio")).doesNotContain(tuple("AU", "yambio"));
        }
    }

    @Test
    void theOrganizationItselfWithItsHeadquartersInACitySitsThere() throws Exception {
        LetterFacts f = Pipelines.facts("en-org.txt", EN_HEAD + """
                The Economic Community of West African States, with its headquarters in Abuja, has convened a summit.
                (Signed) Ban Ki-moon
                """);
        assertThat(seats(f)).containsExactly(tuple("ECOWAS", "abuja"));
    }

    @Test
    void aFrenchOfficeEstablishedOrSituatedInACityInAppositionSitsThere() throws Exception {
        LetterFacts f = Pipelines.facts("fr-apposition.txt", FR_HEAD + """
                Le Bureau intégré des Nations Unies au Burundi (BINUB), établi à Bujumbura, commencera ses activités le
                1er janvier 2007. Le Bureau régional des Nations Unies pour l'Afrique centrale, sis à Libreville, aidera les
                États de la sous-région. La Mission d'assistance des Nations Unies en Afghanistan, basée à Kaboul, a partagé
                son expérience.
                (Signé) Ban Ki-moon
                """);
        assertThat(seats(f)).containsExactlyInAnyOrder(tuple("BINUB", "bujumbura"), tuple("UNOCA", "libreville"),
                tuple("UNAMA", "kabul"));
    }

    @Test
    void aFrenchParticipleThatIsNoAppositionGivesNoSeat() throws Exception {
        LetterFacts f = Pipelines.facts("fr-etabli-neg.txt", FR_HEAD + """
                La Mission des Nations Unies au Soudan (MINUS) poursuivra ses activités et un bureau de liaison sera établi à
                Djouba. Le rapport établi à l'issue de la réunion du Bureau des Nations Unies pour l'Afrique de l'Ouest
                recommande un mécanisme de suivi, établi à cette fin par les partenaires.
                (Signé) Ban Ki-moon
                """);
        assertThat(seats(f)).isEmpty();
    }

    @Test
    void anArabicSeatCueWithoutItsPrepositionGivesTheSeat() throws Exception {
        LetterFacts f = Pipelines.facts("ar-maqarruha.txt", AR_HEAD + """
                أتشرف بأن أبلغكم بأن بعثة الأمم المتحدة لتقديم المساعدة إلى العراق، ومقرها بغداد، ستستأنف أنشطتها تدريجيا.
                (توقيع) بان كي - مون
                """);
        assertThat(seats(f)).containsExactly(tuple("UNAMI", "baghdad"));
    }
}
