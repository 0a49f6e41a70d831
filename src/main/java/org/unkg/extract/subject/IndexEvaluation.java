package org.unkg.extract.subject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unkg.extract.core.ExtractionPipeline;
import org.unkg.model.IndexedSubject;
import org.unkg.model.LetterFacts;
import org.unkg.model.SubjectConcept;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterReader;
import org.unkg.text.LetterText;

/**
 * Measures the subject indexer against cataloguers: for a letter that carries a {@code %%%} line, the line's
 * concepts are the reference; the letter is indexed again with the line removed from its text, and the indexer's
 * ranked concepts are compared with the reference at a cut-off (precision: the share of the first k concepts the
 * line has; recall: the share of the line's concepts among the first k).
 */
public final class IndexEvaluation {
    /**
     * One letter: the line's concepts (terms that name no concept are left out), the concepts indexed with the line
     * hidden, strongest first, and the terms of the line that name no concept.
     */
    public record Letter(String source, List<String> reference, List<String> indexed, List<String> unlinked) {
        /** How many of the first {@code k} indexed concepts the line has. */
        public int hits(int k) {
            int n = 0;
            for (int i = 0; i < Math.min(k, indexed.size()); i++) {
                if (reference.contains(indexed.get(i))) {
                    n++;
                }
            }
            return n;
        }

        /** Precision at {@code k}: hits over the concepts given (at most k); 0 when none is given. */
        public double precision(int k) {
            int given = Math.min(k, indexed.size());
            return given == 0 ? 0 : (double) hits(k) / given;
        }

        /** Recall at {@code k}: hits over the line's concepts. */
        public double recall(int k) {
            return reference.isEmpty() ? 0 : (double) hits(k) / reference.size();
        }
    }

    /** Totals over letters: micro-averaged (all concepts pooled) precision and recall at k. */
    public record Summary(int letters, int reference, int given, int hits, double precision, double recall) {}

    private final ExtractionPipeline pipeline;
    private final LetterReader reader;

    /** An evaluation running {@code pipeline} (its context's reader reads the texts). */
    public IndexEvaluation(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
        this.reader = pipeline.context().reader();
    }

    /**
     * The evaluation of one letter read from {@code source} with {@code text}, or null when it carries no
     * {@code %%%} line.
     */
    public Letter letter(String source, String text) throws LetterReadException {
        LetterText full = reader.readText(source, text);
        LetterFacts withLine = pipeline.run(full);
        if (withLine.subjects().isEmpty()) {
            return null;
        }
        Set<String> reference = new LinkedHashSet<>();
        Set<String> linked = new LinkedHashSet<>();
        for (SubjectConcept s : withLine.subjectConcepts()) {
            reference.add(s.concept());
            linked.add(s.term());
        }
        List<String> unlinked = withLine.subjects().stream().map(s -> s.term()).filter(t -> !linked.contains(t)).toList();
        LetterFacts hidden = pipeline.run(reader.readText(source, withoutLine(text)));
        List<String> indexed = new ArrayList<>();
        for (IndexedSubject s : hidden.indexedSubjects()) {
            indexed.add(s.concept());
        }
        return new Letter(source, List.copyOf(reference), List.copyOf(indexed), unlinked);
    }

    /** The text without its {@code %%%} line (the first line that is not blank). */
    public static String withoutLine(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (!text.startsWith("%%%", start)) {
            return text;
        }
        int nl = text.indexOf('\n', start);
        return nl < 0 ? "" : text.substring(nl + 1);
    }

    /** Micro-averaged precision and recall at {@code k} over {@code letters}. */
    public static Summary summary(List<Letter> letters, int k) {
        int reference = 0;
        int given = 0;
        int hits = 0;
        for (Letter l : letters) {
            reference += l.reference().size();
            given += Math.min(k, l.indexed().size());
            hits += l.hits(k);
        }
        return new Summary(letters.size(), reference, given, hits, given == 0 ? 0 : (double) hits / given,
                reference == 0 ? 0 : (double) hits / reference);
    }
}
