package org.unkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.unkg.text.TextCleanup;

/**
 * An Arabic PDF whose text layer gives presentation forms (U+FB50–U+FEFF: the letters' contextual shapes,
 * as older producers map glyphs) reads as the same letter as one that gives the letters themselves.
 * The PDF is the Arabic fixture with its fonts' ToUnicode maps rewritten to map each Arabic glyph to one
 * of its letter's presentation forms.
 */
class PresentationFormsTest {
    private static final Pattern BFCHAR = Pattern.compile("(<[0-9A-Fa-f]+>\\s+<)([0-9A-Fa-f]+)(>)");

    /** The presentation forms of each Arabic letter, from the Unicode compatibility mappings. */
    private static Map<Character, List<Character>> forms() {
        Map<Character, List<Character>> forms = new HashMap<>();
        for (char c = '\uFE70'; c <= '\uFEFC'; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (base.length() == 1 && base.charAt(0) >= '\u0621' && base.charAt(0) <= '\u064A') {
                forms.computeIfAbsent(base.charAt(0), k -> new ArrayList<>()).add(c);
            }
        }
        return forms;
    }

    static byte[] withPresentationForms(byte[] pdf) throws IOException {
        Map<Character, List<Character>> forms = forms();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    COSBase toUnicode = res.getFont(name).getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
                    if (!(toUnicode instanceof COSStream stream)) {
                        continue;
                    }
                    String cmap = new String(stream.createInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                    Matcher m = BFCHAR.matcher(cmap);
                    StringBuilder out = new StringBuilder();
                    int n = 0;
                    while (m.find()) {
                        StringBuilder dst = new StringBuilder();
                        for (int i = 0; i + 4 <= m.group(2).length(); i += 4) {
                            char c = (char) Integer.parseInt(m.group(2).substring(i, i + 4), 16);
                            List<Character> shapes = forms.get(c);
                            char mapped = shapes == null ? c : shapes.get(n++ % shapes.size());
                            dst.append(String.format("%04X", (int) mapped));
                        }
                        m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + dst + m.group(3)));
                    }
                    m.appendTail(out);
                    try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        os.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void anArabicPdfGivingPresentationFormsReadsAsTheLetterItIs() throws Exception {
        byte[] original = Fixtures.bytes("pdf", "ar-rtl");
        byte[] shaped = withPresentationForms(original);
        try (PDDocument doc = Loader.loadPDF(shaped)) {
            long[] shapes = {0};
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    shapes[0] += text.getUnicode().chars().filter(c -> TextCleanup.isPresentationForm((char) c)).count();
                    super.processTextPosition(text);
                }
            };
            glyphs.getText(doc);
            assertThat(shapes[0]).as("glyphs mapped to presentation forms in the rewritten PDF").isGreaterThan(500);
        }
        LetterIngest ingest = new LetterIngest(LetterFormats.defaults(), Fixtures.reader());
        String expected = ingest.read("a.pdf", LetterFormat.PDF, original).body();
        String read = ingest.read("b.pdf", LetterFormat.PDF, shaped).body();
        assertThat(read).isEqualTo(expected).contains("مركز الأمم المتحدة الإقليمي للدبلوماسية الوقائية");
        assertThat(read.chars().noneMatch(c -> TextCleanup.isPresentationForm((char) c))).isTrue();
    }

    @Test
    void onlyPresentationFormsAreFolded() {
        assertThat(GlyphCollector.foldPresentationForms("\uFEDF\uFEE4\uFEAA\uFEFB")).isEqualTo("لمدلا");
        assertThat(GlyphCollector.foldPresentationForms("ﬁ office ²")).isEqualTo("ﬁ office ²");
    }
}
