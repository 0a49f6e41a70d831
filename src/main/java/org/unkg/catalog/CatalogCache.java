package org.unkg.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The triples of the catalog's Turtle files in RDF Thrift, which Jena reads in half the time of the Turtle at a
 * command's start: one file per content of the catalog, named by the SHA-256 of its files' names and bytes
 * ({@code catalog-{sha256}.rt}), so an edited, added or removed file is read from its Turtle again (and cached anew).
 * The triples are kept in the order the Turtle gave them and read back into the model in that order, so the model is
 * the one parsing builds (its prefixes too). In the folder of {@link ThesaurusCache} ({@code -Dunkg.cache}); a cache
 * that cannot be read or written costs only the time it would have saved.
 */
final class CatalogCache {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogCache.class);
    /** Part of every key: a cache written in another form is never read. */
    private static final String FORMAT = "unkg catalog cache 1";

    private final ThesaurusCache cache;

    /** A cache in the folder of {@code cache} (none when it has none). */
    CatalogCache(ThesaurusCache cache) {
        this.cache = cache;
    }

    /** The cache of {@link ThesaurusCache#standard}'s folder. */
    static CatalogCache standard() {
        return new CatalogCache(ThesaurusCache.standard());
    }

    /**
     * Reads the Turtle files {@code files} (in this order) into {@code model}: from the cache when it holds exactly their
     * content, else parsed (errors name the file) and cached.
     */
    void read(Model model, Iterable<Path> files) throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        MessageDigest key = sha256();
        key.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            contents.put(file, content);
            key.update((byte) 0);
            key.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            key.update((byte) 0);
            key.update(sha256().digest(content));
        }
        Path cached = cache.file("catalog", HexFormat.of().formatHex(key.digest()), "rt");
        if (cached != null && Files.isRegularFile(cached)) {
            // straight into the model, in the order the Turtle gave the triples
            Map<String, String> prefixes = model.getNsPrefixMap();
            long size = model.size();
            try (InputStream in = Files.newInputStream(cached)) {
                RDFParser.source(in).lang(Lang.RDFTHRIFT)
                        .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging)
                        .parse(model.getGraph());
                return;
            } catch (IOException | RuntimeException e) {
                LOG.debug("catalog cache {} not read: {}", cached, e.toString());
                if (size != 0) {
                    throw new IOException("catalog cache " + cached + " not read into a model that was not empty", e);
                }
                model.removeAll();
                model.clearNsPrefixMap();
                model.setNsPrefixes(prefixes);
            }
        }
        ByteArrayOutputStream thrift = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(thrift, RDFFormat.RDF_THRIFT);
        writer.start();
        StreamRDF into = StreamRDFLib.graph(model.getGraph());
        for (Map.Entry<Path, byte[]> f : contents.entrySet()) {
            try {
                RDFParser.source(new ByteArrayInputStream(f.getValue())).base("file:///" + f.getKey().getFileName())
                        .lang(Lang.TURTLE).parse(both(into, writer));
            } catch (RiotException e) {
                throw new IOException(f.getKey() + ": " + e.getMessage(), e);
            }
        }
        writer.finish();
        if (cached != null) {
            try {
                ThesaurusCache.writeWhole(cached, out -> thrift.writeTo(out));
            } catch (IOException | RuntimeException e) {
                LOG.debug("catalog cache {} not written: {}", cached, e.toString());
            }
        }
    }

    /** A stream that sends each triple and prefix to {@code a}, then {@code b}. */
    private static StreamRDF both(StreamRDF a, StreamRDF b) {
        return new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                a.triple(t);
                b.triple(t);
            }

            @Override
            public void prefix(String prefix, String iri) {
                a.prefix(prefix, iri);
                b.prefix(prefix, iri);
            }
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
