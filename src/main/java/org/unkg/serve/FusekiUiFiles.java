package org.unkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Fuseki UI's scripts and styles ({@code webapp/static/} of the jena-fuseki-ui jar), with three
 * declarations of its query page replaced where they are declared: the prefix badges (rdf, rdfs, owl,
 * xsd) become the ontology's prefixes; the example query of an empty editor (YASQE's default) becomes
 * unkg's example with the ontology's prefixes; and the prefix list YASQE fetches from prefix.cc for its
 * {@code PREFIX} completion becomes {@link #PREFIXES_PATH} on this server (no request leaves for a
 * third-party site). Files without those declarations are served as they are.
 */
final class FusekiUiFiles {
    private static final Logger LOG = LoggerFactory.getLogger(FusekiUiFiles.class);
    /** Where the UI's editor reads its prefix list. */
    static final String PREFIXES_PATH = "/prefixes.json";
    /** YASQE's prefix.cc address, as declared in its defaults. */
    private static final String PREFIX_CC = "(window.location.protocol.indexOf(\"http\")===0?\"//\":\"http://\")+\"prefix.cc/popular/all.file.json\"";
    /** YASQE's example query, as declared in its defaults. */
    private static final String YASQE_EXAMPLE = "value:`PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT * WHERE {\n  ?sub ?pred ?obj .\n} LIMIT 10`";

    /** The prefix badges of the UI's query page, as declared in its data. */
    private static final String UI_BADGES = "prefixes:[{uri:\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\",text:\"rdf\"},"
            + "{uri:\"http://www.w3.org/2000/01/rdf-schema#\",text:\"rdfs\"},{uri:\"http://www.w3.org/2002/07/owl#\",text:\"owl\"},"
            + "{uri:\"http://www.w3.org/2001/XMLSchema#\",text:\"xsd\"}]";

    private final String exampleQuery;
    private final Map<String, byte[]> rewritten = new ConcurrentHashMap<>();

    FusekiUiFiles(String exampleQuery) {
        this.exampleQuery = exampleQuery;
    }

    /** The file {@code static/name} of the UI, or null when there is none. */
    byte[] file(String name) {
        byte[] cached = rewritten.get(name);
        if (cached != null) {
            return cached;
        }
        byte[] bytes = read(FusekiUiPage.WEBAPP + "static/" + name);
        if (bytes == null || !name.endsWith(".js")) {
            return bytes;
        }
        String js = new String(bytes, StandardCharsets.UTF_8);
        if (!js.contains(PREFIX_CC)) {
            return bytes;
        }
        if (!js.contains(YASQE_EXAMPLE) || !js.contains(UI_BADGES)) {
            LOG.warn("the Fuseki UI's query page declares another example query or prefix list: it keeps its own");
        }
        String out = js.replace(PREFIX_CC, new JsonString(PREFIXES_PATH).toString())
                .replace(YASQE_EXAMPLE, "value:" + new JsonString(exampleQuery))
                .replace(UI_BADGES, "prefixes:" + badges());
        byte[] result = out.getBytes(StandardCharsets.UTF_8);
        rewritten.put(name, result);
        return result;
    }

    /** The ontology's prefixes (and jena-text's) as YASQE reads them: {@code {"prefix": "namespace", ...}}. */
    static JsonObject prefixes() {
        JsonObject o = new JsonObject();
        SparqlForm.prefixMap().forEach(o::put);
        return o;
    }

    /** The ontology's prefixes as the query page's badges: {@code [{"uri": ..., "text": prefix}, ...]}. */
    private static String badges() {
        JsonArray a = new JsonArray();
        SparqlForm.prefixMap().forEach((prefix, ns) -> {
            JsonObject o = new JsonObject();
            o.put("uri", ns);
            o.put("text", prefix);
            a.add(o);
        });
        return JSON.toStringFlat(a);
    }

    private static byte[] read(String resource) {
        try (InputStream in = FusekiUiFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
