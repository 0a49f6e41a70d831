package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --update} on a database nobody serves: the command reads the folder and the database while it loads the
 * catalog, rules and thesaurus, then applies the changed letters; a problem found while reading them is the one-line
 * error the update itself gives.
 */
class UnservedUpdateCommandTest {
    private static final Path LETTERS = Path.of(System.getProperty("unkg.project.dir", ".")).resolve("data/letters");

    @TempDir
    Path tmp;

    private Path letters(int n) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("letters"));
        try (var s = Files.list(LETTERS)) {
            for (Path f : s.sorted().limit(n).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void anUpdateAddsTheNewLetterToTheDatabase() throws Exception {
        Path letters = letters(2);
        Path db = tmp.resolve("db");
        assertThat(CliRun.of("build", "--letters", letters.toString(), "--db", db.toString()).exit()).isZero();
        try (var s = Files.list(LETTERS)) {
            Path third = s.sorted().skip(2).findFirst().orElseThrow();
            Files.copy(third, letters.resolve(third.getFileName()));
        }
        CliRun update = CliRun.of("build", "--update", "--letters", letters.toString(), "--db", db.toString());
        assertThat(update.exit()).as(update.err()).isZero();
        assertThat(letterGraphs(db)).isEqualTo(3);
    }

    @Test
    void anUpdateWithNothingNewOrChangedDoesNotNeedTheRulesButAChangedLetterDoes() throws Exception {
        Path letters = letters(3);
        Path db = tmp.resolve("db");
        assertThat(CliRun.of("build", "--letters", letters.toString(), "--db", db.toString()).exit()).isZero();
        String gone;
        try (var s = Files.list(letters)) {
            gone = s.sorted().findFirst().orElseThrow().getFileName().toString();
        }
        Files.delete(letters.resolve(gone));
        Path noRules = tmp.resolve("no-rules");

        CliRun unchanged = CliRun.of("build", "--update", "--letters", letters.toString(), "--db", db.toString(),
                "--rules", noRules.toString());
        assertThat(unchanged.exit()).as(unchanged.err()).isZero();
        assertThat(letterGraphs(db)).isEqualTo(2);

        Files.copy(LETTERS.resolve(gone), letters.resolve(gone));
        CliRun changed = CliRun.of("build", "--update", "--letters", letters.toString(), "--db", db.toString(),
                "--rules", noRules.toString());
        assertThat(changed.exit()).isNotZero();
        assertThat(changed.err()).contains("rules directory not found");
        assertThat(letterGraphs(db)).isEqualTo(2);
    }

    /** How many letter graphs the database holds. */
    private static long letterGraphs(Path db) {
        org.apache.jena.query.Dataset ds = org.unkg.store.Tdb.open(db);
        try {
            return org.apache.jena.system.Txn.calculateRead(ds, () -> {
                long[] n = {0};
                ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                    if (g.getURI().startsWith(org.unkg.graph.Vocab.GRAPH + "letter/")) {
                        n[0]++;
                    }
                });
                return n[0];
            });
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void anUpdateFromAMissingFolderIsAOneLineErrorNamingIt() throws Exception {
        Path letters = letters(1);
        Path db = tmp.resolve("db");
        assertThat(CliRun.of("build", "--letters", letters.toString(), "--db", db.toString()).exit()).isZero();
        Path missing = tmp.resolve("no-such-folder");
        CliRun update = CliRun.of("build", "--update", "--letters", missing.toString(), "--db", db.toString());
        assertThat(update.exit()).isNotZero();
        List<String> lines = update.err().lines().filter(l -> !l.isBlank() && !l.contains(" INFO ")).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("letters directory not found").contains(missing.toString()));
        assertThat(update.err()).doesNotContain("\tat org.");
    }
}
