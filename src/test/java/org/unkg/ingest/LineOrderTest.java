package org.unkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading order of one PDF line from its glyphs: the stream order detected per line (reading order kept,
 * visual order put in reading order), word spaces from gaps, glyphs without text, overlaid glyphs.
 */
class LineOrderTest {
    private static final double W = 6;
    private static final double SIZE = 12;

    /** Glyphs of {@code chars} standing left to right from x = 0, each W wide, drawn in that (visual) order. */
    private static List<Glyph> drawnLeftToRight(String... chars) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < chars.length; i++) {
            out.add(new Glyph(chars[i], i * W, 100, W, SIZE, i));
        }
        return out;
    }

    /**
     * How a PDF shows {@code logical} on one right-to-left line: each character a glyph placed where the bidi
     * algorithm puts it; drawn in reading order when {@code streamLogical}, else left to right; brackets in
     * right-to-left runs mapped to the character their mirrored shape shows when {@code shapes}.
     */
    private static List<Glyph> shown(String logical, boolean streamLogical, boolean shapes) {
        Bidi bidi = new Bidi(logical, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int n = logical.length();
        byte[] levels = new byte[n];
        Integer[] visual = new Integer[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
            visual[i] = i;
        }
        Bidi.reorderVisually(levels, 0, visual, 0, n);
        double[] x = new double[n];
        for (int pos = 0; pos < n; pos++) {
            x[visual[pos]] = pos * W;
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = streamLogical ? k : visual[k];
            String c = String.valueOf(logical.charAt(i));
            if (shapes && (levels[i] & 1) == 1) {
                c = switch (c) { case "(" -> ")"; case ")" -> "("; default -> c; };
            }
            glyphs.add(new Glyph(c, x[i], 100, W, SIZE, k));
        }
        return glyphs;
    }

    @Test
    void anArabicLineDrawnLeftToRightIsPutInReadingOrderWithItsSymbolAndBrackets() {
        // رسالة (S/2024/118) as it stands on the page, left to right, each glyph mapped to the character typed
        List<Glyph> line = drawnLeftToRight(")", "S", "/", "2", "0", "2", "4", "/", "1", "1", "8", "(", " ",
                "ة", "ل", "ا", "س", "ر");
        LineOrder.Line read = LineOrder.read(line, false);
        assertThat(read.text()).isEqualTo("رسالة (S/2024/118)");
        assertThat(read.order()).isEqualTo(LineOrder.StreamOrder.VISUAL);
    }

    @Test
    void theSameLineDrawnInReadingOrderOrLeftToRightReadsTheSame() {
        String logical = "أشير إلى الرسالة (S/2007/279) المؤرخة ١٥ نيسان/أبريل ٢٠٢٤ بشأن المركز";
        LineOrder.Line drawnLogically = LineOrder.read(shown(logical, true, false), false);
        LineOrder.Line drawnVisually = LineOrder.read(shown(logical, false, false), false);
        assertThat(drawnLogically.order()).isEqualTo(LineOrder.StreamOrder.LOGICAL);
        assertThat(drawnVisually.order()).isEqualTo(LineOrder.StreamOrder.VISUAL);
        assertThat(drawnLogically.text()).isEqualTo(logical);
        assertThat(drawnVisually.text()).isEqualTo(logical);
    }

    @Test
    void bracketsAreMirroredOnlyWhenTheFileMapsGlyphsToTheShapesTheyShow() {
        String logical = "وذلك (انظر المرفق) في عام ٢٠٢٤";
        assertThat(LineOrder.read(shown(logical, false, true), true).text()).isEqualTo(logical);
        assertThat(LineOrder.read(shown(logical, false, false), false).text()).isEqualTo(logical);
        assertThat(LineOrder.read(shown(logical, false, true), false).text()).isEqualTo("وذلك )انظر المرفق( في عام ٢٠٢٤");
    }

    @Test
    void anAlefDrawnWithoutAdvanceOverItsLamStaysAfterTheLam() {
        // الأمن as LibreOffice draws it with Noto Naskh: lam, then the alef with hamza overlaid at no advance
        List<Glyph> line = List.of(
                new Glyph("ن", 0, 100, 8, SIZE, 0),
                new Glyph("م", 8, 100, 6, SIZE, 1),
                new Glyph("أ", 14.1, 100, 0, SIZE, 2),
                new Glyph("ل", 14, 100, 7, SIZE, 3),
                new Glyph("ا", 21, 100, 3, SIZE, 4));
        assertThat(LineOrder.read(line, false).text()).isEqualTo("الأمن");
    }

    @Test
    void aJustificationStrokeWithoutTextWidensNoWordIntoTwo() {
        // أتشرف drawn left to right with a kashida glyph the PDF maps to no text between ش and ت
        List<Glyph> line = List.of(
                new Glyph("ف", 0, 100, 6, SIZE, 0),
                new Glyph("ر", 6, 100, 5, SIZE, 1),
                new Glyph("ش", 11, 100, 8, SIZE, 2),
                new Glyph("", 19, 100, 12, SIZE, 3),
                new Glyph("ت", 31, 100, 5, SIZE, 4),
                new Glyph("أ", 36, 100, 3, SIZE, 5));
        assertThat(LineOrder.read(line, false).text()).isEqualTo("أتشرف");
    }

    @Test
    void aGapWiderThanAFifthOfTheFontSizeIsAWordSpace() {
        List<Glyph> line = new ArrayList<>();
        String words = "Security Council";
        double x = 0;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c == ' ') {
                x += 0.3 * SIZE;
                continue;
            }
            line.add(new Glyph(String.valueOf(c), x, 100, W, SIZE, i));
            x += W + 0.05 * SIZE;
        }
        LineOrder.Line read = LineOrder.read(line, false);
        assertThat(read.text()).isEqualTo("Security Council");
        assertThat(read.order()).isEqualTo(LineOrder.StreamOrder.LEFT_TO_RIGHT);
    }

    @Test
    void anArabicNameInAnEnglishLineIsReversedInPlace() {
        List<Glyph> line = drawnLeftToRight("s", "e", "a", "t", " ", "i", "n", " ", "د", "ا", "ب", "آ", " ", "ق", "ش", "ع",
                " ", "s", "i", "n", "c", "e");
        assertThat(LineOrder.read(line, false).text()).isEqualTo("seat in عشق آباد since");
    }
}
