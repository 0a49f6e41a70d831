package org.unkg.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UNBIS Thesaurus's concepts and label keys in a compact binary file, so a command does not parse 2.4 MB of
 * Turtle and fold every label at each start: one file per content of the source, named by its SHA-256
 * ({@code thesaurus-{sha256}.bin}), so an edited or replaced thesaurus is read from its Turtle again (and cached anew).
 * The RDF itself is parsed only when asked for ({@link Thesaurus#model()}: a build stores it), from the very bytes
 * that were hashed. The folder is {@code -Dunkg.cache=DIR}, else {@code $XDG_CACHE_HOME/unkg}, else
 * {@code ~/.cache/unkg}; {@code -Dunkg.cache=none} reads the Turtle every time. A cache that cannot be read or written
 * costs only the time it would have saved.
 */
final class ThesaurusCache {
    private static final Logger LOG = LoggerFactory.getLogger(ThesaurusCache.class);
    /** The first line of a cache file; a different format version is not read. */
    private static final String MAGIC = "unkg thesaurus cache 1";

    private final Path dir;

    /** A cache in {@code dir}, or none (every load parses the Turtle) when {@code dir} is null. */
    ThesaurusCache(Path dir) {
        this.dir = dir;
    }

    /** The cache of {@code -Dunkg.cache}, {@code $XDG_CACHE_HOME/unkg} or {@code ~/.cache/unkg}. */
    static ThesaurusCache standard() {
        String configured = System.getProperty("unkg.cache");
        if (configured != null) {
            return new ThesaurusCache(configured.isBlank() || configured.equals("none") ? null : Path.of(configured));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new ThesaurusCache(base.resolve("unkg"));
    }

    /** The cache file of a thesaurus whose content has this SHA-256, or null without a cache. */
    Path file(String sha256) {
        return file("thesaurus", sha256, "bin");
    }

    /** The cache file {@code kind-sha256.extension} in this cache's folder (the one of every start-up cache), or null without a cache. */
    Path file(String kind, String sha256, String extension) {
        return dir == null ? null : dir.resolve(kind + "-" + sha256 + "." + extension);
    }

    /** What writes a cache file's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} whole: into a temporary file beside it, moved in place, so a reader finds the old file, the
     * new one or none, never a part.
     */
    static void writeWhole(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The thesaurus in the Turtle file {@code source}: its concepts from the cache when it has them, else parsed and cached. */
    Thesaurus load(Path source) throws IOException {
        byte[] content = Files.readAllBytes(source);
        Path cached = file(sha256(content));
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                return read(cached, memoized(() -> {
                    try {
                        return Thesaurus.parse(source, content);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
            } catch (IOException | RuntimeException e) {
                LOG.debug("thesaurus cache {} not read: {}", cached, e.toString());
            }
        }
        Thesaurus parsed = Thesaurus.of(source, content);
        if (cached != null) {
            try {
                write(parsed, cached);
            } catch (IOException | RuntimeException e) {
                LOG.debug("thesaurus cache {} not written: {}", cached, e.toString());
            }
        }
        return parsed;
    }

    /** Writes the concepts and label keys of {@code t} to {@code file} (whole: a temporary file moved in place). */
    static void write(Thesaurus t, Path file) throws IOException {
        writeWhole(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.writeUTF(MAGIC);
            out.writeInt(t.size());
            for (Thesaurus.Concept c : t.concepts()) {
                out.writeUTF(c.iri());
                out.writeUTF(c.notation());
                out.writeInt(c.labels().size());
                for (Map.Entry<String, String> l : c.labels().entrySet()) {
                    out.writeUTF(l.getKey());
                    out.writeUTF(l.getValue());
                }
                out.writeInt(c.broader().size());
                for (String b : c.broader()) {
                    out.writeUTF(b);
                }
            }
            Map<String, List<String>> keys = t.keys();
            out.writeInt(keys.size());
            for (Map.Entry<String, List<String>> k : new TreeMap<>(keys).entrySet()) {
                out.writeUTF(k.getKey());
                out.writeInt(k.getValue().size());
                for (String iri : k.getValue()) {
                    out.writeUTF(iri);
                }
            }
            out.flush();
        });
    }

    /** The thesaurus cached in {@code file}, its RDF given by {@code model} when asked for. */
    static Thesaurus read(Path file, Supplier<Model> model) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IOException("not a thesaurus cache of this version");
            }
            int n = in.readInt();
            Map<String, Thesaurus.Concept> all = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String iri = in.readUTF();
                String notation = in.readUTF();
                int labelCount = in.readInt();
                Map<String, String> labels = new TreeMap<>();
                for (int j = 0; j < labelCount; j++) {
                    labels.put(in.readUTF(), in.readUTF());
                }
                int broaderCount = in.readInt();
                List<String> broader = new ArrayList<>(broaderCount);
                for (int j = 0; j < broaderCount; j++) {
                    broader.add(in.readUTF());
                }
                all.put(iri, new Thesaurus.Concept(iri, notation, Collections.unmodifiableMap(labels), List.copyOf(broader)));
            }
            int k = in.readInt();
            Map<String, List<String>> keys = new HashMap<>();
            for (int i = 0; i < k; i++) {
                String key = in.readUTF();
                int m = in.readInt();
                List<String> iris = new ArrayList<>(m);
                for (int j = 0; j < m; j++) {
                    iris.add(in.readUTF());
                }
                keys.put(key, List.copyOf(iris));
            }
            return new Thesaurus(model, all, keys);
        }
    }

    /** {@code s}, called once, on first use (from any thread). */
    private static <T> Supplier<T> memoized(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    /** The SHA-256 of {@code content} in hex. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
