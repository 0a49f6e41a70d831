package org.unkg.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.text.LetterReadException;

/**
 * Reads a PDF's text layer with Apache PDFBox: the glyphs of each page ({@link GlyphCollector}) made into
 * lines in reading order ({@link PageText}), pages separated by form feeds as a PDF-to-text tool separates
 * them, page headers and footers left for the text layer's page-furniture rules.
 *
 * <p>Refused, each with a one-line reason: a file that is not a PDF, a truncated one (no {@code %%EOF}
 * near its end: an interrupted download would otherwise lose its last pages silently), one that needs a
 * password, one PDFBox cannot parse, and one without a text layer (a scan).
 */
final class PdfTextExtractor implements TextExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(PdfTextExtractor.class);
    /** How far from the end of the file the {@code %%EOF} marker may stand. */
    static final int EOF_WINDOW = 1024;

    @Override
    public String extract(String name, byte[] bytes) throws LetterReadException {
        if (!startsWithPdfHeader(bytes)) {
            throw new LetterReadException(name, bytes.length == 0 ? "empty file" : "not a PDF (no %PDF- header)");
        }
        if (!hasEofMarker(bytes)) {
            throw new LetterReadException(name, "truncated PDF (no %%EOF end marker: the file is incomplete)");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            GlyphCollector collector = new GlyphCollector();
            collector.writeText(doc, java.io.Writer.nullWriter());
            Text text = text(collector.pages(), false);
            if (text.bracketErrors() > 0) {
                Text mirrored = text(collector.pages(), true);
                if (mirrored.bracketErrors() < text.bracketErrors()) {
                    LOG.debug("{}: brackets in right-to-left runs mirrored ({} unmatched otherwise, {} so)",
                            name, text.bracketErrors(), mirrored.bracketErrors());
                    text = mirrored;
                }
            }
            if (text.text().codePoints().noneMatch(Character::isLetter)) {
                throw new LetterReadException(name, hasImages(doc)
                        ? "no text layer (scanned?): its pages are images; run OCR on it first"
                        : "no text layer (scanned?): its pages show no text");
            }
            LOG.debug("{}: {} pages, right-to-left lines drawn in reading order {}, in visual order {}",
                    name, doc.getNumberOfPages(), text.logicalLines(), text.visualLines());
            return text.text();
        } catch (InvalidPasswordException e) {
            throw new LetterReadException(name, "encrypted PDF (it needs a password to open)");
        } catch (IOException | RuntimeException e) {
            throw new LetterReadException(name, "broken PDF (" + oneLine(e) + ")");
        }
    }

    /** A document's text and what its lines were. */
    private record Text(String text, int logicalLines, int visualLines, int bracketErrors) {}

    /** The pages' text, each page ending with a line end and a form feed between pages. */
    private static Text text(List<List<Glyph>> pages, boolean mirror) {
        StringBuilder out = new StringBuilder();
        int logical = 0;
        int visual = 0;
        for (List<Glyph> glyphs : pages) {
            PageText.Page page = PageText.read(glyphs, mirror);
            if (!out.isEmpty()) {
                out.append('\f');
            }
            out.append(page.text()).append('\n');
            logical += page.logicalLines();
            visual += page.visualLines();
        }
        String text = out.toString();
        return new Text(text, logical, visual, bracketErrors(text));
    }

    /** Closing brackets without an opening one before them, plus opening ones never closed. */
    static int bracketErrors(String text) {
        int errors = 0;
        int round = 0;
        int square = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '(' -> round++;
                case ')' -> { if (round > 0) { round--; } else { errors++; } }
                case '[' -> square++;
                case ']' -> { if (square > 0) { square--; } else { errors++; } }
                default -> { }
            }
        }
        return errors + round + square;
    }

    private static boolean startsWithPdfHeader(byte[] bytes) {
        int window = Math.min(bytes.length, EOF_WINDOW);
        return new String(bytes, 0, window, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    private static boolean hasEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static boolean hasImages(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            if (res == null) {
                continue;
            }
            for (COSName n : res.getXObjectNames()) {
                try {
                    if (res.getXObject(n) instanceof PDImageXObject) {
                        return true;
                    }
                } catch (IOException e) {
                    return true;
                }
            }
        }
        return false;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }
}
