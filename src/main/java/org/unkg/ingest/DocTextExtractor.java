package org.unkg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.unkg.text.LetterReadException;

/**
 * Reads a Word 97-2003 document (.doc) with Apache POI's HWPF: the paragraphs of the main document (no
 * headers or footers), fields reduced to their results, Word's page-break character kept as a form
 * feed, its cell marks made tabs and its line breaks LF. A zip archive named .doc is read as a .docx.
 */
final class DocTextExtractor implements TextExtractor {
    @Override
    public String extract(String name, byte[] bytes) throws LetterReadException {
        if (OfficeMagic.isZip(bytes)) {
            return new DocxTextExtractor().extract(name, bytes);
        }
        if (!OfficeMagic.isOle2(bytes)) {
            throw new LetterReadException(name, bytes.length == 0 ? "empty file" : "not a Word 97-2003 .doc file (no OLE2 header)");
        }
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
             WordExtractor extractor = new WordExtractor(doc)) {
            StringBuilder out = new StringBuilder();
            for (String paragraph : extractor.getParagraphText()) {
                String t = WordExtractor.stripFields(paragraph)
                        .replace("\r\n", "").replace('\r', '\n')
                        .replace('\u000B', '\n').replace('\u0007', '\t');
                out.append(t).append('\n');
            }
            return out.toString();
        } catch (OldWordFileFormatException e) {
            throw new LetterReadException(name, "Word 95 or older document: save it as .docx");
        } catch (EncryptedDocumentException e) {
            throw new LetterReadException(name, "encrypted Word document (it needs a password to open)");
        } catch (IOException | RuntimeException e) {
            throw new LetterReadException(name, "broken Word document (" + PdfTextExtractor.oneLine(e) + ")");
        }
    }
}
