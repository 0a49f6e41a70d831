package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Signatory;

/**
 * Who signed: a name on its own line after a complimentary close, without "(Signed)", in English, French and Arabic;
 * the covering letter's signer, never an annex's; signature-block title lines never taken for a name.
 */
class SignatureLayoutsTest {
    private static LetterFacts run(String name, String text) throws Exception {
        return Pipelines.facts(name, text);
    }

    /** The title, one sentence and the complimentary close of a letter from Angola's Permanent Representative. */
    private static final String ANGOLA = """
            Letter dated 4 June 1999 from the Permanent Representative of Angola to the United Nations addressed to the President of the Security Council
            I have the honour to transmit the statement of my Government.
            Please accept, Excellency, the assurances of my highest consideration.
            """;

    private static String signer(LetterFacts f) {
        return f.signatories().isEmpty() ? null : f.signatories().get(0).name();
    }

    @Test
    void aNameAfterTheComplimentaryCloseSignsWithoutSigned() throws Exception {
        LetterFacts en = run("en.txt", ANGOLA + """

                Afonso Van-Dúnem Mbinda
                Ambassador
                Permanent Representative
                """);
        assertThat(signer(en)).isEqualTo("Afonso Van-Dúnem Mbinda");
        LetterFacts sincerely = run("en2.txt", """
                Letter dated 4 June 1999 from the President of the General Assembly addressed to the Secretary-General
                I have the honour to inform you of the decision of the General Assembly.
                Yours sincerely,

                Didier Opertti
                """);
        assertThat(signer(sincerely)).isEqualTo("Didier Opertti");
        LetterFacts fr = run("fr.txt", """
                Lettre datée du 4 juin 1999, adressée au Président du Conseil de sécurité par le Représentant permanent du Gabon auprès de l'Organisation des Nations Unies
                J'ai l'honneur de vous faire tenir ci-joint la déclaration de mon gouvernement.
                Veuillez agréer, Monsieur le Président, les assurances de ma très haute considération.

                Denis Dangue Réwaka
                """);
        assertThat(signer(fr)).isEqualTo("Denis Dangue Réwaka");
        LetterFacts ar = run("ar.txt", "رسالة مؤرخة 4 حزيران/يونيه 1999 موجهة إلى رئيس مجلس الأمن من الممثل الدائم لليمن لدى الأمم المتحدة\n"
                + "يشرفني أن أحيل إليكم البيان الصادر عن حكومتي.\nوتفضلوا بقبول فائق الاحترام.\n\nعبد الله صالح الأشطل\nالمندوب الدائم\n");
        assertThat(signer(ar)).isEqualTo("عبد الله صالح الأشطل");
    }

    @Test
    void theCoveringLettersSignerIsTheLettersEvenWhenTheAnnexSaysSigned() throws Exception {
        LetterFacts f = run("en.txt", """
                Letter dated 4 June 1999 from the Permanent Representative of Mali to the United Nations addressed to the Secretary-General
                I have the honour to transmit the communiqué issued by the Authority (see annex).
                Please accept, Excellency, the assurances of my highest consideration.

                Moctar Ouane

                Annex
                Final communiqué of the Authority
                The Authority met in Lomé on 2 June 1999.
                (Signed) Lansana Kouyaté
                Executive Secretary
                """);
        assertThat(signer(f)).isEqualTo("Moctar Ouane");
    }

    @Test
    void anAnnexClosingIsNotTheLettersSignature() throws Exception {
        LetterFacts f = run("fr.txt", """
                Lettre datée du 4 juin 1999, adressée au Président du Conseil de sécurité par le Secrétaire général
                J'ai l'honneur de vous faire tenir ci-joint une lettre du Président de la Commission.
                (Signé) Kofi A. Annan

                Annexe
                Veuillez agréer, Monsieur le Secrétaire général, les assurances de ma haute considération.

                Salim Ahmed Salim
                """);
        assertThat(signer(f)).isEqualTo("Kofi A. Annan");
    }

    @Test
    void signatureBlockTitleLinesAreNeverNames() throws Exception {
        LetterFacts f = run("en.txt", ANGOLA + """

                Permanent Representative of Angola
                to the United Nations
                """);
        assertThat(f.signatories()).isEmpty();
        assertThat(f.mentions()).extracting(Mention::label).noneMatch(l -> l.startsWith("Permanent Representative"));
        LetterFacts signedTitle = run("en2.txt", """
                Letter dated 4 June 1999 from the Permanent Observer of Switzerland to the United Nations addressed to the Secretary-General
                I have the honour to transmit the statement.
                (Signed)
                Permanent Observer
                """);
        assertThat(signedTitle.signatories()).extracting(Signatory::name).noneMatch(n -> n.contains("Permanent"));
    }

    @Test
    void aReprintWithoutSignatureIsSignedByTheWriterItsTitleNames() throws Exception {
        LetterFacts en = run("en.txt", """
                Letter dated 5 May 1998 from Mr. Nabil Elaraby, Permanent Representative of Egypt to the United Nations, addressed to the Secretary-General
                I have the honour to transmit the statement issued on 4 May 1998.
                """);
        assertThat(signer(en)).isEqualTo("Nabil Elaraby");
        LetterFacts fr = run("fr.txt", """
                Lettre datée du 5 mai 1998, adressée au Secrétaire général par M. Alain Dejammet, Représentant permanent de la France auprès de l'Organisation des Nations Unies
                J'ai l'honneur de vous faire tenir ci-joint la déclaration publiée le 4 mai 1998.
                """);
        assertThat(signer(fr)).isEqualTo("Alain Dejammet");
        LetterFacts noName = run("en2.txt", """
                Letter dated 5 May 1998 from the Permanent Representative of Egypt to the United Nations, addressed to the Secretary-General
                I have the honour to transmit the statement issued on 4 May 1998.
                """);
        assertThat(noName.signatories()).isEmpty();
    }

    @Test
    void aClosingFollowedByTextIsNoSignature() throws Exception {
        LetterFacts f = run("en.txt", ANGOLA + "The statement was adopted on 2 June 1999 in Luanda and is attached.\n");
        assertThat(f.signatories()).isEmpty();
    }

    @Test
    void leadingAndMiddleInitialsStayInTheSignersName() throws Exception {
        LetterFacts en = Pipelines.facts("en.txt", """
                Letter dated 3 May 2012 from the Permanent Representative of Indonesia to the United Nations addressed to the Secretary-General
                I have the honour to transmit the statement.
                (Signed) R.M. Harun M. Wibisono
                """);
        assertThat(en.signatories()).extracting(Signatory::name).containsExactly("R.M. Harun M. Wibisono");
        LetterFacts fr = Pipelines.facts("fr.txt", """
                Lettre datée du 3 mai 2012, adressée au Secrétaire général par le Représentant permanent de l'Indonésie auprès de l'Organisation des Nations Unies
                J'ai l'honneur de vous faire tenir la déclaration.
                (Signé) J. K. Moreland
                """);
        assertThat(fr.signatories()).extracting(Signatory::name).containsExactly("J. K. Moreland");
    }
}
