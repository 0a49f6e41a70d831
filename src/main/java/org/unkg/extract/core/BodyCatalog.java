package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.text.FoldedText;

/**
 * What body rules need to know of the catalog's organizations, keyed by {@code skos:notation}: their labels
 * (folded) and their telling words ({@link BodyWords#content}), class, country and site, parent organization, and
 * the English names of places. Built once per extraction context; immutable.
 */
public final class BodyCatalog {
    private static final String ID = "https://w3id.org/unkg/id/";
    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final String ORG = "http://www.w3.org/ns/org#";

    /**
     * One organization of the catalog.
     *
     * @param labels     its labels, folded
     * @param labelWords the telling words of each label, in the order of {@code labels}
     */
    public record Body(String key, Set<String> classes, List<String> labels, List<Set<String>> labelWords,
                       Set<String> where, String parent) {}

    private final Map<String, Body> bodies = new LinkedHashMap<>();
    private final Map<String, String> placeNames = new HashMap<>();

    /** An index over a catalog model, with {@code words} telling which words of a label tell it apart. */
    public BodyCatalog(Model model, BodyWords words) {
        Property country = model.createProperty(UNKG + "country");
        Property site = model.createProperty(ORG + "hasSite");
        Property sub = model.createProperty(ORG + "subOrganizationOf");
        for (Resource r : model.listSubjectsWithProperty(SKOS.notation).toList()) {
            if (!r.isURIResource()) {
                continue;
            }
            String uri = r.getURI();
            String key = r.getProperty(SKOS.notation).getString();
            if (uri.startsWith(ID + "place/")) {
                String en = label(r, SKOS.prefLabel, "en");
                if (en != null) {
                    placeNames.put(key, en);
                }
                continue;
            }
            if (!uri.startsWith(ID + "org/")) {
                continue;
            }
            Set<String> classes = new HashSet<>();
            for (Statement s : r.listProperties(RDF.type).toList()) {
                if (s.getObject().isURIResource()) {
                    classes.add(s.getObject().asResource().getLocalName());
                }
            }
            List<String> labels = new ArrayList<>();
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                for (Statement s : r.listProperties(p).toList()) {
                    if (s.getObject().isLiteral()) {
                        labels.add(FoldedText.fold(s.getString()));
                    }
                }
            }
            Set<String> where = new HashSet<>();
            for (Property p : List.of(country, site)) {
                for (Statement s : r.listProperties(p).toList()) {
                    String k = notation(s.getObject());
                    if (k != null) {
                        where.add(k);
                    }
                }
            }
            Statement parent = r.getProperty(sub);
            List<Set<String>> labelWords = labels.stream().map(words::content).toList();
            bodies.put(key, new Body(key, Set.copyOf(classes), List.copyOf(labels), labelWords, Set.copyOf(where),
                    parent == null ? null : notation(parent.getObject())));
        }
    }

    private static String notation(RDFNode node) {
        if (!node.isURIResource()) {
            return null;
        }
        Statement n = node.asResource().getProperty(SKOS.notation);
        if (n != null) {
            return n.getString();
        }
        String uri = node.asResource().getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String label(Resource r, Property p, String lang) {
        StmtIterator it = r.listProperties(p);
        while (it.hasNext()) {
            Statement s = it.next();
            if (s.getObject().isLiteral() && lang.equals(s.getLanguage())) {
                return s.getString();
            }
        }
        return null;
    }

    /** The organization with this key, or null. */
    public Body body(String key) {
        return key == null ? null : bodies.get(key);
    }

    /** Every organization. */
    public Iterable<Body> bodies() {
        return bodies.values();
    }

    /** Whether the key is an organization of the catalog. */
    public boolean isBody(String key) {
        return bodies.containsKey(key);
    }

    /** The English name of a place key, or the key when the catalog has none. */
    public String placeName(String key) {
        return placeNames.getOrDefault(key, key);
    }

    /**
     * The organization an event of an organization as a whole concerns: the parent of a body of a non-UN
     * organization (the CSTO's Collective Security Council stands for the CSTO), else the key itself.
     */
    public String organizationOf(String key) {
        Body b = bodies.get(key);
        if (b != null && b.classes().contains("BodyOfOrganization") && b.parent() != null) {
            return b.parent();
        }
        return key;
    }
}
