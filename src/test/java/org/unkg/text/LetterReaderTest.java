package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LetterReaderTest {
    private final LetterReader reader = TextRules.reader();

    @Test
    void refusesLatin1FileAmongGoodOnesNamingByteAndOffset() throws Exception {
        byte[] good = "Letter dated 3 March 2011 from the Permanent Representative of France".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("good.txt", good).body()).startsWith("Letter dated");
        byte[] latin1 = "Lettre dat\u00e9e du 3 mars 2011".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("lettre.txt", latin1))
                .isInstanceOf(LetterReadException.class)
                .hasMessageContaining("lettre.txt")
                .hasMessageContaining("not valid UTF-8 (byte 0xE9 at offset 10)");
    }

    @Test
    void refusesBinaryFileWithNulBytes() {
        byte[] binary = {'%', 'P', 'D', 'F', 0, 1, 2, 3, 0, 0};
        assertThatThrownBy(() -> reader.read("scan.pdf", binary))
                .isInstanceOf(LetterReadException.class)
                .hasMessageContaining("scan.pdf")
                .hasMessageContaining("binary");
    }

    @Test
    void refusesFileOfControlCharacters() {
        byte[] noise = new byte[40];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertThatThrownBy(() -> reader.read("noise.txt", noise)).hasMessageContaining("binary");
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyFiles() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0]))
                .isInstanceOf(LetterReadException.class).hasMessageContaining("empty.txt").hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read("blank.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(LetterReadException.class).hasMessageContaining("blank.txt").hasMessageContaining("whitespace");
    }

    @Test
    void stripsByteOrderMarkAndMakesLineEndsLf() throws Exception {
        byte[] text = "\uFEFFDistr.: General\r\n2 June 2012\r\nOriginal: French\r\n".getBytes(StandardCharsets.UTF_8);
        LetterText letter = reader.read("a.txt", text);
        assertThat(letter.original()).isEqualTo("Distr.: General\n2 June 2012\nOriginal: French\n");
        assertThat(letter.body()).isEqualTo("Distr.: General\n2 June 2012\nOriginal: French");
        assertThat(letter.layout()).isEqualTo(Layout.DISTR_HEADER);
        assertThat(letter.stem()).isEqualTo("a");
    }

    @Test
    void matchFormMapsBackToBodyOffsets() throws Exception {
        LetterText letter = reader.read("m.txt", "قرار مجلس الأمن ١٥٤٠".getBytes(StandardCharsets.UTF_8));
        OffsetText match = letter.match();
        int at = match.text().indexOf("1540");
        assertThat(at).isPositive();
        assertThat(letter.body().substring(match.sourceOffset(at), match.sourceEnd(at + 4))).isEqualTo("١٥٤٠");
        assertThat(letter.language()).isEqualTo("ar");
    }
}
