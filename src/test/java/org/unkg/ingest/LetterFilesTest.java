package org.unkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.graph.Ids;
import org.unkg.store.BuildReport;
import org.unkg.store.Tdb;

/** Which files of a letters folder are letters, in which format, and how sub-folders name them. */
class LetterFilesTest {
    @TempDir
    Path tmp;

    private Path folder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("letters"));
        Files.createDirectories(dir.resolve("2024/annexes"));
        Files.createDirectories(dir.resolve(".drafts"));
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("B.PDF"), "x");
        Files.writeString(dir.resolve("no-extension"), "x");
        Files.writeString(dir.resolve(".notes.txt"), "x");
        Files.writeString(dir.resolve("2024/c.docx"), "x");
        Files.writeString(dir.resolve("2024/annexes/d.doc"), "x");
        Files.writeString(dir.resolve(".drafts/e.pdf"), "x");
        return dir;
    }

    @Test
    void withoutRecursionOnlyTheFolderItselfIsRead() throws Exception {
        assertThat(LetterFiles.list(folder(), false, LetterFormats.defaults()))
                .extracting(LetterSource::name, s -> s.format().mediaType())
                .containsExactly(tuple("B.PDF", "application/pdf"), tuple("a.txt", "text/plain"), tuple("no-extension", "text/plain"));
    }

    @Test
    void recursionReadsSubFoldersByRelativePathAndSkipsHiddenOnes() throws Exception {
        assertThat(LetterFiles.list(folder(), true, LetterFormats.defaults()))
                .extracting(LetterSource::name, LetterSource::format)
                .containsExactly(
                        tuple("2024/annexes/d.doc", LetterFormat.DOC),
                        tuple("2024/c.docx", LetterFormat.DOCX),
                        tuple("B.PDF", LetterFormat.PDF),
                        tuple("a.txt", LetterFormat.TEXT),
                        tuple("no-extension", LetterFormat.TEXT));
    }

    @Test
    void aLetterInASubFolderIsNamedByItsPathAndTwoFilesOfOneNameAreOneError() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.createDirectories(dir.resolve("2024"));
        Files.copy(Fixtures.letter("pdf", "en-one-page"), dir.resolve("2024/en-one-page.pdf"));
        Files.copy(Fixtures.letter("txt", "en-annex"), dir.resolve("en-annex.txt"));
        Files.copy(Fixtures.letter("docx", "en-annex"), dir.resolve("en-annex.docx"));

        BuildReport report = Fixtures.runner().build(dir, tmp.resolve("db"), true);

        assertThat(report.letters()).isEqualTo(2);
        assertThat(report.errors()).singleElement().asString()
                .startsWith("en-annex.txt: ").contains("en-annex.docx").contains("rename");
        Dataset ds = Tdb.open(tmp.resolve("db"));
        try {
            assertThat(Txn.calculateRead(ds, () -> ds.containsNamedModel(Ids.letterGraph("2024/en-one-page")))).isTrue();
        } finally {
            ds.close();
        }
        assertThat(LettersFolder.recorded(tmp.resolve("db"))).contains(dir.toRealPath());
    }
}
