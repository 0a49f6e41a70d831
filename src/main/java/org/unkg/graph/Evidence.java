package org.unkg.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.unkg.model.Span;

/**
 * Writes Web Annotation evidence, compactly: one annotation per span of a letter, shared by every fact the span
 * supports (each an {@code oa:hasBody}, each motivation an {@code oa:motivatedBy}), whose target is the letter
 * ({@code oa:hasSource}) with a {@code TextPositionSelector}: offsets into the letter's {@code unkg:text}, which
 * holds the words once. The selector is a value shared by every letter that has a span at those offsets
 * ({@link Ids#selector}), so its three triples are stored once in the selectors graph ({@link Vocab#SELECTORS_GRAPH}),
 * not per letter. Types the vocabulary implies ({@code oa:Annotation}: the domain of {@code oa:hasTarget};
 * {@code oa:SpecificResource}) are not stored. All nodes are named, so builds are reproducible.
 */
final class Evidence {
    private final Model model;
    private final Resource letter;
    private final String stem;
    private final int length;

    Evidence(Model model, Resource letter, String stem, String body) {
        this.model = model;
        this.letter = letter;
        this.stem = stem;
        this.length = body.length();
    }

    /** Annotates {@code fact} with the words at {@code span}; motivation {@code unkg:asserting} or {@code oa:identifying}. */
    void annotate(Resource fact, Span span, Resource motivation) {
        if (span == null || span.end() > length || span.end() <= span.start()) {
            return;
        }
        Resource a = model.createResource(Ids.annotation(stem, span.start(), span.end()));
        if (!a.hasProperty(Vocab.oaHasTarget)) {
            Resource selector = model.createResource(Ids.selector(span.start(), span.end()))
                    .addProperty(RDF.type, Vocab.oaTextPositionSelector)
                    .addLiteral(Vocab.oaStart, model.createTypedLiteral(String.valueOf(span.start()), XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(Vocab.oaEnd, model.createTypedLiteral(String.valueOf(span.end()), XSDDatatype.XSDnonNegativeInteger));
            Resource target = model.createResource(a.getURI() + "#target")
                    .addProperty(Vocab.oaHasSource, letter)
                    .addProperty(Vocab.oaHasSelector, selector);
            a.addProperty(Vocab.oaHasTarget, target);
        }
        a.addProperty(Vocab.oaHasBody, fact);
        a.addProperty(Vocab.oaMotivatedBy, motivation);
    }
}
