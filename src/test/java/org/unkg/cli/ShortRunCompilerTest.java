package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.management.JMException;
import org.junit.jupiter.api.Test;

/** The C2 exclusion a short {@code build --update} asks of HotSpot, and its removal when the update turns out long. */
class ShortRunCompilerTest {

    private static boolean hotSpot() {
        try {
            ShortRunCompiler.directives();
            return true;
        } catch (JMException | RuntimeException e) {
            return false;
        }
    }

    @Test
    void excludesTheOptimisingCompilerUntilLiftedAndNotAgainAfter() throws Exception {
        assumeTrue(hotSpot(), "a JVM with HotSpot's compiler directives");
        String before = ShortRunCompiler.directives();
        assertThat(before).doesNotContain("Exclude:true");

        assertThat(ShortRunCompiler.limit()).isTrue();
        assertThat(ShortRunCompiler.active()).isTrue();
        String limited = ShortRunCompiler.directives();
        // the added directive, first: C2 excluded for every method, C1 not
        String added = limited.substring(0, limited.indexOf("Directive: (default)"));
        assertThat(added).contains("matching: *.*");
        assertThat(added.substring(added.indexOf("c2 directives"))).contains("Exclude:true");
        assertThat(added.substring(added.indexOf("c1 directives"), added.indexOf("c2 directives"))).contains("Exclude:false");

        assertThat(ShortRunCompiler.lift()).isTrue();
        assertThat(ShortRunCompiler.active()).isFalse();
        assertThat(ShortRunCompiler.directives()).isEqualTo(before);
        // lifted once, it stays lifted: a late limit (its thread slower than the decision) adds nothing
        assertThat(ShortRunCompiler.limit()).isFalse();
        assertThat(ShortRunCompiler.directives()).isEqualTo(before);
        assertThat(ShortRunCompiler.lift()).isFalse();
    }

    @Test
    void thePropertyFalseTurnsItOff() {
        String old = System.getProperty(ShortRunCompiler.PROPERTY);
        try {
            System.setProperty(ShortRunCompiler.PROPERTY, "false");
            assertThat(ShortRunCompiler.enabled()).isFalse();
            System.setProperty(ShortRunCompiler.PROPERTY, "true");
            assertThat(ShortRunCompiler.enabled()).isTrue();
        } finally {
            if (old == null) {
                System.clearProperty(ShortRunCompiler.PROPERTY);
            } else {
                System.setProperty(ShortRunCompiler.PROPERTY, old);
            }
        }
    }

    @Test
    void aCommandRunInAHostJvmLeavesItsCompilersAlone() {
        // tests run commands through Main.commandLine(), never Main.main: the JVM is not the command's own
        assertThat(Main.ownJvm()).isFalse();
    }
}
