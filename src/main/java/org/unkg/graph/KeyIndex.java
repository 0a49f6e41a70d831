package org.unkg.graph;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;

/** Finds the catalog resource of a key ({@code skos:notation}): an org key, an ISO3 code, a person or place slug. */
public final class KeyIndex {
    private final Map<String, String> uris = new HashMap<>();

    public KeyIndex(Model catalog) {
        StmtIterator it = catalog.listStatements(null, Vocab.skosNotation, (RDFNode) null);
        while (it.hasNext()) {
            Statement st = it.next();
            if (st.getSubject().isURIResource() && st.getObject().isLiteral()) {
                uris.putIfAbsent(st.getString(), st.getSubject().getURI());
            }
        }
    }

    /** The catalog URI of {@code key}, or null when the catalog does not hold it. */
    public String find(String key) {
        return key == null ? null : uris.get(key);
    }

    /** The catalog URI of an org or state key; an unknown key becomes {@code id/org/KEY}. */
    public String orgOrState(String key) {
        String uri = find(key);
        return uri != null ? uri : Ids.org(key);
    }

    /** Convenience for a resource in {@code model}. */
    public Resource resource(Model model, String key) {
        return model.createResource(orgOrState(key));
    }
}
