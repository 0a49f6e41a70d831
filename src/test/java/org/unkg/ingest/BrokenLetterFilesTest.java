package org.unkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.store.BuildReport;
import org.unkg.text.LetterReadException;

/**
 * PDF and Word files that cannot be read as letters are each reported in one line naming the file and
 * the reason, and the good letters beside them land. The bad files are made here from the committed
 * fixtures with PDFBox: a scan (a page rendered to an image, nothing else on it), a PDF that needs a
 * password, a PDF cut short as an interrupted download leaves it, and a .docx that is no zip archive.
 */
class BrokenLetterFilesTest {
    @TempDir
    Path tmp;

    /** The first page of a fixture rendered to a grey image, alone on the page of a new PDF: what a scanner gives. */
    static byte[] scanned(String name) throws IOException {
        try (PDDocument original = Loader.loadPDF(Fixtures.bytes("pdf", name)); PDDocument scan = new PDDocument()) {
            BufferedImage image = new PDFRenderer(original).renderImageWithDPI(0, 72, ImageType.GRAY);
            PDPage page = new PDPage(original.getPage(0).getMediaBox());
            scan.addPage(page);
            PDImageXObject xobject = LosslessFactory.createFromImage(scan, image);
            try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                cs.drawImage(xobject, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            return save(scan);
        }
    }

    /** A fixture encrypted with AES-128: with a user password it cannot be opened without it. */
    static byte[] encrypted(String name, String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Fixtures.bytes("pdf", name))) {
            AccessPermission none = new AccessPermission();
            none.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, none);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Test
    void scannedEncryptedTruncatedAndNonZipFilesAreOneLineErrorsAndTheGoodLettersLand() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("letters"));
        Files.copy(Fixtures.letter("txt", "en-one-page"), dir.resolve("good-en.txt"));
        Files.copy(Fixtures.letter("pdf", "ar-rtl"), dir.resolve("good-ar.pdf"));
        Files.copy(Fixtures.letter("docx", "fr-two-pages"), dir.resolve("good-fr.docx"));
        Files.write(dir.resolve("scan.pdf"), scanned("en-one-page"));
        Files.write(dir.resolve("locked.pdf"), encrypted("fr-two-pages", "reader-secret"));
        byte[] whole = Fixtures.bytes("pdf", "en-annex");
        Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length * 3 / 5));
        Files.writeString(dir.resolve("notes.docx"), "Letter dated 4 March 2024 from the Secretary-General\n");

        BuildReport report = Fixtures.runner().build(dir, tmp.resolve("db"));

        assertThat(report.letters()).isEqualTo(3);
        assertThat(report.errors()).hasSize(4).allSatisfy(e -> assertThat(e).doesNotContain("\n"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("scan.pdf: ").contains("no text layer (scanned?)"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("locked.pdf: ").contains("encrypted").contains("password"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("cut.pdf: ").contains("truncated"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("notes.docx: ").contains("not a zip archive"));
    }

    @Test
    void aPdfRestrictedOnlyByAnOwnerPasswordOpensAndReadsLikeTheOriginal() throws Exception {
        LetterIngest ingest = new LetterIngest(LetterFormats.defaults(), Fixtures.reader());
        String open = ingest.read("a.pdf", LetterFormat.PDF, Fixtures.bytes("pdf", "fr-two-pages")).body();
        String restricted = ingest.read("b.pdf", LetterFormat.PDF, encrypted("fr-two-pages", "")).body();
        assertThat(restricted).isEqualTo(open).contains("Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel");
    }

    @Test
    void aPdfThatBreaksInsideIsReportedWithPdfBoxsReason() {
        byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a PDF body\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new PdfTextExtractor().extract("odd.pdf", garbage))
                .isInstanceOf(LetterReadException.class)
                .hasMessageStartingWith("odd.pdf: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aFileNamedPdfThatIsTextIsNotAPdf() {
        assertThatThrownBy(() -> new PdfTextExtractor().extract("letter.pdf", "Letter dated 4 March 2024".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("letter.pdf: not a PDF (no %PDF- header)");
    }

    @Test
    void aWord97DocumentNamedDocxIsReadAsOneAndADocxNamedDocAsADocx() throws Exception {
        String docAsDocx = new DocxTextExtractor().extract("x.docx", Fixtures.bytes("doc", "en-one-page"));
        String docxAsDoc = new DocTextExtractor().extract("y.doc", Fixtures.bytes("docx", "en-one-page"));
        assertThat(docAsDocx).contains("Regional Office for Central Africa");
        assertThat(docxAsDoc).contains("Regional Office for Central Africa");
    }
}
