package org.unkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.graph.SubjectScope;

/**
 * The search box: {@code text:query} over labels and letter texts. The words go to the
 * language-neutral fields and, for the script they are written in, to the Arabic or English analyzer's
 * field (stemmed), and the best score of a resource wins. Letter hits show highlighted fragments. With
 * {@code subject=} (a UNBIS Thesaurus label, notation or IRI) only letters about that subject or a concept under it
 * are shown ({@link SubjectScope}); without words, all of them in date order. jena-text reads the limit only
 * right after the words (before {@code "lang:.."}): placed after it, a common word gave all 10,000 hits,
 * each highlighted.
 */
final class SearchServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(SearchServlet.class);
    private static final int LIMIT = 50;
    // jena-text's default highlight marks
    private static final char HL_START = '\u21A6';
    private static final char HL_END = '\u21A4';
    private static final char FRAGMENT_SEPARATOR = '\u2223';

    private final ServeContext ctx;
    private final boolean indexed;

    SearchServlet(ServeContext ctx, boolean indexed) {
        this.ctx = ctx;
        this.indexed = indexed;
    }

    /** {@code ar} when the words contain Arabic letters, else {@code en}. */
    static String languageOf(String q) {
        return q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) ? "ar" : "en";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        String subject = req.getParameter("subject");
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", "Search");
        s.put("q", q == null ? "" : q);
        if (!indexed) {
            Html.error(ctx.templates(), resp, 503, "Search unavailable", "The server runs without a text index.");
            return;
        }
        Set<String> about = null;
        if (subject != null && !subject.isBlank()) {
            try {
                Map<String, Object> found = new LinkedHashMap<>();
                about = Txn.calculateRead(ctx.dataset(), () -> subjectScope(subject, found));
                s.putAll(found);
            } catch (IllegalArgumentException e) {
                Html.error(ctx.templates(), resp, 400, "Unknown subject", e.getMessage());
                return;
            }
        }
        if ((q == null || q.isBlank()) && about != null) {
            s.put("labels", List.of());
            s.put("none", s.get("letters") == null || ((List<?>) s.get("letters")).isEmpty());
            Html.send(resp, 200, ctx.templates().render("search", s));
            return;
        }
        if (q == null || q.isBlank()) {
            s.put("labels", List.of());
            s.put("letters", List.of());
            Html.send(resp, 200, ctx.templates().render("search", s));
            return;
        }
        String words = QueryParserBase.escape(q.strip());
        String lang = languageOf(q);
        Set<String> onlyLetters = about;
        Map<String, Object> found = Txn.calculateRead(ctx.dataset(), () -> search(words, lang, onlyLetters));
        s.putAll(found);
        s.put("lang", lang);
        Html.send(resp, 200, ctx.templates().render("search", s));
    }

    /**
     * Resolves the subject filter into {@code out} (the concept's link, and its letters in date order as the hits
     * shown without words); returns the IRIs of those letters.
     */
    private Set<String> subjectScope(String subject, Map<String, Object> out) {
        SubjectScope scope = SubjectScope.resolve(ctx.dataset(), subject);
        ResourcePage values = new ResourcePage(ctx.reader());
        out.put("subject", values.value(ctx.reader().union().createResource(scope.concept())));
        out.put("subjectTimeline", SubjectViews.timelineHref(scope.concept()));
        out.put("subjectParam", subject.strip());
        Set<String> letters = new LinkedHashSet<>();
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SubjectScope.LetterSubject l : scope.letters(ctx.dataset())) {
            if (letters.add(l.letter())) {
                Map<String, Object> m = new LinkedHashMap<>(values.value(ctx.reader().union().createResource(l.letter())));
                m.put("score", l.date() == null ? "" : l.date());
                m.put("snippet", List.of());
                hits.add(m);
            }
        }
        out.put("letters", hits);
        return letters;
    }

    private Map<String, Object> search(String words, String lang, Set<String> onlyLetters) {
        GraphReader reader = ctx.reader();
        ResourcePage values = new ResourcePage(reader);
        Literal w = ResourceFactory.createStringLiteral(words);
        Literal l = ResourceFactory.createStringLiteral("lang:" + lang);
        List<Map<String, Object>> labels = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT ?s (MAX(?sc) AS ?score) WHERE {
                  { (?s ?sc) text:query (skos:prefLabel ?words 100) }
                  UNION { (?s ?sc) text:query (skos:prefLabel ?words 100 ?lang) }
                  FILTER NOT EXISTS { ?s unkg:text ?any }
                } GROUP BY ?s ORDER BY DESC(?score) LIMIT""" + " " + LIMIT, Map.of("words", w, "lang", l))) {
            Map<String, Object> m = new LinkedHashMap<>(values.value(row.getResource("s")));
            m.put("score", String.format("%.2f", row.getLiteral("score").getDouble()));
            labels.add(m);
        }
        List<Map<String, Object>> letters = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT ?s ?score ?snippet WHERE {
                  (?s ?score ?snippet) text:query (unkg:text ?words 20 ?lang "highlight:z:160|m:3") .
                } ORDER BY DESC(?score)""", Map.of("words", w, "lang", l))) {
            Map<String, Object> m = new LinkedHashMap<>(values.value(row.getResource("s")));
            m.put("score", String.format("%.2f", row.getLiteral("score").getDouble()));
            m.put("snippet", highlight(row.getLiteral("snippet").getLexicalForm()));
            letters.add(m);
        }
        if (letters.isEmpty()) {
            for (QuerySolution row : reader.select("""
                    SELECT ?s ?score ?snippet WHERE {
                      (?s ?score ?snippet) text:query (unkg:text ?words 20 "highlight:z:160|m:3") .
                    } ORDER BY DESC(?score)""", Map.of("words", w))) {
                Map<String, Object> m = new LinkedHashMap<>(values.value(row.getResource("s")));
                m.put("score", String.format("%.2f", row.getLiteral("score").getDouble()));
                m.put("snippet", highlight(row.getLiteral("snippet").getLexicalForm()));
                letters.add(m);
            }
        }
        if (onlyLetters != null) {
            letters.removeIf(m -> !onlyLetters.contains(String.valueOf(m.get("iri"))));
        }
        LOG.debug("search '{}' ({}): {} labels, {} letters", words, lang, labels.size(), letters.size());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labels", labels);
        out.put("letters", letters);
        out.put("none", labels.isEmpty() && letters.isEmpty());
        return out;
    }

    /** Splits a highlighted fragment at jena-text's marks into plain and marked parts. */
    static List<Map<String, Object>> highlight(String snippet) {
        List<Map<String, Object>> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == FRAGMENT_SEPARATOR) {
                cur.append(" … ");
            } else if (c == HL_START || c == HL_END) {
                if (cur.length() > 0) {
                    parts.add(Map.of("text", cur.toString(), "marked", marked));
                }
                cur.setLength(0);
                marked = c == HL_START;
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            parts.add(Map.of("text", cur.toString(), "marked", marked));
        }
        return parts;
    }
}
