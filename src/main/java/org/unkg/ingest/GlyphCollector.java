package org.unkg.ingest;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.unkg.text.TextCleanup;

/**
 * Collects the glyphs of each page as PDFBox parses them, in content-stream order, instead of letting
 * PDFBox write text: line building and reading order are {@link PageText}'s and {@link LineOrder}'s.
 * A glyph's text is what the PDF maps it to, with Arabic presentation forms (U+FB50–U+FDFF,
 * U+FE70–U+FEFE) folded to their letters (compatibility decomposition of those characters only); a glyph
 * the PDF maps to nothing gets no text (PDFBox would give its raw character code).
 */
final class GlyphCollector extends PDFTextStripper {
    private final List<List<Glyph>> pages = new ArrayList<>();

    GlyphCollector() {
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The glyphs of every page processed, page by page. */
    List<List<Glyph>> pages() {
        return pages;
    }

    @Override
    protected void writePage() throws IOException {
        List<Glyph> page = new ArrayList<>();
        int index = 0;
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition tp : article) {
                double size = tp.getFontSizeInPt();
                if (!(size > 0)) {
                    size = tp.getHeightDir() * 1.5;
                }
                page.add(new Glyph(textOf(tp), tp.getXDirAdj(), tp.getYDirAdj(), tp.getWidthDirAdj(), size, index++));
            }
        }
        pages.add(page);
    }

    private static String textOf(TextPosition tp) {
        String text = tp.getUnicode();
        if (text == null || !mapped(tp)) {
            return "";
        }
        return foldPresentationForms(text);
    }

    /** Whether the font maps the glyph's code to text (PDFBox falls back to the raw code for simple fonts). */
    private static boolean mapped(TextPosition tp) {
        PDFont font = tp.getFont();
        int[] codes = tp.getCharacterCodes();
        if (font == null || codes == null || codes.length == 0) {
            return true;
        }
        for (int code : codes) {
            try {
                if (font.toUnicode(code) != null) {
                    return true;
                }
            } catch (RuntimeException e) {
                return true;
            }
        }
        return false;
    }

    /** Arabic presentation forms folded to base letters (NFKC on those characters only); the rest as is. */
    static String foldPresentationForms(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextCleanup.isPresentationForm(c)) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
