package org.unkg.serve;

import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.RDFS;
import org.unkg.graph.Vocab;

/**
 * Picks display labels from the graph: skos:prefLabel, then rdfs:label, foaf:name, skos:notation, in
 * the wanted language; the last segment of the IRI when a resource has no label.
 */
final class Labels {
    private static final List<Property> LABEL_PROPERTIES = List.of(
            Vocab.skosPrefLabel, RDFS.label, Vocab.foafName,
            org.apache.jena.rdf.model.ResourceFactory.createProperty(Vocab.SKOS + "notation"));

    private final Model model;
    /** What {@link #display} read, per resource: one page shows a letter or a body many times (the page's own labels). */
    private final java.util.Map<Resource, Display> shown = new java.util.HashMap<>();

    Labels(Model model) {
        this.model = model;
    }

    /** The label in {@code lang} exactly, or null. */
    String inLanguage(Resource r, String lang) {
        for (Property p : LABEL_PROPERTIES) {
            try (var it = closeable(model.listStatements(r, p, (RDFNode) null))) {
                while (it.iter.hasNext()) {
                    Statement s = it.iter.next();
                    if (s.getObject().isLiteral() && lang.equals(s.getLiteral().getLanguage())) {
                        return s.getLiteral().getLexicalForm();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The best label for display in an English interface: in property order, the first English or untagged label;
     * else, once a property has an Arabic one, that; else any label; else the IRI's last segment.
     */
    String best(Resource r) {
        return display(r).text();
    }

    /** Whether the best label is Arabic (so the page can set its direction): it is, and no label is English. */
    boolean bestIsArabic(Resource r) {
        return display(r).arabic();
    }

    /** A resource's {@link #best} label and whether it is Arabic ({@link #bestIsArabic}). */
    record Display(String text, boolean arabic) {
    }

    /**
     * {@link #best} and {@link #bestIsArabic} from one reading of the label properties, kept for the life of this
     * object (one page): a page shows hundreds of resources (events, letters, annotations), most without a label,
     * each of which would otherwise cost a lookup per label property over the union of all graphs, several times.
     */
    Display display(Resource r) {
        return shown.computeIfAbsent(r, this::read);
    }

    private Display read(Resource r) {
        List<Literal> labels = new java.util.ArrayList<>();
        List<Integer> property = new java.util.ArrayList<>();
        for (int i = 0; i < LABEL_PROPERTIES.size(); i++) {
            try (var it = closeable(model.listStatements(r, LABEL_PROPERTIES.get(i), (RDFNode) null))) {
                while (it.iter.hasNext()) {
                    RDFNode o = it.iter.next().getObject();
                    if (o.isLiteral()) {
                        labels.add(o.asLiteral());
                        property.add(i);
                    }
                }
            }
        }
        String best = bestOf(labels, property, r);
        String en = firstIn(labels, "en");
        String ar = firstIn(labels, "ar");
        return new Display(best, en == null && ar != null && best.equals(ar));
    }

    /** What {@link #best} picks among the literals of the label properties, in property order. */
    private static String bestOf(List<Literal> labels, List<Integer> property, Resource r) {
        Literal any = null;
        Literal ar = null;
        for (int i = 0; i < labels.size(); i++) {
            Literal l = labels.get(i);
            String lang = l.getLanguage();
            if ("en".equals(lang) || lang.isEmpty()) {
                return l.getLexicalForm();
            }
            if ("ar".equals(lang) && ar == null) {
                ar = l;
            }
            if (any == null) {
                any = l;
            }
            boolean lastOfProperty = i + 1 == labels.size() || !property.get(i + 1).equals(property.get(i));
            if (lastOfProperty && ar != null) {
                return ar.getLexicalForm();
            }
        }
        return any != null ? any.getLexicalForm() : localName(r);
    }

    private static String firstIn(List<Literal> labels, String lang) {
        for (Literal l : labels) {
            if (lang.equals(l.getLanguage())) {
                return l.getLexicalForm();
            }
        }
        return null;
    }

    static String localName(Resource r) {
        if (r.isAnon()) {
            return "_:" + r.getId();
        }
        String iri = r.getURI();
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String tail = i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
        if (iri.startsWith(Vocab.ID)) {
            return iri.substring(Vocab.ID.length());
        }
        return tail;
    }

    private static Closer closeable(StmtIterator it) {
        return new Closer(it);
    }

    private record Closer(StmtIterator iter) implements AutoCloseable {
        @Override
        public void close() {
            iter.close();
        }
    }
}
