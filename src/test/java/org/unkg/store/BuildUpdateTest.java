package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.extract.Pipelines;
import org.unkg.graph.Vocab;
import org.unkg.search.SearchIndex;

/**
 * {@code build --update} against a full build over real TDB2 databases and real letter files: changed, new and removed
 * letters give the dataset a full build of the same folder gives, quad for quad, and the text index follows.
 */
class BuildUpdateTest {
    private static final Path GENRE = Path.of("src", "test", "resources", "genre", "letters");

    @TempDir
    Path tmp;

    private static BuildRunner runner() {
        return new BuildRunner(Pipelines.project(), ModelFactory.createDefaultModel(), "test");
    }

    private Path folder(String name, String... genreLetters) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (String f : genreLetters) {
            Files.copy(GENRE.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    /** Every quad of the database as N-Quads lines, sorted (the graph has no blank nodes, so equal lists = isomorphic). */
    private static List<String> quads(Path db) {
        Dataset ds = Tdb.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                List<String> out = new ArrayList<>();
                ds.asDatasetGraph().find().forEachRemaining(q -> {
                    assertThat(q.getSubject().isBlank() || q.getObject().isBlank()).isFalse();
                    out.add(q.toString());
                });
                out.sort(null);
                return out;
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    private static long textHits(Path db, String words) throws IOException {
        Dataset ds = Tdb.open(db);
        org.apache.jena.query.text.TextIndex index = SearchIndex.attach(db, ds);
        try {
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX unkg: <" + Vocab.UNKG + ">"
                    + " SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l text:query (unkg:text '" + words + "') }";
            return Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        } finally {
            index.close();
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** events-en-2 gets another letter's content, events-en-5 is new, events-en-3 is gone. */
    private static void changeOneAddOneRemoveOne(Path letters) throws IOException {
        Files.copy(GENRE.resolve("events-en-4.txt"), letters.resolve("events-en-2.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(GENRE.resolve("events-en-5.txt"), letters.resolve("events-en-5.txt"));
        Files.delete(letters.resolve("events-en-3.txt"));
    }

    @Test
    void updateWithChangedNewAndRemovedLettersGivesTheDatabaseOfAFullRebuild() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-en-2.txt", "events-en-3.txt", "events-ar-1.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);

        changeOneAddOneRemoveOne(letters);
        UpdateReport report = runner().update(letters, db, false);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.replaced()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(report.errors()).isEmpty();

        Path rebuilt = tmp.resolve("rebuilt");
        runner().build(letters, rebuilt, false);
        assertThat(quads(db)).isEqualTo(quads(rebuilt));
        assertThat(runner().upToDate(letters, db, false)).isTrue();
    }

    @Test
    void aPreparedUpdateKnowsHowManyLettersItWillReadBeforeThePipelineIsThere() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-en-2.txt", "events-en-3.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        changeOneAddOneRemoveOne(letters);

        BuildRunner.Prepared prepared = BuildRunner.prepareUpdate(letters, db, false);
        assertThat(prepared.changedLetters()).isEqualTo(2);
        UpdateReport report = runner().update(db, prepared);
        assertThat(report.added() + report.replaced()).isEqualTo(2);
        assertThat(report.removed()).isEqualTo(1);
    }

    @Test
    void anUpdateThatOnlyLosesLettersNeedsNoRunnerAndGivesAFullRebuild() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-en-2.txt", "events-en-3.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        Files.delete(letters.resolve("events-en-3.txt"));

        BuildRunner.Prepared prepared = BuildRunner.prepareUpdate(letters, db, false);
        assertThat(prepared.changedLetters()).isZero();
        UpdateReport report = BuildRunner.updateWithoutExtraction(db, prepared, "test", false);

        assertThat(report.removed()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(2);
        Path rebuilt = tmp.resolve("rebuilt");
        runner().build(letters, rebuilt, false);
        assertThat(quads(db)).isEqualTo(quads(rebuilt));
        assertThat(runner().upToDate(letters, db, false)).isTrue();
    }

    @Test
    void anUpdateWithAChangedLetterIsRefusedWithoutARunnerAndLeavesTheDatabaseAsItWas() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-en-2.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        List<String> before = quads(db);
        Files.copy(GENRE.resolve("events-en-4.txt"), letters.resolve("events-en-2.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        BuildRunner.Prepared prepared = BuildRunner.prepareUpdate(letters, db, false);
        assertThatThrownBy(() -> BuildRunner.updateWithoutExtraction(db, prepared, "test", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 letters to extract");

        assertThat(quads(db)).isEqualTo(before);
        assertThat(runner().update(letters, db, false).replaced()).isEqualTo(1);
    }

    /**
     * With the subject indexer: the summaries a build takes from the letters as they stream are those computed from
     * the store ({@code build --summaries}), and an update changing and adding letters gives a full build's.
     */
    @Test
    void summariesFromTheStreamedLettersAreThoseOfTheStoreAndAnUpdateGivesAFullBuilds() throws IOException {
        Path versions = Path.of("src", "test", "resources", "org", "unkg", "queries", "versions");
        Path letters = folder("subjects", "events-en-1.txt", "events-en-2.txt", "events-fr-1.txt", "layout-en-1.txt");
        for (String f : List.of("versions-2011-en.txt", "versions-2011-ar.txt")) {
            Files.copy(versions.resolve(f), letters.resolve(f));
        }
        BuildRunner indexing = new BuildRunner(Pipelines.withThesaurus(), ModelFactory.createDefaultModel(), "test");
        Path db = tmp.resolve("db");
        indexing.build(letters, db, false);
        List<String> built = quads(db);
        assertThat(built).anyMatch(q -> q.contains("subjectYearRow")).anyMatch(q -> q.contains("subjectCountOf"))
                .anyMatch(q -> q.contains("monthLetter")).anyMatch(q -> q.contains("latestLetter"));
        Summaries.rewrite(db);
        assertThat(quads(db)).isEqualTo(built);

        Files.copy(GENRE.resolve("events-fr-2.txt"), letters.resolve("events-en-2.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(GENRE.resolve("events-en-5.txt"), letters.resolve("events-en-5.txt"));
        Files.delete(letters.resolve("layout-en-1.txt"));
        indexing.update(letters, db, false);
        Path rebuilt = tmp.resolve("rebuilt");
        indexing.build(letters, rebuilt, false);
        assertThat(quads(db)).isEqualTo(quads(rebuilt)).isNotEqualTo(built);
    }

    /** Where the database {@code db} keeps its {@code stats.opt} (its generation's directory holds the record too). */
    private static Path statsLocation(Path db) {
        Dataset ds = Tdb.open(db);
        try {
            return OptimizerStatistics.location(ds.asDatasetGraph());
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** The figures of the database's {@code stats.opt} and those of counting all its quads. */
    private static List<OptimizerStatistics.Figures> statistics(Path db) {
        Dataset ds = Tdb.open(db);
        try {
            return List.of(OptimizerStatistics.Figures.read(OptimizerStatistics.location(ds.asDatasetGraph())),
                    OptimizerStatistics.Figures.of(OptimizerStatistics.scan(ds.asDatasetGraph())));
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void afterAnUpdateStatsOptIsWhatAFullBuildWritesAndWhatCountingTheDatabaseGives() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-en-2.txt", "events-en-3.txt", "events-ar-1.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        OptimizerStatistics.Figures before = statistics(db).get(0);

        changeOneAddOneRemoveOne(letters);
        runner().update(letters, db, false);
        Path rebuilt = tmp.resolve("rebuilt");
        runner().build(letters, rebuilt, false);

        List<OptimizerStatistics.Figures> updated = statistics(db);
        assertThat(updated.get(0)).isNotNull().isNotEqualTo(before).isEqualTo(updated.get(1))
                .isEqualTo(statistics(rebuilt).get(0));
    }

    /** The letters and checksums the database holds, read out of it, and those recorded beside it. */
    private static List<java.util.Map<String, String>> letterRecords(Path db) {
        Dataset ds = Tdb.open(db);
        try {
            Path dir = OptimizerStatistics.location(ds.asDatasetGraph()).getParent().getParent();
            return java.util.Arrays.asList(Txn.calculateRead(ds, () -> BuildRunner.storedLetters(ds.asDatasetGraph())),
                    StoredLetters.read(dir));
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void theRecordOfTheStoredLettersIsWhatTheDatabaseHoldsAfterABuildAndAnUpdate() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-en-2.txt", "events-en-3.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        List<java.util.Map<String, String>> built = letterRecords(db);
        assertThat(built.get(1)).isEqualTo(built.get(0)).hasSize(3);

        changeOneAddOneRemoveOne(letters);
        runner().update(letters, db, false);

        List<java.util.Map<String, String>> updated = letterRecords(db);
        assertThat(updated.get(1)).isEqualTo(updated.get(0)).hasSize(3).isNotEqualTo(built.get(0));
    }

    @Test
    void anUpdateStoppedBeforeMovingItsRecordInPlaceLeavesTheNextUpdateReadingTheDatabase() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-en-2.txt", "events-en-3.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        Path dir = statsLocation(db).getParent().getParent();
        // the record of an update that wrote its next record and stopped: it claims events-en-3 changed and is gone
        Files.writeString(dir.resolve(StoredLetters.PENDING), "# unkg letters 0\n");
        Files.writeString(dir.resolve(StoredLetters.FILE), "# unkg letters 0\n");
        assertThat(StoredLetters.read(dir)).isNull();

        Files.copy(GENRE.resolve("events-en-5.txt"), letters.resolve("events-en-5.txt"));
        UpdateReport report = runner().update(letters, db, false);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(3);
        Path rebuilt = tmp.resolve("rebuilt");
        runner().build(letters, rebuilt, false);
        assertThat(quads(db)).isEqualTo(quads(rebuilt));
        assertThat(dir.resolve(StoredLetters.PENDING)).doesNotExist();
        List<java.util.Map<String, String>> records = letterRecords(db);
        assertThat(records.get(1)).isEqualTo(records.get(0)).hasSize(4);
    }

    @Test
    void anUnchangedFolderRecordsTheStoredLettersWhenTheRecordIsMissing() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-en-2.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        Path dir = statsLocation(db).getParent().getParent();
        Files.delete(dir.resolve(StoredLetters.FILE));

        UpdateReport report = runner().update(letters, db, false);

        assertThat(report.unchanged()).isEqualTo(2);
        List<java.util.Map<String, String>> records = letterRecords(db);
        assertThat(records.get(1)).isEqualTo(records.get(0)).hasSize(2);
    }

    @Test
    void anUpdateWithoutStatsOptCountsTheDatabase() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-ar-1.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        Path stats = statsLocation(db);
        Files.delete(stats);
        Files.copy(GENRE.resolve("events-en-5.txt"), letters.resolve("events-en-5.txt"));

        runner().update(letters, db, false);

        List<OptimizerStatistics.Figures> updated = statistics(db);
        assertThat(updated.get(0)).isNotNull().isEqualTo(updated.get(1));
    }

    @Test
    void updateChangingALanguageVersionGivesTheDifferencesAndMonthsOfAFullRebuild() throws IOException {
        Path versions = Path.of("src", "test", "resources", "org", "unkg", "queries", "versions");
        Path letters = Files.createDirectories(tmp.resolve("versions"));
        for (String f : List.of("versions-2011-en.txt", "versions-2011-ar.txt", "versions-2011-en-b.txt")) {
            Files.copy(versions.resolve(f), letters.resolve(f));
        }
        Files.copy(GENRE.resolve("events-en-1.txt"), letters.resolve("events-en-1.txt"));
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        List<String> before = quads(db);
        assertThat(before).anyMatch(q -> q.contains("differenceRows")).anyMatch(q -> q.contains("lettersAfter"));

        // the second English version now states what the first does (the date and ECOWAS no longer differ); a new letter
        Files.copy(versions.resolve("versions-2011-en.txt"), letters.resolve("versions-2011-en-b.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(GENRE.resolve("events-en-5.txt"), letters.resolve("events-en-5.txt"));
        UpdateReport report = runner().update(letters, db, false);
        assertThat(report.replaced()).isEqualTo(1);
        assertThat(report.added()).isEqualTo(1);

        Path rebuilt = tmp.resolve("rebuilt");
        runner().build(letters, rebuilt, false);
        List<String> updated = quads(db);
        assertThat(updated).isEqualTo(quads(rebuilt)).isNotEqualTo(before);
    }

    /**
     * UNAMSIL named in three letters (1999, 2000, 2005): the 2005 one (with UNIOSIL's only mandate) gets a 2002
     * letter's content and the 1999 one goes, so UNAMSIL's first and last dates move, UNIOSIL's mandate pages go, one
     * month loses its only letter and another counts two.
     */
    @Test
    void updateMovingABodysFirstAndLastDatesAndAMonthsCountGivesAFullRebuildsSummaries() throws IOException {
        Path letters = folder("unamsil", "dateline-en-4.txt", "events-en-3.txt", "mandates-en-1.txt", "events-en-1.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        List<String> before = quads(db);
        assertThat(before).anyMatch(q -> q.contains("/month/2005-08 ")).anyMatch(q -> q.contains("mandatePageOf"))
                .anyMatch(q -> q.contains("/org/UNAMSIL " + Vocab.UNKG + "firstLetterDate \"1999-12-10\""))
                .anyMatch(q -> q.contains("/org/UNAMSIL " + Vocab.UNKG + "lastLetterDate \"2005-08-22\""));

        Files.copy(GENRE.resolve("events-en-1.txt"), letters.resolve("mandates-en-1.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(letters.resolve("dateline-en-4.txt"));
        UpdateReport report = runner().update(letters, db, false);
        assertThat(report.replaced()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(1);

        Path rebuilt = tmp.resolve("rebuilt");
        runner().build(letters, rebuilt, false);
        List<String> updated = quads(db);
        assertThat(updated).isEqualTo(quads(rebuilt)).noneMatch(q -> q.contains("/month/2005-08 "))
                .noneMatch(q -> q.contains("mandatePageOf"))
                .anyMatch(q -> q.contains("/month/2002-11 ") && q.contains("monthRows") && q.contains("\"2\""))
                .anyMatch(q -> q.contains("/org/UNAMSIL " + Vocab.UNKG + "firstLetterDate \"2000-02-07\""))
                .anyMatch(q -> q.contains("/org/UNAMSIL " + Vocab.UNKG + "lastLetterDate \"2000-02-07\""));
    }

    @Test
    void updateReplacesARemovedLettersWordsInTheTextIndex() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-en-2.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        String word = uniqueWord(letters.resolve("events-en-2.txt"), letters.resolve("events-en-1.txt"));
        assertThat(textHits(db, word)).isEqualTo(1);

        Files.delete(letters.resolve("events-en-2.txt"));
        runner().update(letters, db, false);
        assertThat(textHits(db, word)).isZero();
    }

    @Test
    void anUnchangedFolderChangesNothing() throws IOException {
        Path letters = folder("letters", "events-en-1.txt", "events-ar-1.txt");
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        List<String> before = quads(db);
        UpdateReport report = runner().update(letters, db, false);
        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(report.added() + report.replaced() + report.removed()).isZero();
        assertThat(quads(db)).isEqualTo(before);
    }

    @Test
    void aDatabaseBuiltByAnotherVersionIsRefused() throws IOException {
        Path letters = folder("letters", "events-en-1.txt");
        Path db = tmp.resolve("db");
        new BuildRunner(Pipelines.project(), ModelFactory.createDefaultModel(), "0.0.1").build(letters, db, false);
        assertThatThrownBy(() -> runner().update(letters, db, false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("built by unkg 0.0.1").hasMessageContaining("full build");
    }

    /** A word of {@code file} that {@code other} does not contain (the letter's own words). */
    private static String uniqueWord(Path file, Path other) throws IOException {
        String otherText = Files.readString(other).toLowerCase(java.util.Locale.ROOT);
        for (String w : Files.readString(file).split("[^\\p{L}]+")) {
            if (w.length() > 6 && !otherText.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return w;
            }
        }
        throw new IllegalStateException("no word of " + file + " is missing from " + other);
    }
}
