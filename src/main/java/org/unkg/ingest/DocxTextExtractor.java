package org.unkg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.unkg.text.LetterReadException;

/**
 * Reads a Word document (.docx) with Apache POI: the paragraphs of the document body in order, one per
 * line (Word stores them in reading order, right-to-left ones included), table rows as lines of
 * tab-separated cells, a form feed at a page break, then footnotes and endnotes. Page headers and footers
 * are not read: in a Word file they are page furniture by construction.
 *
 * <p>An OLE2 file named .docx is either an encrypted .docx (refused: it needs a password) or a Word
 * 97-2003 document (read as one); anything else that is not a zip archive is refused.
 */
final class DocxTextExtractor implements TextExtractor {
    @Override
    public String extract(String name, byte[] bytes) throws LetterReadException {
        if (OfficeMagic.isOle2(bytes)) {
            if (isEncryptedOoxml(bytes)) {
                throw new LetterReadException(name, "encrypted Word document (it needs a password to open)");
            }
            return new DocTextExtractor().extract(name, bytes);
        }
        if (!OfficeMagic.isZip(bytes)) {
            throw new LetterReadException(name, bytes.length == 0 ? "empty file" : "not a Word .docx file (not a zip archive)");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            body(doc.getBodyElements(), out);
            for (XWPFAbstractFootnoteEndnote note : notes(doc)) {
                for (XWPFParagraph p : note.getParagraphs()) {
                    String t = p.getText();
                    if (!t.isBlank()) {
                        out.append(t).append('\n');
                    }
                }
            }
            return out.toString();
        } catch (EncryptedDocumentException e) {
            throw new LetterReadException(name, "encrypted Word document (it needs a password to open)");
        } catch (IOException | RuntimeException e) {
            throw new LetterReadException(name, "broken Word document (" + PdfTextExtractor.oneLine(e) + ")");
        }
    }

    private static void body(List<IBodyElement> elements, StringBuilder out) {
        for (IBodyElement el : elements) {
            if (el instanceof XWPFParagraph p) {
                paragraph(p, out);
            } else if (el instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    StringBuilder line = new StringBuilder();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        if (!line.isEmpty()) {
                            line.append('\t');
                        }
                        line.append(cell.getText().replace('\n', ' ').strip());
                    }
                    out.append(line).append('\n');
                }
            } else if (el instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText()).append('\n');
            }
        }
    }

    private static void paragraph(XWPFParagraph p, StringBuilder out) {
        if (p.isPageBreak() && !out.isEmpty()) {
            out.append('\f');
        }
        out.append(p.getText());
        boolean pageBreakAfter = false;
        for (XWPFRun run : p.getRuns()) {
            for (CTBr br : run.getCTR().getBrList()) {
                if (br.isSetType() && br.getType() == STBrType.PAGE) {
                    pageBreakAfter = true;
                }
            }
        }
        out.append('\n');
        if (pageBreakAfter) {
            out.append('\f');
        }
    }

    private static List<XWPFAbstractFootnoteEndnote> notes(XWPFDocument doc) {
        List<XWPFAbstractFootnoteEndnote> notes = new java.util.ArrayList<>(doc.getFootnotes());
        notes.addAll(doc.getEndnotes());
        return notes;
    }

    private static boolean isEncryptedOoxml(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
