package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.catalog.Thesaurus;
import org.unkg.model.EntityKind;

/**
 * What the catalog says about subjects: the UNBIS concepts its entries are matched to ({@code skos:exactMatch},
 * {@code skos:closeMatch}, {@code skos:relatedMatch}: a state to its country concept and its situation concept), and
 * through the catalog's own facts the concepts of a body (UNTOP's country is Tajikistan: TAJIKISTAN, TAJIKISTAN
 * SITUATION; its class, a political mission: SPECIAL MISSIONS). The subject indexer counts a mention of the entity
 * as evidence for these concepts. Immutable.
 */
public final class ConceptLinks {
    /** How a concept relates to the entity named. */
    public enum Match { EXACT, CLOSE, RELATED }

    /**
     * A concept of an entity: the concept's IRI, how it matches the entity it was found on, and the path from the
     * entity named ({@code self}, or the catalog property followed: {@code country}, {@code region}, {@code site},
     * {@code class}).
     */
    public record Link(String concept, Match match, String via) {}

    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private final Map<String, List<Link>> byEntity;
    private final java.util.Set<String> names;

    private ConceptLinks(Map<String, List<Link>> byEntity) {
        this.byEntity = byEntity;
        java.util.Set<String> n = new java.util.HashSet<>();
        for (List<Link> links : byEntity.values()) {
            for (Link l : links) {
                if (l.via().equals("self") && l.match() != Match.RELATED) {
                    n.add(l.concept());
                }
            }
        }
        this.names = java.util.Set.copyOf(n);
    }

    /** The links of the catalog {@code model}'s entries known to {@code gazetteer}. */
    public static ConceptLinks build(Model model, Gazetteer gazetteer) {
        Map<String, List<Link>> out = new HashMap<>();
        Map<String, Property> paths = new java.util.LinkedHashMap<>();
        paths.put("country", model.createProperty(UNKG, "country"));
        paths.put("region", model.createProperty(UNKG, "region"));
        paths.put("site", model.createProperty(ORG, "hasSite"));
        for (CatalogEntry e : gazetteer.entries()) {
            Resource r = model.getResource(e.iri());
            List<Link> links = new ArrayList<>();
            own(r, "self", links);
            // a regional office's country is where it sits (UNOWA in Senegal), not what it is about: its region is
            boolean regional = r.hasProperty(paths.get("region"));
            for (Map.Entry<String, Property> p : paths.entrySet()) {
                if (regional && p.getKey().equals("country")) {
                    continue;
                }
                for (Statement s : r.listProperties(p.getValue()).toList()) {
                    if (s.getObject().isURIResource()) {
                        own(s.getObject().asResource(), p.getKey(), links);
                    }
                }
            }
            for (Statement s : r.listProperties(RDF.type).toList()) {
                if (s.getObject().isURIResource()) {
                    own(s.getObject().asResource(), "class", links);
                }
            }
            if (!links.isEmpty()) {
                out.put(key(e.kind(), e.key()), List.copyOf(links));
            }
        }
        return new ConceptLinks(Map.copyOf(out));
    }

    private static void own(Resource r, String via, List<Link> links) {
        add(r, SKOS.exactMatch, Match.EXACT, via, links);
        add(r, SKOS.closeMatch, Match.CLOSE, via, links);
        add(r, SKOS.relatedMatch, Match.RELATED, via, links);
    }

    private static void add(Resource r, Property p, Match match, String via, List<Link> links) {
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(Thesaurus.NAMESPACE)) {
                Link link = new Link(o.asResource().getURI(), match, via);
                if (!links.contains(link)) {
                    links.add(link);
                }
            }
        }
    }

    private static String key(EntityKind kind, String key) {
        return kind + ":" + key;
    }

    /**
     * Whether {@code concept} is the concept of a catalog entity itself (TAJIKISTAN, CENTRAL ASIA): its name is found
     * by the gazetteer, which knows the entity's names and their pitfalls, not by the concept's label.
     */
    public boolean isName(String concept) {
        return names.contains(concept);
    }

    /** The concepts of the catalog entity of {@code kind} and {@code key} (empty when it has none). */
    public List<Link> of(EntityKind kind, String key) {
        return key == null ? List.of() : byEntity.getOrDefault(key(kind, key), List.of());
    }
}
