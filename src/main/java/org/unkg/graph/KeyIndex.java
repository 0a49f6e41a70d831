package org.unkg.graph;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;

/**
 * Finds the catalog resource of a key ({@code skos:notation}): an org key, an ISO3 code, a person or place
 * slug. Keys are unique within a kind; a state's ISO3 code may equal an organization's key (NAM is Namibia
 * and the Non-Aligned Movement), so lookups that can mean either say which they prefer.
 */
public final class KeyIndex {
    private final Map<String, String> states = new HashMap<>();
    private final Map<String, String> others = new HashMap<>();

    public KeyIndex(Model catalog) {
        StmtIterator it = catalog.listStatements(null, Vocab.skosNotation, (RDFNode) null);
        while (it.hasNext()) {
            Statement st = it.next();
            if (st.getSubject().isURIResource() && st.getObject().isLiteral()) {
                String uri = st.getSubject().getURI();
                (uri.startsWith(Ids.state("")) ? states : others).merge(st.getString(), uri, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
    }

    /** The catalog URI of {@code key} (organizations, persons and places before states), or null. */
    public String find(String key) {
        if (key == null) {
            return null;
        }
        String uri = others.get(key);
        return uri != null ? uri : states.get(key);
    }

    /**
     * The catalog URI of a key naming what an event concerns or a membership links: a state when the key is a
     * state's code, else an organization; an unknown key becomes {@code id/org/KEY}.
     */
    public String orgOrState(String key) {
        String uri = states.get(key);
        if (uri == null) {
            uri = others.get(key);
        }
        return uri != null ? uri : Ids.org(key);
    }

    /** The catalog URI of an organization key, falling back to a state, then to {@code id/org/KEY}. */
    public String organization(String key) {
        String uri = find(key);
        return uri != null ? uri : Ids.org(key);
    }

    /** {@link #orgOrState} as a resource of {@code model}. */
    public Resource resource(Model model, String key) {
        return model.createResource(orgOrState(key));
    }
}
