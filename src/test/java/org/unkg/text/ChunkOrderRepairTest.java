package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Visual-order Arabic whose chunks keep their words in reading order (the form the test-letter tool makes). */
class ChunkOrderRepairTest {
    private static final Path DIR = Path.of("src", "test", "resources", "text", "chunk-order");

    private static String words(String s) {
        return s.replace("\u0640", "").replaceAll("\\s+", " ").strip();
    }

    @Test
    void aLetterWhoseChunksKeepTheirWordsReadsBackAsWritten() throws Exception {
        LetterText letter = TextRules.reader().read(DIR.resolve("mangled.txt"));
        assertThat(letter.layout()).isEqualTo(Layout.VISUAL_PDF);
        String logical = Files.readString(DIR.resolve("logical.txt"), StandardCharsets.UTF_8)
                .chars().mapToObj(c -> c >= '0' && c <= '9' ? String.valueOf((char) (c - '0' + '\u0660')) : String.valueOf((char) c))
                .reduce("", String::concat);
        assertThat(words(letter.body())).isEqualTo(words(logical.replace("S/٢٠١١/٦١٠", "S/2011/610")));
    }

    @Test
    void chunksAreReversedAndBracketsMirroredWithOffsetsKept() {
        OffsetText line = OffsetText.identity(" مون        )توقيع( بان كي -  ");
        OffsetText repaired = new ChunkOrderRepair().repair(line);
        assertThat(repaired.text()).isEqualTo("(توقيع) بان كي - مون");
        assertThat(repaired.sourceOffset(repaired.text().indexOf("مون"))).isEqualTo(1);
    }

    @Test
    void aPdfExtractionThatSplitsJustifiedWordsIsNotTakenForThisForm() {
        assertThat(ChunkOrderRepair.applies(List.of(" ــة     ــالة مؤرخـ ــار٧رسـ ــايو / أيـ ــيس   ٢٠٠٧مـ ــام إلى رئـ",
                " ٢٠٠٥مايو / أيار ١٠رسالة مؤرخة     إلى   موجهة من الأمين العـام"))).isFalse();
        assertThat(ChunkOrderRepair.applies(List.of(" العام إلى   الثاني/نوفمبـــر ٢٠١١ موجهة مــن الأميـن   رسالة مؤرخة ١٧ تشرين  ",
                " الحالة فـــي ليبـــيا.   )S/2011/610( بــشأن  "))).isTrue();
    }

    @Test
    void logicalArabicWithoutStretchedWordsOrDatesGivesNoEvidence() {
        assertThat(ChunkOrderRepair.applies(List.of("أود أن أبلغكم بأن المجلس قد اجتمع"))).isFalse();
    }

    @Test
    void readsStretchedWordsAsSplittingTheLinesByWhiteSpaceRead() {
        // lines without digits (no day pairs): the form applies when no word opens or ends with a tatweel and one holds it
        java.util.Random random = new java.util.Random(8);
        String alphabet = "\u0640\u0640\u0640مكتبالعام  \t\u000B\f\r\u00A0\u2003";
        int applying = 0;
        for (int n = 0; n < 5_000; n++) {
            List<String> lines = new java.util.ArrayList<>();
            for (int k = random.nextInt(4); k >= 0; k--) {
                lines.add(RandomTexts.of(random, alphabet, 25));
            }
            int edge = 0;
            int inner = 0;
            for (String line : lines) {
                if (!VisualOrderDetector.isArabicLine(line)) {
                    continue;
                }
                for (String token : line.strip().split("\\s+")) {
                    if (token.isEmpty()) {
                        continue;
                    }
                    if (token.charAt(0) == TextCleanup.TATWEEL || token.charAt(token.length() - 1) == TextCleanup.TATWEEL) {
                        edge++;
                    } else if (token.indexOf(TextCleanup.TATWEEL) > 0) {
                        inner++;
                    }
                }
            }
            assertThat(ChunkOrderRepair.applies(lines)).as("%s", lines).isEqualTo(edge == 0 && inner > 0);
            applying += edge == 0 && inner > 0 ? 1 : 0;
        }
        assertThat(applying).isBetween(100, 4_900);
    }
}
