package org.unkg.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.unkg.model.Span;

/**
 * Writes Web Annotation evidence, compactly: one annotation per span of a letter
 * ({@code id/annotation/{stem}/{start}-{end}}), shared by every fact the span supports (each an {@code oa:hasBody}),
 * whose {@code oa:hasTarget} is the span itself as an IRI: the letter's IRI with an RFC 5147 {@code #char=start,end}
 * fragment ({@link SpanTarget}), offsets into the letter's {@code unkg:text}, which holds the words once. A span costs
 * one triple plus one per fact. Nothing derivable is stored: the letter and the offsets are parts of the target IRI,
 * {@code oa:Annotation} is the domain of {@code oa:hasTarget}, and the motivation follows from what the body is to the
 * letter (a resource it {@code unkg:mentions}: {@code oa:identifying}; a concept of its {@code dcterms:subject} or one
 * of its {@code unkg:indexedBy} assignments: {@code oa:classifying}; any other fact: {@code unkg:asserting}). All
 * nodes are named, so builds are reproducible.
 */
final class Evidence {
    private final Model model;
    private final int length;
    /** The letter's annotation and span IRIs up to their offsets, made once per letter ({@link Ids#annotation}, {@link Ids#span}). */
    private final String annotationPrefix;
    private final String letterIri;
    /** The spans annotated so far (start and end as one number): each annotation's target is written once. */
    private final java.util.Set<Long> targeted = new java.util.HashSet<>();

    Evidence(Model model, String stem, String body) {
        this.model = model;
        this.length = body.length();
        this.annotationPrefix = Ids.annotations(stem);
        this.letterIri = Ids.letter(stem);
    }

    /** Annotates {@code fact} with the words at {@code span} (nothing for a span outside the text or empty). */
    void annotate(Resource fact, Span span) {
        if (span == null || span.start() < 0 || span.end() > length || span.end() <= span.start()) {
            return;
        }
        Resource a = model.createResource(annotationPrefix + span.start() + "-" + span.end());
        if (targeted.add((long) span.start() << 32 | span.end())) {
            a.addProperty(Vocab.oaHasTarget, model.createResource(SpanTarget.iri(letterIri, span.start(), span.end())));
        }
        a.addProperty(Vocab.oaHasBody, fact);
    }
}
