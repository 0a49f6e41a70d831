package org.unkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.unkg.graph.SpanTarget;
import org.unkg.graph.SubjectScope;
import org.unkg.graph.Vocab;

/**
 * The subject parts of pages: a UNBIS Thesaurus concept's page (its labels in the thesaurus's six languages, broader
 * and narrower concepts, the catalog entries matched to it, and the letters about it or a concept under it in date
 * order, with links to the timeline and search filtered by it); a letter's subjects (the concepts its {@code %%%}
 * line names, the terms it names none for, and the indexer's ranked concepts); a body's or place's subjects (the
 * concepts the catalog matches it to, and those most often indexed on the letters that mention it).
 */
final class SubjectViews {
    /** The thesaurus's languages, in the order a concept page lists them. */
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "zh");
    private static final int MENTIONED_SUBJECTS = 8;
    private static final org.apache.jena.rdf.model.Property SUBJECT_COUNT_OF =
            org.apache.jena.rdf.model.ResourceFactory.createProperty(Vocab.UNKG + "subjectCountOf");

    private final GraphReader reader;
    private final Model union;
    private final ResourcePage values;

    SubjectViews(GraphReader reader, ResourcePage values) {
        this.reader = reader;
        this.union = reader.union();
        this.values = values;
    }

    /** Whether the IRI is a concept of the UNBIS Thesaurus. */
    static boolean isConcept(String iri) {
        return iri.startsWith(Vocab.UNBIS);
    }

    /** The link that filters the timeline by a concept (its notation: the last segment of its IRI). */
    static String timelineHref(String concept) {
        return "/timeline?subject=" + notation(concept);
    }

    /** The link that lists the letters about a concept. */
    static String searchHref(String concept) {
        return "/search?subject=" + notation(concept);
    }

    private static String notation(String concept) {
        return URLEncoder.encode(concept.substring(concept.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    /** The scope of a concept's page. */
    Map<String, Object> concept(String iri) {
        Resource c = union.createResource(iri);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("notation", iri.substring(iri.lastIndexOf('/') + 1));
        List<Map<String, Object>> labels = new ArrayList<>();
        for (String lang : LANGUAGES) {
            for (Statement st : union.listStatements(c, Vocab.skosPrefLabel, (RDFNode) null).toList()) {
                if (st.getObject().isLiteral() && lang.equals(st.getLiteral().getLanguage())) {
                    labels.add(Map.of("lang", lang, "text", st.getLiteral().getLexicalForm(), "dir", "ar".equals(lang) ? "rtl" : "ltr"));
                }
            }
        }
        s.put("labels", labels);
        s.put("broader", links(union.listStatements(c, Vocab.skosBroader, (RDFNode) null).toList().stream()
                .map(Statement::getObject).toList()));
        s.put("narrower", links(union.listStatements(null, Vocab.skosBroader, c).toList().stream()
                .map(st -> (RDFNode) st.getSubject()).toList()));
        List<Map<String, Object>> matched = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT DISTINCT ?e ?how WHERE { VALUES ?how { skos:exactMatch skos:closeMatch skos:relatedMatch } ?e ?how ?c }
                ORDER BY ?how ?e""", Map.of("c", c))) {
            Map<String, Object> m = new LinkedHashMap<>(values.value(row.getResource("e")));
            m.put("how", row.getResource("how").getLocalName());
            matched.add(m);
        }
        s.put("matched", matched);
        s.put("hasMatched", !matched.isEmpty());
        SubjectScope scope = SubjectScope.resolve(reader.dataset(), iri);
        Map<String, Map<String, Object>> letters = new LinkedHashMap<>();
        for (SubjectScope.LetterSubject l : scope.letters(reader.dataset())) {
            Map<String, Object> row = letters.computeIfAbsent(l.letter(), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("letter", values.value(union.createResource(k)));
                m.put("date", l.date() == null ? "" : l.date());
                m.put("symbol", symbol(k));
                m.put("how", new ArrayList<Map<String, Object>>());
                return m;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> how = (List<Map<String, Object>>) row.get("how");
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("text", l.fromLine() ? "%%% line" : "indexer, rank " + l.rank() + String.format(" (%.2f)", l.score()));
            h.put("line", l.fromLine());
            if (!l.concept().equals(iri)) {
                h.put("under", values.value(union.createResource(l.concept())));
            }
            how.add(h);
        }
        s.put("letters", new ArrayList<>(letters.values()));
        s.put("hasLetters", !letters.isEmpty());
        s.put("letterCount", letters.size());
        s.put("timelineHref", timelineHref(iri));
        s.put("searchHref", searchHref(iri));
        return s;
    }

    /** A letter's subjects: the concepts of its line, the line's terms without one, the indexer's concepts. */
    Map<String, Object> letter(Resource letter) {
        Map<String, Object> s = new LinkedHashMap<>();
        List<Map<String, Object>> line = new ArrayList<>();
        for (Statement st : union.listStatements(letter, Vocab.dctSubject, (RDFNode) null).toList()) {
            if (st.getObject().isURIResource()) {
                line.add(conceptLink(st.getObject().asResource()));
            }
        }
        line.sort(Comparator.comparing(m -> String.valueOf(m.get("text"))));
        List<Map<String, Object>> indexed = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT ?c ?rank ?score WHERE { ?letter unkg:indexedBy ?i . ?i unkg:concept ?c ; unkg:rank ?rank ; unkg:score ?score }
                ORDER BY ?rank""", Map.of("letter", letter))) {
            Map<String, Object> m = conceptLink(row.getResource("c"));
            m.put("rank", row.getLiteral("rank").getInt());
            m.put("score", String.format("%.2f", row.getLiteral("score").getDouble()));
            m.put("top", row.getLiteral("rank").getInt() <= SubjectScope.INDEX_RANKS);
            indexed.add(m);
        }
        s.put("line", line);
        s.put("hasLine", !line.isEmpty());
        List<String> unlinked = unlinked(letter);
        s.put("unlinkedTerms", unlinked);
        s.put("hasUnlinked", !unlinked.isEmpty());
        s.put("indexed", indexed);
        s.put("hasIndexed", !indexed.isEmpty());
        s.put("any", !line.isEmpty() || !indexed.isEmpty());
        return s;
    }

    /** The {@code %%%} terms of a letter that name no concept it is linked to (its line's evidence decides). */
    private List<String> unlinked(Resource letter) {
        List<String> out = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT ?term WHERE { ?letter unkg:subjectTerm ?term .
                  FILTER NOT EXISTS { ?letter dcterms:subject ?c ; unkg:text ?text . ?a oa:hasBody ?c ; oa:hasTarget ?t .
                                      FILTER(STRSTARTS(STR(?t), CONCAT(STR(?letter), "#char=")))
                                      """ + SpanTarget.bindOffsets("t") + """
                                      FILTER(SUBSTR(?text, ?start + 1, ?end - ?start) = STR(?term)) } } ORDER BY ?term""",
                Map.of("letter", letter))) {
            out.add(row.getLiteral("term").getLexicalForm());
        }
        return out;
    }

    /** A catalog entity's subjects: the concepts it is matched to, and those most indexed on letters naming it. */
    Map<String, Object> entity(Resource entity) {
        Map<String, Object> s = new LinkedHashMap<>();
        List<Map<String, Object>> matched = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT DISTINCT ?c ?how WHERE { VALUES ?how { skos:exactMatch skos:closeMatch skos:relatedMatch } ?e ?how ?c
                  FILTER(STRSTARTS(STR(?c), "http://metadata.un.org/thesaurus/")) } ORDER BY ?how ?c""", Map.of("e", entity))) {
            Map<String, Object> m = conceptLink(row.getResource("c"));
            m.put("how", row.getResource("how").getLocalName());
            matched.add(m);
        }
        List<Map<String, Object>> frequent = new ArrayList<>();
        // the counts build writes (summary graph, unkg:subjectCountOf), else (a database written before them) counted
        // over every letter that mentions it
        String counted = union.contains(null, SUBJECT_COUNT_OF, (RDFNode) null)
                ? """
                SELECT ?c ?n WHERE { ?r unkg:subjectCountOf ?e ; unkg:subjectConcept ?c ; unkg:subjectLetterCount ?n }
                ORDER BY DESC(?n) ?c LIMIT %2$d"""
                : """
                SELECT ?c (COUNT(DISTINCT ?letter) AS ?n) WHERE {
                  ?letter unkg:mentions ?e ; unkg:indexedBy ?i . ?i unkg:concept ?c ; unkg:rank ?rank FILTER(?rank <= %1$d)
                } GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT %2$d""";
        for (QuerySolution row : reader.select(counted.formatted(SubjectScope.INDEX_RANKS, MENTIONED_SUBJECTS),
                Map.of("e", entity))) {
            Map<String, Object> m = conceptLink(row.getResource("c"));
            m.put("count", row.getLiteral("n").getInt());
            frequent.add(m);
        }
        s.put("matched", matched);
        s.put("frequent", frequent);
        s.put("hasMatched", !matched.isEmpty());
        s.put("hasFrequent", !frequent.isEmpty());
        s.put("any", !matched.isEmpty() || !frequent.isEmpty());
        return s;
    }

    private Map<String, Object> conceptLink(Resource c) {
        Map<String, Object> m = new LinkedHashMap<>(values.value(c));
        m.put("notation", c.getURI().substring(c.getURI().lastIndexOf('/') + 1));
        return m;
    }

    private List<Map<String, Object>> links(List<RDFNode> nodes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RDFNode n : nodes) {
            if (n.isURIResource()) {
                out.add(conceptLink(n.asResource()));
            }
        }
        out.sort(Comparator.comparing(m -> String.valueOf(m.get("text"))));
        return out;
    }

    private String symbol(String letter) {
        Statement st = union.getProperty(union.createResource(letter), Vocab.symbol);
        return st == null ? "" : st.getString();
    }
}
