package org.unkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LatinFoldingFilterTest {

    private static List<String> tokens(Tokenizer source, String text, Function<TokenStream, TokenStream> filter)
            throws IOException {
        source.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream ts = filter.apply(source)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void everyCharacterComesOutAsLucenesFoldGivesIt() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = 1; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c) || Character.isWhitespace(c)) {
                continue;
            }
            // each character alone, and inside an Arabic word (a token the fold would otherwise leave alone)
            text.append((char) c).append(' ').append("بعثة").append((char) c).append("الأمم ");
        }
        String s = text.toString();
        assertThat(tokens(new WhitespaceTokenizer(), s, LatinFoldingFilter::new))
                .isEqualTo(tokens(new WhitespaceTokenizer(), s, ASCIIFoldingFilter::new));
    }

    @Test
    void foldsAccentsLigaturesAndFullWidthLettersButNotArabic() throws IOException {
        assertThat(tokens(new WhitespaceTokenizer(), "Sécurité ﬁnancière ＵＮ Ωmega مجلس الأمن", LatinFoldingFilter::new))
                .containsExactly("Securite", "financiere", "UN", "Ωmega", "مجلس", "الأمن");
        assertThat(LatinFoldingFilter.folds('é')).isTrue();
        assertThat(LatinFoldingFilter.folds('م')).isFalse();
    }

    @Test
    void aLongTokenIsFoldedWhole() throws IOException {
        String word = "é".repeat(2000) + "ﬃ";
        assertThat(tokens(new KeywordTokenizer(4096), word, LatinFoldingFilter::new))
                .containsExactly("e".repeat(2000) + "ffi");
    }
}
