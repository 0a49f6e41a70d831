package org.unkg.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unkg.model.Signatory;

class SignatoryExtractorTest {
    private static Signatory run(String text) {
        return Parties.signatory(text, "xx");
    }

    @Test
    void dropsAmbassadorTitleAndStopsAtTheRoleLine() {
        Signatory s = run("... of the Security Council.\n(Signed) Ambassador Byrganym Aitimova\nPermanent Representative\n");
        assertThat(s.name()).isEqualTo("Byrganym Aitimova");
        assertThat(s.personKey()).isNull();
    }

    @Test
    void readsArabicSignatureFollowedByRepeatedTitleAndRole() {
        Signatory s = run("وأكون ممتنا. (توقيع) السفير بيرغانيم أيتيموفا السفيرة الممثلة الدائمة لكازاخستان [الأصل: بالروسية]");
        assertThat(s.name()).isEqualTo("بيرغانيم أيتيموفا");
    }

    @Test
    void linksACatalogPersonAndKeepsTheNameAsWritten() {
        Signatory s = run("members of the Council.\n(Signed) Ban Ki-moon\n\n08-12345");
        assertThat(s.personKey()).isEqualTo("ban-ki-moon");
        assertThat(s.name()).isEqualTo("Ban Ki-moon");
        Signatory initials = run("(Signé) Said A. Djinnit\nAnnexe");
        assertThat(initials.personKey()).isEqualTo("said-djinnit");
    }

    @Test
    void findsNoSignatoryWithoutASignatureMark() {
        assertThat(run("Signed in Dakar by the Special Representative")).isNull();
    }
}
