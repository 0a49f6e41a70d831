package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.util.IsoMatcher;
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
import org.unkg.graph.Ids;
import org.unkg.model.LetterFacts;

class BuildRunnerTest {
    static final String LETTER_EN = """
            Letter dated 12 April 2011 from the Secretary-General addressed to the
            President of the Security Council

            I have the honour to inform you of my intention to extend the United Nations
            Office for West Africa until 31 December 2013.

            (Signed) Ban Ki-moon
            """;
    static final String LETTER_AR = """
            رسالة مؤرخة ١٢ نيسان/أبريل ٢٠١١ موجهة من الأمين العام إلى رئيس مجلس الأمن
            أتشرف بإبلاغكم باعتزامي تمديد ولاية مكتب الأمم المتحدة لغرب أفريقيا حتى ٣١ كانون الأول/ديسمبر ٢٠١٣.
            (توقيع) بان كي - مون
            """;

    @TempDir
    Path tmp;

    private BuildRunner runner() {
        return new BuildRunner(emptyCatalog(), ModelFactory.createDefaultModel(), "test");
    }

    /** The production pipeline over an empty catalog and the repository's rules. */
    private static ExtractionContext emptyCatalog() {
        return ExtractionContext.of(new Catalog(ModelFactory.createDefaultModel()), RuleFiles.load(Pipelines.RULES));
    }

    private Path letters(String... nameAndText) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("letters"));
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(dir.resolve(nameAndText[i]), nameAndText[i + 1]);
        }
        return dir;
    }

    private static int letterGraphCount(Path db) {
        Dataset ds = Tdb.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                int n = 0;
                for (var it = ds.listNames(); it.hasNext(); ) {
                    if (it.next().startsWith(Ids.letterGraph(""))) {
                        n++;
                    }
                }
                return n;
            });
        } finally {
            ds.close();
        }
    }

    @Test
    void unreadableLettersAreReportedByNameAndTheGoodOnesLand() throws IOException {
        Path dir = letters("a-en.txt", LETTER_EN, "b-ar.txt", LETTER_AR, "c-empty.txt", "  \n");
        Files.write(dir.resolve("d-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0});
        Files.write(dir.resolve("e-latin1.txt"), "Lettre datée du 12 avril 2011 adressée au Président".getBytes(StandardCharsets.ISO_8859_1));

        BuildReport report = runner().build(dir, tmp.resolve("db"));

        assertThat(report.letters()).isEqualTo(2);
        assertThat(report.errors()).hasSize(3);
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("c-empty.txt"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("d-binary.txt"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("e-latin1.txt").contains("UTF-8"));
        assertThat(letterGraphCount(tmp.resolve("db"))).isEqualTo(2);
    }

    @Test
    void aBuildThatFailsHalfWayLeavesThePreviousDatabaseIntact() throws IOException {
        Path db = tmp.resolve("db");
        Path dir = letters("a-en.txt", LETTER_EN, "b-ar.txt", LETTER_AR);
        runner().build(dir, db);
        assertThat(letterGraphCount(db)).isEqualTo(2);

        Extractor fatal = new Extractor() {
            @Override
            public String name() {
                return "fatal";
            }

            @Override
            public void extract(LetterAnalysis letter, LetterFacts out) {
                if (letter.letter().source().startsWith("b")) {
                    throw new Error("simulated fatal failure");
                }
            }
        };
        BuildRunner failing = new BuildRunner(new ExtractionPipeline(List.of(fatal), emptyCatalog()),
                ModelFactory.createDefaultModel(), "test");
        Files.writeString(dir.resolve("c-en.txt"), LETTER_EN.replace("2011", "2012"));

        assertThatThrownBy(() -> failing.build(dir, db)).isInstanceOf(Error.class).hasMessage("simulated fatal failure");

        assertThat(letterGraphCount(db)).isEqualTo(2);
        try (var siblings = Files.list(tmp)) {
            // the database link and the one generation it points to; the failed build's generation is gone
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("db")))
                    .containsExactlyInAnyOrder("db", db.toRealPath().getFileName().toString());
        }
    }

    @Test
    void theSameBuildRunTwiceGivesIsomorphicDatasets() throws IOException {
        Path dir = letters("a-en.txt", LETTER_EN, "b-ar.txt", LETTER_AR);
        runner().build(dir, tmp.resolve("db1"));
        runner().build(dir, tmp.resolve("db2"));
        assertThat(IsoMatcher.isomorphic(copy(tmp.resolve("db1")).asDatasetGraph(), copy(tmp.resolve("db2")).asDatasetGraph())).isTrue();
    }

    @Test
    void rebuildingReplacesThePreviousGraph() throws IOException {
        Path db = tmp.resolve("db");
        Path dir = letters("a-en.txt", LETTER_EN, "b-ar.txt", LETTER_AR);
        runner().build(dir, db);
        Files.delete(dir.resolve("b-ar.txt"));
        runner().build(dir, db);
        Dataset ds = Tdb.open(db);
        try {
            assertThat(Txn.calculateRead(ds, () -> ds.containsNamedModel(Ids.letterGraph("b-ar")))).isFalse();
            assertThat(Txn.calculateRead(ds, () -> ds.containsNamedModel(Ids.letterGraph("a-en")))).isTrue();
        } finally {
            ds.close();
        }
    }

    @Test
    void aBuildRecordsTheLabelGroupsOfItsSharedGraphsForTheFirstUpdate() throws IOException {
        // two catalog resources share a preferred label: the one group a full computation finds
        Model ontology = ModelFactory.createDefaultModel();
        ontology.read(new java.io.StringReader("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/a> skos:prefLabel "Asie"@fr . <https://example.org/b> skos:prefLabel "Asie"@fr .
                <https://example.org/c> skos:prefLabel "Europe"@fr .
                """), null, "TTL");
        Path db = tmp.resolve("db");
        new BuildRunner(emptyCatalog(), ontology, "test").build(letters("a-en.txt", LETTER_EN, "b-ar.txt", LETTER_AR), db);
        Dataset ds = Tdb.open(db);
        try {
            var recorded = Txn.calculateRead(ds, () -> SubjectYears.recordedGroups(ds.asDatasetGraph()));
            assertThat(recorded).isNotNull().containsOnlyKeys("asie");
        } finally {
            ds.close();
        }
    }

    @Test
    void aMissingLettersDirectoryIsAClearError() {
        assertThatThrownBy(() -> runner().build(tmp.resolve("nowhere"), tmp.resolve("db")))
                .isInstanceOf(StoreException.class).hasMessageContaining("nowhere");
    }

    private static Dataset copy(Path db) {
        Dataset ds = Tdb.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                Dataset mem = DatasetFactory.create();
                ds.listNames().forEachRemaining(n -> mem.addNamedModel(n, copyOf(ds.getNamedModel(n))));
                return mem;
            });
        } finally {
            ds.close();
        }
    }

    private static Model copyOf(Model m) {
        return ModelFactory.createDefaultModel().add(m);
    }
}
