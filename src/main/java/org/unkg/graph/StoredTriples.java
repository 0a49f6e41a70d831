package org.unkg.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The triples the database does not store because the vocabulary or the data implies them, and how a served
 * description gets them back. Not stored:
 * <ul>
 *   <li>an event's {@code rdf:type unkg:Event}: implied by its own class (a subclass of {@code unkg:Event}) and by the
 *       domain of {@code unkg:eventType};</li>
 *   <li>a mandate's {@code rdf:type unkg:Mandate}: implied by the domain of {@code unkg:of};</li>
 *   <li>a document's {@code rdfs:seeAlso} undocs.org page: its symbol's page ({@link Ids#undocs});</li>
 *   <li>a letter's {@code prov:wasGeneratedBy} the build: a database holds the letters of one software version, whose
 *       {@code unkg:Build} the build graph describes once;</li>
 *   <li>a letter file's {@code unkg:mediaType} when its name gives it ({@link #mediaTypeOf}: the format whose extension
 *       the file has, as the build read it); stored when it differs;</li>
 *   <li>in the UNBIS Thesaurus graph, a concept's {@code skos:inScheme} (the one scheme) and {@code skos:notation} (the
 *       tail of its IRI), which nothing reads (the thesaurus file keeps them).</li>
 * </ul>
 * {@link #implied} gives them back for one resource, so its page and its linked-data description show them.
 */
public final class StoredTriples {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node EVENT = Vocab.Event.asNode();
    private static final Node MANDATE = Vocab.Mandate.asNode();
    private static final Node EVENT_TYPE = Vocab.eventType.asNode();
    private static final Node OF = Vocab.of.asNode();
    private static final Node SYMBOL = Vocab.symbol.asNode();
    private static final Node SEE_ALSO = RDFS.seeAlso.asNode();
    private static final Node LETTER = Vocab.Letter.asNode();
    private static final Node GENERATED_BY = Vocab.provWasGeneratedBy.asNode();
    private static final Node BUILD = Vocab.Build.asNode();
    private static final Node IN_SCHEME = SKOS.inScheme.asNode();
    private static final Node NOTATION = SKOS.notation.asNode();
    private static final Node SOURCE_FILE = Vocab.sourceFile.asNode();
    private static final Node SHA256 = Vocab.sha256.asNode();
    private static final Node MEDIA_TYPE = Vocab.mediaType.asNode();
    private static final String DOCUMENT = Vocab.ID + "document/";
    /** The letter formats a build reads, in the order it matches a file name against them. */
    private static final List<org.unkg.ingest.LetterFormat> FORMATS = List.copyOf(org.unkg.ingest.LetterFormats.defaults().formats());

    private StoredTriples() {
    }

    /** The media type of a letter file named {@code sourceFile}, as a build reads it (by its extension; else text). */
    public static String mediaTypeOf(String sourceFile) {
        for (org.unkg.ingest.LetterFormat f : FORMATS) {
            if (f != org.unkg.ingest.LetterFormat.TEXT && f.matches(sourceFile)) {
                return f.mediaType();
            }
        }
        return org.unkg.ingest.LetterFormat.TEXT.mediaType();
    }

    /** The thesaurus as stored: without the concepts' {@code skos:inScheme} and {@code skos:notation}. */
    public static Graph thesaurus(Graph published) {
        Graph stored = GraphFactory.createGraphMem();
        published.find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!p.equals(IN_SCHEME) && !p.equals(NOTATION)) {
                stored.add(t);
            }
        });
        return stored;
    }

    /**
     * The implied triples about {@code subject} that are not stored, read from {@code union} (the union of the
     * database's graphs): its {@code rdf:type unkg:Event} or {@code unkg:Mandate}, a symbol document's
     * {@code rdfs:seeAlso}, a letter's {@code prov:wasGeneratedBy} and {@code unkg:mediaType}. Nothing a stored triple already says.
     */
    public static List<Triple> implied(Graph union, Node subject) {
        List<Triple> out = new ArrayList<>();
        if (!subject.isURI()) {
            return out;
        }
        if (union.contains(subject, EVENT_TYPE, Node.ANY)) {
            addNew(union, out, Triple.create(subject, TYPE, EVENT));
        }
        if (union.contains(subject, OF, Node.ANY)) {
            addNew(union, out, Triple.create(subject, TYPE, MANDATE));
        }
        if (subject.getURI().startsWith(DOCUMENT)) {
            union.find(subject, SYMBOL, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    addNew(union, out, Triple.create(subject, SEE_ALSO,
                            NodeFactory.createURI(Ids.undocs(t.getObject().getLiteralLexicalForm()))));
                }
            });
        }
        if (union.contains(subject, TYPE, LETTER)) {
            union.find(Node.ANY, TYPE, BUILD).forEachRemaining(t ->
                    addNew(union, out, Triple.create(subject, GENERATED_BY, t.getSubject())));
            // a letter read from a file (it has its checksum) has the media type its name gives, unless one is stored
            if (union.contains(subject, SHA256, Node.ANY) && !union.contains(subject, MEDIA_TYPE, Node.ANY)) {
                union.find(subject, SOURCE_FILE, Node.ANY).forEachRemaining(t -> addNew(union, out, Triple.create(subject,
                        MEDIA_TYPE, NodeFactory.createLiteral(mediaTypeOf(t.getObject().getLiteralLexicalForm())))));
            }
        }
        return out;
    }

    private static void addNew(Graph union, List<Triple> out, Triple t) {
        if (!union.contains(t) && !out.contains(t)) {
            out.add(t);
        }
    }
}
