package org.unkg.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names with particles and titles as English and French letters write them: a title between a role's comma and the
 * name ("the Minister for Foreign Affairs, Sheikh X") is no part of the name; the particles of a long Gulf or royal
 * name ("Al", "bin") do not count toward a name's words. Hand-written variants (other persons and States than the
 * genre letters).
 */
class TitledNamesAfterRolesTest {
    private static List<String> persons(String name, String text) throws Exception {
        return PersonLabels.of(name, text);
    }

    @Test
    void aTitleAfterARolesCommaIsNoPartOfTheName() throws Exception {
        List<String> en = persons("en.txt", """
                Letter dated 3 May 2005 from the Secretary-General addressed to the President of the Security Council
                My Special Envoy met the Prime Minister of Bahrain, Sheikh Khalifa bin Salman Al Khalifa, in Manama.
                """);
        assertThat(en).contains("Khalifa bin Salman Al Khalifa");
        assertThat(en).noneMatch(p -> p.startsWith("Sheikh"));
        List<String> fr = persons("fr.txt", """
                Lettre datée du 3 mai 2005, adressée au Président du Conseil de sécurité par le Secrétaire général
                Mon Envoyé spécial a rencontré le Premier Ministre de Bahreïn, Cheikh Khalifa bin Salman Al-Khalifa.
                """);
        assertThat(fr).contains("Khalifa bin Salman Al-Khalifa");
        assertThat(fr).noneMatch(p -> p.startsWith("Cheikh"));
    }

    @Test
    void particlesOfALongRoyalNameDoNotCountTowardItsWords() throws Exception {
        List<String> en = persons("en.txt", """
                Letter dated 3 May 2005 from the Secretary-General addressed to the President of the Security Council
                I was received by Crown Prince Sultan bin Abdulaziz Al Saud and by Prince Turki Al Faisal bin Abdulaziz Al Saud.
                """);
        assertThat(en).contains("Sultan bin Abdulaziz Al Saud", "Turki Al Faisal bin Abdulaziz Al Saud");
    }
}
