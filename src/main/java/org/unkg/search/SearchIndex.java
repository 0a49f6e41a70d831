package org.unkg.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.Term;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.graph.Vocab;

/**
 * The full-text index of the graph (jena-text over Lucene), kept in {@code DIR/text-index} inside the
 * TDB2 database directory so that a rebuilt database (swapped in whole by {@code build}) never meets a
 * stale index. {@code build} writes it while the letters stream into the database ({@link Writer}); {@code serve}
 * only opens it ({@link #attach}).
 *
 * <p>Two jena-text fields: {@code label} (skos:prefLabel, altLabel, hiddenLabel, rdfs:label, foaf:name)
 * and {@code text} (a letter's {@code unkg:text}). With multilingual support on, every value is indexed
 * twice: in the plain field with {@link MixedScriptAnalyzer} (any script, no stemming), and in
 * {@code field_LANG} with Lucene's analyzer for its language ({@code ArabicAnalyzer} for {@code ar},
 * {@code EnglishAnalyzer} for {@code en}). A letter's text carries no language tag in the graph, so it is
 * indexed under the letter's {@code dcterms:language}. In SPARQL:
 * {@code ?s text:query (skos:prefLabel "بعثة" "lang:ar")} or {@code ?s text:query (unkg:text "mission")}.
 */
public final class SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Directory name of the index inside the database directory. */
    public static final String DIR_NAME = "text-index";
    private static final String COMPLETE_MARKER = "complete";

    static final String LABEL_FIELD = "label";
    static final String TEXT_FIELD = "text";
    static final List<String> LABEL_PREDICATES = List.of(
            Vocab.SKOS + "prefLabel", Vocab.SKOS + "altLabel", Vocab.SKOS + "hiddenLabel",
            "http://www.w3.org/2000/01/rdf-schema#label", Vocab.FOAF + "name");
    static final String TEXT_PREDICATE = Vocab.UNKG + "text";
    private static final Node LANGUAGE = NodeFactory.createURI(Vocab.DCT + "language");

    private SearchIndex() {}

    /** The jena-text configuration shared by indexing and querying. */
    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", LABEL_FIELD);
        for (String p : LABEL_PREDICATES) {
            def.set(LABEL_FIELD, NodeFactory.createURI(p));
        }
        def.set(TEXT_FIELD, NodeFactory.createURI(TEXT_PREDICATE));
        def.setPrimaryPredicate(NodeFactory.createURI(Vocab.SKOS + "prefLabel"));
        def.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(def);
        config.setMultilingualSupport(true);
        config.setValueStored(true);
        config.setAnalyzer(new MixedScriptAnalyzer());
        return config;
    }

    /** Where the index of database {@code db} lives. */
    public static Path location(Path db) {
        return db.resolve(DIR_NAME);
    }

    /** Whether {@code db} has a completely built index. */
    public static boolean exists(Path db) {
        return Files.exists(location(db).resolve(COMPLETE_MARKER));
    }

    /**
     * Builds (or rebuilds) the index of the database at {@code db} from its labels and letter texts, graph by graph
     * (for a database built before {@code build} wrote the index itself).
     */
    public static long build(Path db, Dataset ds) throws IOException {
        long t0 = System.currentTimeMillis();
        long n;
        try (Writer w = Writer.create(db)) {
            Txn.executeRead(ds, () -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                dsg.listGraphNodes().forEachRemaining(g -> w.add(dsg.getGraph(g)));
            });
            n = w.complete();
        }
        LOG.info("text index: {} entries in {} ms", n, System.currentTimeMillis() - t0);
        return n;
    }

    /**
     * Writes the index of a database as its graphs stream by ({@code build}): each {@link #add} indexes one graph's
     * labels and letter texts, a letter's text under the {@code dcterms:language} its own graph gives, so nothing of
     * the corpus is held in memory beyond Lucene's buffer. {@link #complete} commits and marks the index complete; a
     * writer closed without it leaves an index {@link #exists} says is missing.
     */
    public static final class Writer implements AutoCloseable {
        /** Lucene's indexing buffer for a build (its default is 16 MB). */
        static final double BUILD_BUFFER_MB = 64;

        private final Path dir;
        private final Directory directory;
        private final TextIndexLucene index;
        private long entries;

        private Writer(Path dir) throws IOException {
            this.dir = dir;
            this.directory = FSDirectory.open(dir);
            this.index = new TextIndexLucene(directory, config());
            // a bulk write of every letter's text: fewer, larger segments flushed, so fewer merged
            index.getIndexWriter().getConfig().setRAMBufferSizeMB(BUILD_BUFFER_MB);
        }

        /** A writer of a new, empty index for the database at {@code db} (an index already there is deleted). */
        public static Writer create(Path db) throws IOException {
            Path dir = location(db);
            if (Files.exists(dir)) {
                try (var s = Files.walk(dir)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
            return new Writer(dir);
        }

        /** Indexes the labels and letter texts of one graph. */
        public void add(Graph graph) {
            add(entries(graph));
        }

        /**
         * The index entries of one graph's labels and letter texts, a letter's text under the {@code dcterms:language}
         * its graph gives: reading the graph is cheap, analysing the entries ({@link #add(List)}) is the work, which can
         * then run on another thread than the one holding the graph.
         */
        public List<Entity> entries(Graph graph) {
            EntityDefinition def = index.getDocDef();
            Map<Node, String> letterLanguage = new HashMap<>();
            graph.find(Node.ANY, LANGUAGE, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    letterLanguage.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
                }
            });
            List<Entity> out = new java.util.ArrayList<>();
            Iterator<Triple> it = graph.find();
            while (it.hasNext()) {
                Triple t = it.next();
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (!p.isURI() || !o.isLiteral() || !t.getSubject().isURI()) {
                    continue;
                }
                String field = def.getField(p);
                if (field == null) {
                    continue;
                }
                String language = o.getLiteralLanguage();
                if ((language == null || language.isEmpty()) && TEXT_FIELD.equals(field)) {
                    language = letterLanguage.get(t.getSubject());
                }
                Entity e = new Entity(t.getSubject().getURI(), null,
                        language == null || language.isEmpty() ? null : language, null);
                e.put(field, o.getLiteralLexicalForm());
                out.add(e);
            }
            return out;
        }

        /** Writes index entries ({@link #entries}); one thread at a time. */
        public void add(List<Entity> batch) {
            for (Entity e : batch) {
                index.addEntity(e);
                entries++;
            }
        }

        /** Commits the index and marks it complete; returns the number of entries written. */
        public long complete() throws IOException {
            index.commit();
            Files.writeString(dir.resolve(COMPLETE_MARKER), entries + " entries\n");
            return entries;
        }

        @Override
        public void close() throws IOException {
            index.close();
            directory.close();
        }
    }

    /**
     * Brings the index up to date for {@code subjects} after their triples changed ({@code build --update}): their
     * entries are deleted and written again from what {@code dsg} now holds, graph by graph as {@link Writer} writes
     * them, then committed. Call inside a read transaction on {@code dsg}; {@code index} is the open index (the
     * server's, when the database is served).
     */
    public static long reindex(TextIndexLucene index, DatasetGraph dsg, Collection<Node> subjects) throws IOException {
        EntityDefinition def = index.getDocDef();
        long n = 0;
        for (Node s : subjects) {
            if (!s.isURI()) {
                continue;
            }
            index.getIndexWriter().deleteDocuments(new Term(def.getEntityField(), s.getURI()));
            Iterator<Quad> it = dsg.find(Node.ANY, s, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Node o = q.getObject();
                String field = q.getPredicate().isURI() && o.isLiteral() ? def.getField(q.getPredicate()) : null;
                if (field == null) {
                    continue;
                }
                String language = o.getLiteralLanguage();
                if ((language == null || language.isEmpty()) && TEXT_FIELD.equals(field)) {
                    Iterator<Quad> lang = dsg.find(q.getGraph(), s, LANGUAGE, Node.ANY);
                    Node l = lang.hasNext() ? lang.next().getObject() : null;
                    language = l != null && l.isLiteral() ? l.getLiteralLexicalForm() : null;
                }
                Entity e = new Entity(s.getURI(), null, language == null || language.isEmpty() ? null : language, null);
                e.put(field, o.getLiteralLexicalForm());
                index.addEntity(e);
                n++;
            }
        }
        index.commit();
        return n;
    }

    /** Whether a predicate's literals are indexed (labels, letter texts). */
    public static boolean indexed(Node predicate) {
        return predicate.isURI() && (LABEL_PREDICATES.contains(predicate.getURI()) || TEXT_PREDICATE.equals(predicate.getURI()));
    }

    /** Opens the index of {@code db} for writing (the caller closes it). */
    public static TextIndexLucene open(Path db) throws IOException {
        return new TextIndexLucene(FSDirectory.open(location(db)), config());
    }

    /** Opens the index of {@code db} and makes {@code text:query} available on {@code ds}. */
    public static TextIndex attach(Path db, Dataset ds) throws IOException {
        TextIndexLucene index = new TextIndexLucene(FSDirectory.open(location(db)), config());
        ds.getContext().set(TextQuery.textIndex, index);
        return index;
    }
}
