package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.catalog.Catalog;
import org.unkg.graph.Ids;

/**
 * What a kill at each step of the switch leaves behind, recreated on disk with real TDB2 databases and the
 * id of a process that has ended; opening the database recovers it (finishing or rolling back the switch)
 * and removes the leftovers.
 */
class DatabaseSwapRecoveryTest {
    @TempDir
    Path tmp;
    Path db;
    long deadPid;

    @BeforeEach
    void oldDatabaseAndADeadProcess() throws Exception {
        db = tmp.resolve("db");
        build(db, "old-letter.txt");
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        deadPid = p.pid();
    }

    private static void build(Path db, String letter) throws IOException {
        Path dir = Files.createDirectories(db.resolveSibling("letters-" + letter));
        Files.writeString(dir.resolve(letter), BuildRunnerTest.LETTER_EN);
        new BuildRunner(org.unkg.extract.core.ExtractionContext.of(new Catalog(ModelFactory.createDefaultModel()),
                org.unkg.extract.rules.RuleFiles.load(org.unkg.extract.Pipelines.RULES)), ModelFactory.createDefaultModel(), "test").build(dir, db);
    }

    /** A complete generation of a dead build holding {@code letter}, beside {@code db} (not linked). */
    private Path deadGeneration(String letter, boolean complete) throws IOException {
        Path other = tmp.resolve("other-" + letter);
        build(other, letter);
        Path gen = tmp.resolve("db.gen-" + deadPid + "-x" + letter.hashCode());
        Files.move(other.toRealPath(), gen);
        Files.delete(other);
        if (!complete) {
            Files.delete(gen.resolve(DatabaseSwap.MARKER));
        }
        return gen;
    }

    private List<String> letterGraphs() {
        Dataset ds = Tdb.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                List<String> out = new java.util.ArrayList<>();
                ds.listNames().forEachRemaining(n -> {
                    if (n.startsWith(Ids.letterGraph(""))) {
                        out.add(n.substring(Ids.letterGraph("").length()));
                    }
                });
                return out;
            });
        } finally {
            ds.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    private List<String> left() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("db")).sorted().toList();
        }
    }

    @Test
    void killedWhileStagingOrBeforeTheSwitchTheOldDatabaseStaysAndTheGenerationGoes() throws Exception {
        deadGeneration("half.txt", false);
        deadGeneration("done.txt", true);
        assertThat(letterGraphs()).containsExactly("old-letter");
        assertThat(left()).containsExactlyInAnyOrder("db", db.toRealPath().getFileName().toString());
    }

    @Test
    void killedBetweenMovingTheOldDatabaseAndLinkingTheNewOneTheNewestCompleteGenerationIsLinked() throws Exception {
        Path old = db.toRealPath();
        Files.delete(db);
        deadGeneration("new.txt", true);
        Files.writeString(tmp.resolve("db.link-" + deadPid), "");
        assertThat(letterGraphs()).containsExactly("new");
        assertThat(left()).containsExactlyInAnyOrder("db", db.toRealPath().getFileName().toString());
        assertThat(old).doesNotExist();
    }

    @Test
    void killedAfterTheSwitchThePreviousGenerationIsRemoved() throws Exception {
        Path old = db.toRealPath();
        Path fresh = deadGeneration("new.txt", true);
        Path link = tmp.resolve("db.link-" + deadPid);
        Files.createSymbolicLink(link, fresh.getFileName());
        Files.move(link, db, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(old.resolve("tdb.lock"), deadPid + "\n");
        assertThat(letterGraphs()).containsExactly("new");
        assertThat(old).doesNotExist();
        assertThat(left()).containsExactlyInAnyOrder("db", fresh.getFileName().toString());
    }

    @Test
    void aDatabaseOfTheEarlierLayoutKilledInItsTwoRenameSwapIsMovedBack() throws Exception {
        Path gen = db.toRealPath();
        Files.delete(db);
        Files.move(gen, tmp.resolve("db.old-" + deadPid));
        Files.delete(tmp.resolve("db.old-" + deadPid).resolve(DatabaseSwap.MARKER));
        Files.createDirectories(tmp.resolve("db.building-123456"));
        assertThat(letterGraphs()).containsExactly("old-letter");
        assertThat(left()).containsExactly("db");
        // and the next build turns it into a generation
        build(db, "next.txt");
        assertThat(letterGraphs()).containsExactly("next");
        assertThat(Files.isSymbolicLink(db)).isTrue();
        assertThat(left()).hasSize(2);
    }

    @Test
    void theBuildInformationTravelsWithTheGeneration() {
        Properties info = DatabaseSwap.buildInfo(db);
        assertThat(info.getProperty("letters")).isEqualTo("1");
        assertThat(info.getProperty("software")).isEqualTo("test");
        assertThat(info.getProperty("lettersFingerprint")).hasSize(64);
    }
}
