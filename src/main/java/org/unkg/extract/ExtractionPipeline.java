package org.unkg.extract;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.text.LetterText;

/**
 * Runs extractors over a letter in a fixed order. An extractor that fails on one letter is logged and
 * skipped; the others still run, so one bad rule never costs a letter all its facts.
 */
public final class ExtractionPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionPipeline.class);
    private final List<Extractor> extractors;
    private final ExtractionContext context;

    public ExtractionPipeline(List<Extractor> extractors, ExtractionContext context) {
        this.extractors = List.copyOf(extractors);
        this.context = context;
    }

    public LetterFacts run(LetterText letter) {
        LetterFacts facts = new LetterFacts();
        for (Extractor extractor : extractors) {
            long t0 = System.nanoTime();
            try {
                extractor.extract(letter, context, facts);
                LOG.debug("{}: {} took {} ms", letter.source(), extractor.name(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("{}: extractor {} failed: {}", letter.source(), extractor.name(), e.toString());
                LOG.debug("extractor failure", e);
            }
        }
        return facts;
    }

    public List<Extractor> extractors() {
        return extractors;
    }
}
