package org.unkg.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * Where the catalog's facts come from, read from {@code data/catalog/sources.tsv} and written into the catalog
 * model: every entry (a resource with a {@code skos:notation}) gets {@code dcterms:source} — the UN documents
 * listed for it (a symbol or a resolution, as its {@code https://undocs.org/} page), else its kind's default
 * source (the letters of the corpus; the UN's list of Member States for states); and every lifecycle fact
 * ({@code unkg:established}, {@code unkg:closed}, {@code unkg:mandatedBy}, {@code unkg:succeededBy}) that no listed
 * document supports is marked {@code unkg:unsourced} with its property, so pages and queries can tell it from a
 * fact a document states.
 *
 * <p>Lines, tab-separated: {@code ENTRY PROPERTY SOURCE [WHY]}. {@code ENTRY} is the entry's path under
 * {@code https://w3id.org/unkg/id/} ({@code org/UNTOP}), or {@code default} with a class local name
 * ({@code State}) or {@code *} as {@code PROPERTY}; {@code PROPERTY} is a lifecycle property ({@code unkg:established})
 * or {@code *} for the entry as a whole; {@code SOURCE} is a document symbol ({@code S/2000/518},
 * {@code S/RES/1244 (1999)}) or the name of a source described in the catalog ({@code corpus} is
 * {@code https://w3id.org/unkg/id/source/corpus}).
 */
public final class CatalogSources {
    /** The file name in the catalog directory. */
    public static final String FILE = "sources.tsv";
    private static final String ID = "https://w3id.org/unkg/id/";
    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final String UNDOCS = "https://undocs.org/";
    private static final String SKOS_NOTATION = "http://www.w3.org/2004/02/skos/core#notation";
    private static final String DCT_SOURCE = "http://purl.org/dc/terms/source";
    /** The facts of a body's life a source must support. */
    public static final List<String> LIFECYCLE = List.of("established", "closed", "mandatedBy", "succeededBy");

    private CatalogSources() {}

    /** Adds the sources of {@code file} to {@code model}; a malformed line is an error naming the file and line. */
    public static void apply(Model model, Path file) throws IOException {
        Map<String, Map<String, List<String>>> byEntry = new LinkedHashMap<>();
        Map<String, String> defaults = new HashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3 || f[2].isBlank()) {
                throw new IOException(file + ":" + n + ": expected ENTRY, PROPERTY, SOURCE [, WHY] (tab-separated)");
            }
            if (f[0].equals("default")) {
                defaults.put(f[1], f[2]);
                continue;
            }
            String property = f[1].equals("*") ? "*" : f[1].replaceFirst("^unkg:", "");
            if (!property.equals("*") && !LIFECYCLE.contains(property)) {
                throw new IOException(file + ":" + n + ": unknown property '" + f[1] + "': use * or unkg:" + String.join(", unkg:", LIFECYCLE));
            }
            Resource entry = model.createResource(ID + f[0]);
            if (!model.contains(entry, model.createProperty(SKOS_NOTATION))) {
                throw new IOException(file + ":" + n + ": no catalog entry " + f[0]);
            }
            byEntry.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).computeIfAbsent(property, k -> new ArrayList<>()).add(f[2]);
        }
        Property source = model.createProperty(DCT_SOURCE);
        Property unsourced = model.createProperty(UNKG + "unsourced");
        for (Resource entry : model.listSubjectsWithProperty(model.createProperty(SKOS_NOTATION)).toList()) {
            if (!entry.isURIResource() || !entry.getURI().startsWith(ID)) {
                continue;
            }
            Map<String, List<String>> listed = byEntry.getOrDefault(entry.getURI().substring(ID.length()), Map.of());
            Set<String> documents = new java.util.LinkedHashSet<>();
            listed.values().forEach(documents::addAll);
            if (documents.isEmpty() || !listed.containsKey("*")) {
                documents.add(defaultOf(entry, defaults));
            }
            for (String d : documents) {
                if (d != null) {
                    entry.addProperty(source, model.createResource(iriOf(d)));
                }
            }
            for (String p : LIFECYCLE) {
                Property fact = model.createProperty(UNKG + p);
                if (entry.hasProperty(fact) && !listed.containsKey(p)) {
                    entry.addProperty(unsourced, fact);
                }
            }
        }
    }

    private static String defaultOf(Resource entry, Map<String, String> defaults) {
        for (Statement t : entry.listProperties(RDF.type).toList()) {
            RDFNode c = t.getObject();
            if (c.isURIResource() && defaults.containsKey(c.asResource().getLocalName())) {
                return defaults.get(c.asResource().getLocalName());
            }
        }
        return defaults.get("*");
    }

    /** A document symbol's undocs.org page, or a named source of the catalog. */
    static String iriOf(String source) {
        if (source.contains("/")) {
            return UNDOCS + source.replace(" ", "");
        }
        return ID + "source/" + source;
    }
}
