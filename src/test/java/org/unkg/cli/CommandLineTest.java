package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
    @TempDir
    Path tmp;


    @ParameterizedTest
    @ValueSource(strings = {"build", "diagnose", "export", "export facts", "validate", "query", "serve", "benchmark", "benchmark build",
            "benchmark subjects", "catalog", "catalog link-unbis"})
    void everyCommandExplainsItselfWithHelp(String command) {
        String[] args = (command + " --help").split(" ");
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: unkg " + command);
    }

    @Test
    void exportingFromAMissingDatabaseSaysSoWithoutAStackTrace() {
        CliRun r = CliRun.of("export", "facts", "--db", tmp.resolve("nodb").toString(), "--out", tmp.resolve("f.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no database at").contains("nodb").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void buildWithoutCatalogNamesTheMissingDirectory() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        CliRun r = CliRun.of("build", "--letters", letters.toString(), "--db", tmp.resolve("db").toString(),
                "--catalog", tmp.resolve("nocatalog").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("catalog directory not found").contains("nocatalog").doesNotContain("\tat ");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CliRun r = CliRun.of("build", "--letters", "x");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option").contains("--db");
    }

    @Test
    void buildSummariesNeedsOnlyTheDatabase() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        Files.copy(Path.of("data", "letters").resolve(firstLetter()), letters.resolve("a.txt"));
        Path db = tmp.resolve("db");
        assertThat(CliRun.of("build", "--letters", letters.toString(), "--db", db.toString()).exit()).isZero();
        CliRun r = CliRun.of("build", "--summaries", "--db", db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Missing").doesNotContain("--letters");
    }

    private static String firstLetter() throws java.io.IOException {
        try (var s = Files.list(Path.of("data", "letters"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void buildWithNeitherLettersNorSummariesAsksForLetters() {
        CliRun r = CliRun.of("build", "--db", tmp.resolve("db").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required").contains("--letters");
    }

    @Test
    void buildSummariesWithLettersIsAUsageError() {
        CliRun r = CliRun.of("build", "--summaries", "--letters", tmp.toString(), "--db", tmp.resolve("db").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive").contains("--summaries").contains("--letters");
    }

    @Test
    void versionIsPrinted() {
        CliRun r = CliRun.of("--version");
        assertThat(r.exit()).isZero();
        assertThat(List.of(r.out().split("\n"))).anySatisfy(l -> assertThat(l).startsWith("unkg "));
    }
}
