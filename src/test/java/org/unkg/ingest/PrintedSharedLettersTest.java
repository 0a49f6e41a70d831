package org.unkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unkg.export.FactsExporter;
import org.unkg.store.Tdb;

/**
 * The English originals and the dev letters of {@code ../shared} (PDF-to-text output), printed to PDF page
 * for page by LibreOffice ({@code scripts/make-letter-fixtures.sh --print}), score within 0.02 of their
 * text files against the gold facts with the project's scorer. Runs only where LibreOffice, Python and
 * {@code ../shared} are present; skips otherwise.
 */
class PrintedSharedLettersTest {
    private static final Pattern OVERALL = Pattern.compile("overall: P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)");

    @TempDir
    Path tmp;

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"letters-en", "letters-dev"})
    void sharedLettersPrintedToPdfScoreAsTheirText(String set) throws Exception {
        Path shared = Fixtures.project().resolve("../shared").normalize();
        Path letters = shared.resolve(set);
        Path gold = shared.resolve("gold").resolve(set);
        Path scorer = shared.resolve("eval/score.py");
        assumeTrue(Files.isDirectory(letters) && Files.isDirectory(gold) && Files.isRegularFile(scorer), "../shared is absent");
        assumeTrue(onPath("soffice") && onPath("python3"), "LibreOffice (soffice) or python3 is absent");

        Path pdfs = tmp.resolve("pdf");
        run(List.of("bash", Fixtures.project().resolve("scripts/make-letter-fixtures.sh").toString(), "--print",
                letters.toString(), pdfs.toString()));

        double text = score(letters, gold, "txt", scorer);
        double pdf = score(pdfs, gold, "pdf", scorer);
        System.out.printf("%s: text F1 %.3f, printed to PDF F1 %.3f%n", set, text, pdf);
        assertThat(pdf).as("%s printed to PDF (text scores %.3f)", set, text).isCloseTo(text, org.assertj.core.data.Offset.offset(0.02));
    }

    /** Builds {@code letters}, exports the facts and scores them against {@code gold} (sources renamed to {@code .ext}). */
    private double score(Path letters, Path gold, String ext, Path scorer) throws Exception {
        Path work = Files.createDirectories(tmp.resolve(ext));
        Path goldCopy = Files.createDirectories(work.resolve("gold"));
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> s = Files.list(gold)) {
            for (Path g : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                ObjectNode node = (ObjectNode) json.readTree(g.toFile());
                String source = node.get("source").asText();
                node.put("source", source.substring(0, source.lastIndexOf('.') + 1) + ext);
                json.writeValue(goldCopy.resolve(g.getFileName().toString()).toFile(), node);
            }
        }
        Fixtures.runner().build(letters, work.resolve("db"));
        Path facts = work.resolve("facts.json");
        Dataset ds = Tdb.open(work.resolve("db"));
        try (var out = Files.newOutputStream(facts)) {
            new FactsExporter().write(ds, out);
        } finally {
            ds.close();
        }
        String report = run(List.of("python3", scorer.toString(), "--gold", goldCopy.toString(), "--facts", facts.toString()));
        Matcher m = OVERALL.matcher(report);
        assertThat(m.find()).as("scorer's overall line in:%n%s", report).isTrue();
        return Double.parseDouble(m.group(3));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s:%n%s", command, text).isZero();
        return text;
    }
}
