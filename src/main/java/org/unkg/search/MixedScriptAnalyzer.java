package org.unkg.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the language-neutral search fields: Unicode word tokens, lower case, Latin accents
 * folded ({@link LatinFoldingFilter}), Arabic normalised (harakat, tatweel, alef/ya/teh marbuta variants) and Arabic-Indic digits as
 * ASCII, without stemming, so one query finds Arabic and English labels and letters alike. The
 * language-specific fields ({@code label_ar}, {@code text_en}, ...) use Lucene's Arabic and English
 * analyzers through jena-text's multilingual support.
 */
public final class MixedScriptAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new DecimalDigitFilter(ts);
        ts = new ArabicNormalizationFilter(ts);
        ts = new LatinFoldingFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LatinFoldingFilter(new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in))));
    }
}
