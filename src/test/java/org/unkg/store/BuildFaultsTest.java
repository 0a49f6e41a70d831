package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.catalog.Catalog;
import org.unkg.extract.Pipelines;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.ExtractionPipeline;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.LetterFacts;
import org.unkg.extract.Extractors;
import org.unkg.graph.Ids;

/**
 * A letters directory as a careless or hostile user leaves it, built for real: a 200 MB file, a letter
 * that makes extraction hang, a subdirectory, a symbolic link loop and a broken link, beside good letters.
 * The good letters land, each bad entry is reported by its name with the reason, and the build ends.
 */
class BuildFaultsTest {
    @TempDir
    Path tmp;

    /** An extractor that never finishes on a letter whose text says so (until interrupted). */
    private static final Extractor HANGS = new Extractor() {
        @Override
        public String name() {
            return "hangs";
        }

        @Override
        public void extract(LetterAnalysis letter, LetterFacts out) {
            if (letter.letter().body().contains("PATHOLOGICAL")) {
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    };

    @Test
    void goodLettersLandAndEachBadEntryIsReportedByName() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("letters"));
        Files.writeString(dir.resolve("a-en.txt"), BuildRunnerTest.LETTER_EN);
        Files.writeString(dir.resolve("b-ar.txt"), BuildRunnerTest.LETTER_AR);
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024);
        }
        Files.writeString(dir.resolve("slow.txt"), BuildRunnerTest.LETTER_EN + "\nPATHOLOGICAL\n");
        Files.createDirectories(dir.resolve("annexes"));
        Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));

        ExtractionContext context = ExtractionContext.of(new Catalog(ModelFactory.createDefaultModel()), RuleFiles.load(Pipelines.RULES));
        List<Extractor> extractors = new java.util.ArrayList<>(Extractors.production(context));
        extractors.add(HANGS);
        BuildRunner runner = new BuildRunner(new ExtractionPipeline(extractors, context), ModelFactory.createDefaultModel(),
                "test").limits(new LetterLimits(LetterLimits.DEFAULT.maxBytes(), 2_000));
        BuildReport report = runner.build(dir, tmp.resolve("db"));

        assertThat(report.letters()).isEqualTo(2);
        assertThat(report.errors()).containsExactlyInAnyOrder(
                "huge.txt: letter too large: 200 MB > 5 MB, split it or pass --max-letter-size",
                "slow.txt: took longer than 2 s to read and extract, skipped (pass --letter-timeout to allow more)");
        assertThat(report.skipped()).containsExactlyInAnyOrder(
                "annexes: skipped, a sub-folder (pass --recursive to read sub-folders)",
                "gone.txt: skipped, a broken symbolic link",
                "loop.txt: skipped, a symbolic link that loops");
        Dataset ds = Tdb.open(tmp.resolve("db"));
        try {
            List<String> graphs = Txn.calculateRead(ds, () -> {
                List<String> names = new java.util.ArrayList<>();
                ds.listNames().forEachRemaining(names::add);
                return names;
            });
            assertThat(graphs).contains(Ids.letterGraph("a-en"), Ids.letterGraph("b-ar")).doesNotContain(Ids.letterGraph("slow"));
        } finally {
            ds.close();
        }
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertThat(LetterLimits.parseSize("5MB")).isEqualTo(5L * 1024 * 1024);
        assertThat(LetterLimits.parseSize("512k")).isEqualTo(512L * 1024);
        assertThat(LetterLimits.parseSize("1.5 MB")).isEqualTo(3L * 512 * 1024);
        assertThat(LetterLimits.human(200L * 1024 * 1024)).isEqualTo("200 MB");
    }
}
