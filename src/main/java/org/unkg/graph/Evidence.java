package org.unkg.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.unkg.model.Span;

/**
 * Writes Web Annotation evidence: an {@code oa:Annotation} per span of a letter, whose target is the letter
 * with a {@code TextQuoteSelector} (the words, with some context) and a {@code TextPositionSelector}
 * (offsets into the letter's {@code unkg:text}). All nodes are named, so builds are reproducible.
 */
final class Evidence {
    private static final int CONTEXT = 32;
    private final Model model;
    private final Resource letter;
    private final String stem;
    private final String body;

    Evidence(Model model, Resource letter, String stem, String body) {
        this.model = model;
        this.letter = letter;
        this.stem = stem;
        this.body = body;
    }

    /** Annotates {@code fact} with the words at {@code span}; motivation {@code unkg:asserting} or {@code oa:identifying}. */
    void annotate(Resource fact, Span span, Resource motivation) {
        if (span == null || span.end() > body.length() || span.end() <= span.start()) {
            return;
        }
        Resource a = model.createResource(Ids.annotation(stem, span.start(), span.end()));
        if (!a.hasProperty(RDF.type, Vocab.oaAnnotation)) {
            a.addProperty(RDF.type, Vocab.oaAnnotation);
            Resource target = model.createResource(a.getURI() + "#target")
                    .addProperty(RDF.type, Vocab.oaSpecificResource)
                    .addProperty(Vocab.oaHasSource, letter);
            Resource quote = model.createResource(a.getURI() + "#quote")
                    .addProperty(RDF.type, Vocab.oaTextQuoteSelector)
                    .addProperty(Vocab.oaExact, body.substring(span.start(), span.end()))
                    .addProperty(Vocab.oaPrefix, body.substring(Math.max(0, span.start() - CONTEXT), span.start()))
                    .addProperty(Vocab.oaSuffix, body.substring(span.end(), Math.min(body.length(), span.end() + CONTEXT)));
            Resource position = model.createResource(a.getURI() + "#position")
                    .addProperty(RDF.type, Vocab.oaTextPositionSelector)
                    .addLiteral(Vocab.oaStart, model.createTypedLiteral(String.valueOf(span.start()), XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(Vocab.oaEnd, model.createTypedLiteral(String.valueOf(span.end()), XSDDatatype.XSDnonNegativeInteger));
            target.addProperty(Vocab.oaHasSelector, quote).addProperty(Vocab.oaHasSelector, position);
            a.addProperty(Vocab.oaHasTarget, target);
        }
        a.addProperty(Vocab.oaHasBody, fact);
        a.addProperty(Vocab.oaMotivatedBy, motivation);
    }
}
