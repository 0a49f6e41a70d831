package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.model.Signatory;

/**
 * A signature whose role runs on in the same line, as one-line texts (the {@code %%%} layout) and re-flowed PDF text
 * give it: the signer's name ends where the role starts, in every language; a word that is a role elsewhere but part
 * of an Arabic name ("أمين", "الملك" of "عبد الملك") does not end it.
 */
class OneLineSignaturesTest {
    private static String signer(String text, String language) {
        Signatory s = Parties.signatory(text, language);
        return s == null ? null : s.name();
    }

    @Test
    void endsAnEnglishNameAtTheCouncilPresidentsRole() {
        assertThat(signer("... brought to the attention of the members. (Signed) Ricardo Alberto Arias President of the"
                + " Security Council", "en")).isEqualTo("Ricardo Alberto Arias");
        assertThat(signer("as a document of the Council. (Signed) Nassir Abdulaziz Al-Nasser Chairman of the Committee",
                "en")).isEqualTo("Nassir Abdulaziz Al-Nasser");
    }

    @Test
    void endsFrenchAndSpanishNamesAtTheirRoles() {
        assertThat(signer("de l'intention exprimée. (Signé) Gérard Araud Président du Conseil de sécurité", "fr"))
                .isEqualTo("Gérard Araud");
        assertThat(signer("como documento del Consejo. (Firmado) Heraldo Muñoz Presidente del Consejo de Seguridad", "es"))
                .isEqualTo("Heraldo Muñoz");
        assertThat(signer("como documento de la Asamblea. (Firmado) Alejandro Wolff Ministro Consejero", "es"))
                .isEqualTo("Alejandro Wolff");
    }

    @Test
    void endsAnArabicNameAtTheRolePhraseButNotAtARoleWordInsideTheName() {
        assertThat(signer("وقد أحاط الأعضاء علما بذلك. (توقيع) جان - مارك دو لا سابليير رئيس مجلس الأمن", "ar"))
                .isEqualTo("جان - مارك دو لا سابليير");
        assertThat(signer("كوثيقة من وثائق مجلس الأمن. (توقيع) عبد الملك الحوثي الأمين", "ar"))
                .isEqualTo("عبد الملك الحوثي الأمين");
    }

    @Test
    void endsARussianNameAtTheRole() {
        assertThat(signer("в качестве документа Совета Безопасности. (Подпись) Виталий Чуркин Председатель Совета Безопасности",
                "ru")).isEqualTo("Виталий Чуркин");
    }

    @Test
    void keepsEveryWordOfANameWithNoRoleAfterIt() {
        assertThat(signer("for its consideration. (Signed) Kofi A. Annan", "en")).isEqualTo("Kofi A. Annan");
        assertThat(signer("كوثيقة من وثائق مجلس الأمن. (توقيع) محمد أمين الجبوري", "ar")).isEqualTo("محمد أمين الجبوري");
    }

    @Test
    void endsANameRunIntoThePagesFurnitureAtItsFirstDigit() {
        assertThat(signer("of the Security Council. (Signed) Ban Ki-moon 2 07-65656 S/2007/753", "en")).isEqualTo("Ban Ki-moon");
        assertThat(signer("du Conseil de sécurité. (Signé) Kofi A. Annan 04-55123 (F) 120504", "fr")).isEqualTo("Kofi A. Annan");
        assertThat(signer("كوثيقة من وثائق مجلس الأمن. (توقيع) بان كي - مون 3 07-65656", "ar")).isEqualTo("بان كي - مون");
    }
}
