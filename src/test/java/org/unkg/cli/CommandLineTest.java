package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CommandLineTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "export", "export facts", "validate", "query", "serve", "benchmark", "benchmark build"})
    void everyCommandExplainsItselfWithHelp(String command) {
        String[] args = (command + " --help").split(" ");
        Run r = run(args);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: unkg " + command);
    }

    @Test
    void exportingFromAMissingDatabaseSaysSoWithoutAStackTrace() {
        Run r = run("export", "facts", "--db", tmp.resolve("nodb").toString(), "--out", tmp.resolve("f.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no database at").contains("nodb").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void buildWithoutCatalogNamesTheMissingDirectory() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        Run r = run("build", "--letters", letters.toString(), "--db", tmp.resolve("db").toString(),
                "--catalog", tmp.resolve("nocatalog").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("catalog directory not found").contains("nocatalog").doesNotContain("\tat ");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        Run r = run("build", "--letters", "x");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option").contains("--db");
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(List.of(r.out().split("\n"))).anySatisfy(l -> assertThat(l).startsWith("unkg "));
    }
}
