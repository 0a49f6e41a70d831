package org.unkg.languages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.export.FactsExporter;
import org.unkg.extract.Pipelines;
import org.unkg.store.BuildReport;
import org.unkg.store.BuildRunner;
import org.unkg.store.Tdb;

/**
 * Spanish, the fourth language, read from its folder of rule files ({@code data/rules/es}) and the catalog's Spanish
 * names: hand-written Spanish letters in each layout (the upper-case header and title of the 1990s, the
 * "Distr. general" header with an annex, the {@code %%%} one-line record), each the translation of an English letter
 * of the genre corpus, built into a real TDB2 store and exported as facts. Each gives the facts of its English
 * version, field by field, and scores against the gold written for it (with the shared scorer, when present).
 */
class SpanishLettersTest {
    private static final Path SPANISH = Path.of("src", "test", "resources", "languages", "es");
    private static final Path ENGLISH = Path.of("src", "test", "resources", "genre", "letters");

    @TempDir
    static Path tmp;

    private static final Map<String, JsonNode> FACTS = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path english = Files.createDirectories(tmp.resolve("en"));
        for (String name : List.of("layout-en-1.txt", "layout-en-4.txt", "layout-en-5.txt")) {
            Files.copy(ENGLISH.resolve(name), english.resolve(name));
        }
        collect(SPANISH.resolve("letters"), tmp.resolve("db-es"));
        collect(english, tmp.resolve("db-en"));
    }

    private static void collect(Path letters, Path db) throws Exception {
        BuildReport report = new BuildRunner(Pipelines.project(), BuildRunner.loadOntology(Path.of("ontology")), "test")
                .build(letters, db);
        assertThat(report.errors()).isEmpty();
        Dataset ds = Tdb.open(db);
        try {
            for (JsonNode letter : new FactsExporter().facts(ds)) {
                FACTS.put(letter.get("source").asText(), letter);
            }
        } finally {
            ds.close();
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"layout-es-1.txt, layout-en-1.txt", "layout-es-2.txt, layout-en-4.txt", "layout-es-3.txt, layout-en-5.txt"})
    void aSpanishLetterGivesTheFactsOfItsEnglishVersion(String spanish, String english) {
        JsonNode es = FACTS.get(spanish);
        JsonNode en = FACTS.get(english);
        assertThat(es.get("language").asText()).isEqualTo("es");
        assertThat(en.get("language").asText()).isEqualTo("en");
        // the comparison means something only when the English version has facts of the kinds the layout holds
        assertThat(en.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(en.get("organizations")).isNotEmpty();
        assertThat(en.get("signatory")).isNotEmpty();
        assertThat(en.get("events")).isNotEmpty();
        for (Iterator<String> it = en.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("source") && !field.equals("language")) {
                assertThat(es.get(field)).as("%s of %s", field, spanish).isEqualTo(en.get(field));
            }
        }
    }

    @Test
    void theSpanishLettersCoverEventsMandatesSeatsAndAnIssuedDateWithAnOrdinalDay() {
        assertThat(FACTS.get("layout-es-1.txt").get("issued").asText()).isEqualTo("1997-10-01");
        assertThat(FACTS.get("layout-es-1.txt").get("mandates")).isNotEmpty();
        assertThat(FACTS.get("layout-es-1.txt").get("places").toString()).doesNotContain("La Paz");
        assertThat(FACTS.get("layout-es-2.txt").get("persons")).hasSize(3);
        assertThat(FACTS.get("layout-es-3.txt").get("seats")).isNotEmpty();
        assertThat(FACTS.get("layout-es-3.txt").get("subjects")).hasSize(4);
    }

    @Test
    void everyFieldOfTheSpanishLettersScoresAtLeastNinetyPercentAgainstTheirGold() throws Exception {
        Path scorer = Path.of("..", "shared", "eval", "score.py");
        assumeTrue(Files.isRegularFile(scorer), "../shared is absent");
        assumeTrue(onPath("python3"), "python3 is absent");
        Path facts = tmp.resolve("facts-es.json");
        Dataset ds = Tdb.open(tmp.resolve("db-es"));
        try (var out = Files.newOutputStream(facts)) {
            new FactsExporter().write(ds, out);
        } finally {
            ds.close();
        }
        String report = run(List.of("python3", scorer.toString(), "--gold", SPANISH.resolve("gold").toString(),
                "--facts", facts.toString()));
        List<String> below = new ArrayList<>();
        boolean fields = false;
        int rows = 0;
        for (String line : report.split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length > 0 && cols[0].equals("field")) {
                fields = true;
            } else if (fields && cols.length == 7 && cols[6].matches("[0-9.]+")) {
                rows++;
                if (Double.parseDouble(cols[6]) < 0.9) {
                    below.add(line.trim());
                }
            }
        }
        assertThat(rows).as("field rows in:%n%s", report).isGreaterThan(10);
        assertThat(below).as("fields below 0.9 in:%n%s", report).isEmpty();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s:%n%s", command, text).isZero();
        return text;
    }
}
