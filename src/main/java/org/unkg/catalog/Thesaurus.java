package org.unkg.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.text.FoldedText;

/**
 * The UNBIS Thesaurus (the UN Dag Hammarskjöld Library's subject vocabulary, published at metadata.un.org) as
 * reference data: its concepts with their preferred labels in the six official languages, their broader and
 * narrower concepts and their depth in the hierarchy. The microthesauri (six-digit codes such as {@code 010300},
 * MAINTENANCE OF PEACE AND SECURITY) are concepts too: they are the roots, at depth 0; a descriptor's depth is the
 * length of its longest chain of broader links up to one (TAJIKISTAN under CENTRAL ASIA under ASIA is at depth 2).
 *
 * <p>{@link #find(String)} resolves a written term, as cataloguers write it in a {@code %%%} line, in any of the
 * six languages: upper or lower case, with or without accents, Arabic with or without the article. Immutable.
 */
public final class Thesaurus {
    /** The namespace of UNBIS Thesaurus concepts. */
    public static final String NAMESPACE = "http://metadata.un.org/thesaurus/";
    private static final int MAX_DEPTH = 32;

    /**
     * One concept: its IRI, its code ({@code skos:notation}), its preferred labels by language (ar, en, es, fr, ru,
     * zh) and the IRIs of its broader concepts.
     */
    public record Concept(String iri, String notation, Map<String, String> labels, List<String> broader) {
        /** The label in {@code language}, else the English one, else any. */
        public String label(String language) {
            String l = labels.get(language);
            if (l == null) {
                l = labels.get("en");
            }
            return l != null ? l : labels.values().stream().findFirst().orElse(notation);
        }

        /** Whether this is a microthesaurus (a six-digit category code), not a descriptor. */
        public boolean category() {
            if (notation.length() != 6) {
                return false;
            }
            // asked for each concept a letter names, and for its broader concepts: a loop, not a stream
            for (int i = 0; i < 6; i++) {
                if (!Character.isDigit(notation.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final java.util.function.Supplier<Model> model;
    private final Map<String, Concept> concepts;
    private final Map<String, List<String>> narrower;
    private final Map<String, Integer> depth;
    private final Map<String, List<String>> byKey;

    private Thesaurus(Model model) {
        this(() -> model, conceptsOf(model), null);
    }

    /**
     * A thesaurus of {@code all} concepts (in IRI order) whose RDF {@code model} gives when first asked, and whose
     * labels' keys are {@code keys} (null: computed from the labels, as {@link #find} compares them).
     */
    Thesaurus(java.util.function.Supplier<Model> model, Map<String, Concept> all, Map<String, List<String>> keys) {
        this.model = model;
        this.concepts = Collections.unmodifiableMap(all);
        Map<String, List<String>> down = new HashMap<>();
        for (Concept c : all.values()) {
            for (String b : c.broader()) {
                down.computeIfAbsent(b, k -> new ArrayList<>()).add(c.iri());
            }
        }
        down.replaceAll((k, v) -> List.copyOf(v));
        this.narrower = Map.copyOf(down);
        Map<String, Integer> depths = new HashMap<>();
        for (String iri : all.keySet()) {
            depthOf(iri, depths, 0);
        }
        this.depth = Map.copyOf(depths);
        this.byKey = Map.copyOf(keys != null ? keys : keysOf(all));
    }

    /** The concepts of a SKOS model, in IRI order. */
    private static Map<String, Concept> conceptsOf(Model model) {
        Map<String, Concept> all = new LinkedHashMap<>();
        List<Resource> subjects = new ArrayList<>(model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList());
        subjects.removeIf(r -> !r.isURIResource());
        subjects.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource r : subjects) {
            Statement n = r.getProperty(SKOS.notation);
            String notation = n != null ? n.getString() : r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
            Map<String, String> labels = new TreeMap<>();
            for (Statement s : r.listProperties(SKOS.prefLabel).toList()) {
                if (s.getObject().isLiteral()) {
                    String lang = s.getLiteral().getLanguage();
                    labels.putIfAbsent(lang.isEmpty() ? "en" : lang.substring(0, Math.min(2, lang.length())),
                            s.getLiteral().getLexicalForm().strip());
                }
            }
            List<String> broader = new ArrayList<>();
            for (Statement s : r.listProperties(SKOS.broader).toList()) {
                RDFNode o = s.getObject();
                if (o.isURIResource()) {
                    broader.add(o.asResource().getURI());
                }
            }
            broader.sort(null);
            all.put(r.getURI(), new Concept(r.getURI(), notation, Collections.unmodifiableMap(labels), List.copyOf(broader)));
        }
        return all;
    }

    /** The concepts of each label key ({@link #key}); where a descriptor and a microthesaurus share one, the descriptor first. */
    private static Map<String, List<String>> keysOf(Map<String, Concept> all) {
        Map<String, List<String>> keys = new HashMap<>();
        for (Concept c : all.values()) {
            for (String label : c.labels().values()) {
                List<String> list = keys.computeIfAbsent(key(label), k -> new ArrayList<>());
                if (!list.contains(c.iri())) {
                    list.add(c.iri());
                }
            }
        }
        // where a descriptor and a microthesaurus share a label (INTERNATIONAL RELATIONS), the descriptor is the term
        keys.replaceAll((k, v) -> v.stream().sorted((a, b) -> Boolean.compare(all.get(a).category(), all.get(b).category())).toList());
        return keys;
    }

    /** The label keys and their concepts, as {@link #find} looks them up (what {@link ThesaurusCache} keeps). */
    Map<String, List<String>> keys() {
        return byKey;
    }

    private int depthOf(String iri, Map<String, Integer> depths, int guard) {
        Integer known = depths.get(iri);
        if (known != null) {
            return known;
        }
        Concept c = concepts(iri);
        int d = 0;
        if (c != null && guard < MAX_DEPTH) {
            for (String b : c.broader()) {
                d = Math.max(d, 1 + depthOf(b, depths, guard + 1));
            }
        }
        depths.put(iri, d);
        return d;
    }

    private Concept concepts(String iri) {
        return concepts == null ? null : concepts.get(iri);
    }

    /** The thesaurus in a SKOS model. */
    public static Thesaurus of(Model model) {
        return new Thesaurus(model);
    }

    /** A thesaurus without concepts (extraction then links and indexes no subject). */
    public static Thesaurus empty() {
        return new Thesaurus(ModelFactory.createDefaultModel());
    }

    /**
     * Reads a SKOS Turtle file (on disk or inside the jar); errors name the file. The concepts come from the
     * {@link ThesaurusCache} when it holds those of exactly this file's content; the RDF is then parsed only when
     * {@link #model()} is first asked for (by a build, which stores it).
     */
    public static Thesaurus load(Path file) throws IOException {
        return ThesaurusCache.standard().load(file);
    }

    /** Parses SKOS Turtle {@code content} read from {@code file} (named in errors). */
    static Model parse(Path file, byte[] content) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = new java.io.ByteArrayInputStream(content)) {
            RDFDataMgr.read(model, in, NAMESPACE, Lang.TURTLE);
        } catch (RiotException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return model;
    }

    /** Parses SKOS Turtle {@code content} read from {@code file} into a thesaurus. */
    static Thesaurus of(Path file, byte[] content) throws IOException {
        return new Thesaurus(parse(file, content));
    }

    /** The thesaurus as RDF: what the build loads into the thesaurus's named graph. */
    public Model model() {
        return model.get();
    }

    /** Every concept, by IRI order. */
    public Collection<Concept> concepts() {
        return concepts.values();
    }

    /** The number of concepts. */
    public int size() {
        return concepts.size();
    }

    /** The concept of {@code iri}, or null. */
    public Concept concept(String iri) {
        return concepts.get(iri);
    }

    /** The concepts directly under {@code iri}. */
    public List<String> narrower(String iri) {
        return narrower.getOrDefault(iri, List.of());
    }

    /** The depth of {@code iri} in the hierarchy: 0 for a microthesaurus or unknown concept. */
    public int depth(String iri) {
        return depth.getOrDefault(iri, 0);
    }

    /**
     * The concept a written term names: a preferred label in any language, compared by {@link #key(String)}; a
     * descriptor before a microthesaurus of the same label; empty when no label matches (never a guess).
     */
    public Optional<Concept> find(String term) {
        List<String> iris = byKey.get(key(term));
        return iris == null || iris.isEmpty() ? Optional.empty() : Optional.of(concepts.get(iris.get(0)));
    }

    /**
     * The form terms and labels are compared in: folded ({@link FoldedText}: lower case, no accents, Arabic letter
     * variants made one), punctuation dropped, words separated by one space, and the Arabic article dropped from
     * each word ({@code الحالة في طاجيكستان} and {@code حالة في طاجيكستان} compare equal).
     */
    public static String key(String term) {
        String folded = FoldedText.fold(term);
        StringBuilder out = new StringBuilder(folded.length());
        int i = 0;
        int n = folded.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = folded.substring(start, i);
                if (word.length() > 3 && word.startsWith("\u0627\u0644")) {
                    word = word.substring(2);
                }
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word);
            }
        }
        return out.toString();
    }
}
