package org.unkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.unkg.graph.Vocab;

/**
 * Maps resource IRIs under the persistent base ({@code https://w3id.org/unkg/id/...}) to the server's
 * paths ({@code /id/...}, {@code /page/...}, {@code /data/...}) and back. Other IRIs in the graph
 * (ontology terms, graphs) get pages at {@code /page?iri=...}; IRIs outside the base link out.
 */
public final class LinkedDataPaths {
    private LinkedDataPaths() {}

    /** The IRI of {@code /id/{rest}}, {@code /page/{rest}} or {@code /data/{rest}}. */
    public static String iriOf(String rest) {
        return Vocab.ID + rest;
    }

    /** Whether the IRI is a resource identifier with its own {@code /id/} path. */
    public static boolean isLocalId(String iri) {
        return iri.startsWith(Vocab.ID) && iri.length() > Vocab.ID.length() && iri.indexOf('#') < 0;
    }

    /** The server path of an IRI's HTML page (for IRIs outside the base: the IRI itself). */
    public static String pageHref(String iri) {
        if (isLocalId(iri)) {
            return "/page/" + encodePath(iri.substring(Vocab.ID.length()));
        }
        if (iri.startsWith(Vocab.BASE) || iri.startsWith(Vocab.UNBIS)) {
            // UNBIS Thesaurus concepts have pages here: their labels, hierarchy and the letters about them
            return "/page?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        }
        return iri;
    }

    /** The server path of an IRI's RDF description, in {@code format} (ttl, jsonld, nt, rdf). */
    public static String dataHref(String iri, String format) {
        String q = format == null ? "" : "format=" + format;
        if (isLocalId(iri)) {
            return "/data/" + encodePath(iri.substring(Vocab.ID.length())) + (q.isEmpty() ? "" : "?" + q);
        }
        return "/data?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8) + (q.isEmpty() ? "" : "&" + q);
    }

    /** Percent-encodes each segment of a path, keeping the slashes. */
    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/", -1)) {
            if (sb.length() > 0 || path.startsWith("/")) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }
}
