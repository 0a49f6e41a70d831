package org.unkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.graph.Vocab;

/**
 * The full-text index of the graph (jena-text over Lucene), kept in {@code DIR/text-index} inside the
 * TDB2 database directory so that a rebuilt database (swapped in whole by {@code build}) never meets a
 * stale index.
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
    private static final String LANGUAGE_PREDICATE = Vocab.DCT + "language";

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

    /** Builds (or rebuilds) the index of the database at {@code db} from its labels and letter texts. */
    public static long build(Path db, Dataset ds) throws IOException {
        Path dir = location(db);
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        long t0 = System.currentTimeMillis();
        long n;
        try (Directory directory = FSDirectory.open(dir)) {
            TextIndexLucene index = new TextIndexLucene(directory, config());
            try {
                n = Txn.calculateRead(ds, () -> indexAll(ds, index));
                index.commit();
            } finally {
                index.close();
            }
        }
        Files.writeString(dir.resolve(COMPLETE_MARKER), n + " entries\n");
        LOG.info("text index: {} entries in {} ms", n, System.currentTimeMillis() - t0);
        return n;
    }

    private static long indexAll(Dataset ds, TextIndexLucene index) {
        EntityDefinition def = index.getDocDef();
        Map<Node, String> letterLanguage = new HashMap<>();
        Node lang = NodeFactory.createURI(LANGUAGE_PREDICATE);
        ds.asDatasetGraph().find(Node.ANY, Node.ANY, lang, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                letterLanguage.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
            }
        });
        long n = 0;
        Iterator<Quad> it = ds.asDatasetGraph().find();
        while (it.hasNext()) {
            Quad q = it.next();
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (!p.isURI() || !o.isLiteral() || !q.getSubject().isURI()) {
                continue;
            }
            String field = def.getField(p);
            if (field == null) {
                continue;
            }
            String language = o.getLiteralLanguage();
            if ((language == null || language.isEmpty()) && TEXT_FIELD.equals(field)) {
                language = letterLanguage.get(q.getSubject());
            }
            Entity e = new Entity(q.getSubject().getURI(), null,
                    language == null || language.isEmpty() ? null : language, null);
            e.put(field, o.getLiteralLexicalForm());
            index.addEntity(e);
            n++;
        }
        return n;
    }

    /** Opens the index of {@code db} and makes {@code text:query} available on {@code ds}. */
    public static TextIndex attach(Path db, Dataset ds) throws IOException {
        TextIndexLucene index = new TextIndexLucene(FSDirectory.open(location(db)), config());
        ds.getContext().set(TextQuery.textIndex, index);
        return index;
    }
}
