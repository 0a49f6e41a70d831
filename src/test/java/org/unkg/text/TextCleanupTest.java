package org.unkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Character clean-up keeps offsets: tatweel and controls dropped, tabs made spaces, presentation forms and clusters
 * put in normal form; what it gives is pinned against the plain rule (each cluster through the normalizer) on
 * random texts, so its shortcuts (lines left as they are, characters NFC keeps alone) change nothing.
 */
class TextCleanupTest {
    @Test
    void aLineThatNeedsNoChangeIsKeptWithItsOffsets() {
        OffsetText in = new OffsetText("Security Council", offsets(16, 100), 200);
        OffsetText out = TextCleanup.clean(in);
        assertThat(out.text()).isEqualTo("Security Council");
        assertThat(out.sourceOffset(3)).isEqualTo(103);
        assertThat(out.sourceOffset(out.length())).isEqualTo(200);
    }

    @Test
    void tatweelIsDroppedAPresentationFormFoldedAndACombiningAccentComposed() {
        OffsetText out = TextCleanup.clean(OffsetText.identity("مـجلس \uFEF7 e\u0301\tx"));
        assertThat(out.text()).isEqualTo("مجلس \u0644\u0623 é x");
        // the composed é maps to where its base letter stood
        assertThat(out.sourceOffset(out.text().indexOf('é'))).isEqualTo("مـجلس \uFEF7 ".length());
    }

    @Test
    void givesWhatNormalizingEachClusterGivesOnRandomTexts() {
        char[] alphabet = {'a', 'Z', ' ', '\t', '\n', '\u0007', '\u0085', '\u00E9', '\u00C5', 'e', '\u0301', '\u0308',
                '\u0327', 'A', '\u212B', '\u2126', '\u0640', '\uFEFF', 'ب', 'ا', '\u0653', '\u064E', '\uFE8D', '\uFEF7',
                '\u0915', '\u093C', '\u0958', '\u1100', '\u1161', '\u11A8', 'Ж', '\u0306', '\uD835', '\uDC00'};
        Random random = new Random(12);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            OffsetText in = new OffsetText(b.toString(), offsets(b.length(), 7), b.length() + 9);
            OffsetText expected = byClusters(in);
            OffsetText actual = TextCleanup.clean(in);
            assertThat(actual.text()).as("'%s'", in.text()).isEqualTo(expected.text());
            for (int i = 0; i <= actual.length(); i++) {
                assertThat(actual.sourceOffset(i)).as("'%s' at %d", in.text(), i).isEqualTo(expected.sourceOffset(i));
            }
        }
    }

    private static int[] offsets(int n, int from) {
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = from + i;
        }
        return map;
    }

    /** The rule without shortcuts: every cluster (a character and the combining marks after it) through NFC. */
    private static OffsetText byClusters(OffsetText in) {
        String s = in.text();
        OffsetTextBuilder out = new OffsetTextBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\u0640' || c == '\uFEFF' || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                i++;
            } else if (c == '\t') {
                out.append(' ', in.sourceOffset(i++));
            } else if (TextCleanup.isPresentationForm(c)) {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), in.sourceOffset(i++));
            } else {
                int end = i + Character.charCount(s.codePointAt(i));
                while (end < s.length() && combining(s.charAt(end))) {
                    end++;
                }
                String cluster = s.substring(i, end);
                if (Normalizer.isNormalized(cluster, Normalizer.Form.NFC)) {
                    for (int k = i; k < end; k++) {
                        out.append(s.charAt(k), in.sourceOffset(k));
                    }
                } else {
                    out.append(Normalizer.normalize(cluster, Normalizer.Form.NFC), in.sourceOffset(i));
                }
                i = end;
            }
        }
        return out.build(in.sourceOffset(in.length()));
    }

    private static boolean combining(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
