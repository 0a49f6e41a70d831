package org.unkg.extract.core;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.model.Diagnostic;
import org.unkg.model.LetterFacts;
import org.unkg.text.LetterText;

/**
 * Runs extractors over a letter in a fixed order, on one {@link LetterAnalysis} of it built first. An extractor
 * that fails on one letter is logged and skipped; the others still run, so one bad rule never costs a letter all
 * its facts (the failure is recorded as an {@code extractor-failed} {@link Diagnostic}). Immutable: one pipeline serves every letter, on any number of threads at once.
 */
public final class ExtractionPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionPipeline.class);
    private final List<Extractor> extractors;
    private final ExtractionContext context;

    public ExtractionPipeline(List<Extractor> extractors, ExtractionContext context) {
        this.extractors = List.copyOf(extractors);
        this.context = context;
    }

    /** The facts of {@code letter}. */
    public LetterFacts run(LetterText letter) {
        return run(letter, new LetterFacts());
    }

    /**
     * The facts of {@code letter} added to {@code known}: facts known before extraction (a letter's date from its
     * catalogue record) come first, so they stand where a field takes its first value.
     */
    public LetterFacts run(LetterText letter, LetterFacts known) {
        LetterAnalysis analysis = LetterAnalysis.of(letter, context);
        if (!known.mentions().isEmpty()) {
            analysis.mentionsChanged(known);
        }
        for (Extractor extractor : extractors) {
            long t0 = System.nanoTime();
            try {
                extractor.extract(analysis, known);
                if (LOG.isDebugEnabled()) {
                    LOG.debug("{}: {} took {} ms", letter.source(), extractor.name(), (System.nanoTime() - t0) / 1_000_000);
                }
            } catch (RuntimeException e) {
                LOG.warn("{}: extractor {} failed: {}", letter.source(), extractor.name(), e.toString());
                LOG.debug("extractor failure", e);
                known.add(Diagnostic.absent("extractor-failed", extractor.name() + ": " + e));
            }
            if (extractor.changesMentions()) {
                analysis.mentionsChanged(known);
            }
        }
        return known;
    }

    /** The extractors, in the order they run. */
    public List<Extractor> extractors() {
        return extractors;
    }

    /** The context the extractors were made with. */
    public ExtractionContext context() {
        return context;
    }
}
