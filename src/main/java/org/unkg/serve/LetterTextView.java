package org.unkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.unkg.graph.SpanTarget;
import org.unkg.graph.Vocab;

/**
 * A letter's text cut into segments at the evidence spans (each annotation's target is the letter's IRI with
 * {@code #char=start,end}, offsets into {@code unkg:text}: {@link SpanTarget}), so the page can mark every span without building HTML by hand,
 * plus the list of the letter's facts with their words.
 */
final class LetterTextView {
    private LetterTextView() {}

    /**
     * The id of the anchor at a span: the RFC 5147 fragment of the evidence target ({@code char=start,end}), so the
     * target {@code id/letter/{stem}#char=start,end} (redirected to the page with its fragment) scrolls to the span.
     * An HTML id may hold any character but space; this one has none.
     */
    static String anchor(int start, int end) {
        return SpanTarget.FRAGMENT.substring(1) + start + "," + end;
    }

    /** A span of evidence with the facts it supports. */
    record Span(int start, int end, List<String> facts) {}

    /** The scope of a letter: language, direction, text segments, facts. */
    static Map<String, Object> scope(GraphReader reader, Labels labels, Resource letter) {
        Map<String, Object> s = new LinkedHashMap<>();
        Statement textSt = letter.getModel().getProperty(letter, Vocab.text);
        String text = textSt == null ? "" : textSt.getString();
        Statement langSt = letter.getModel().getProperty(letter, Vocab.dctLanguage);
        String lang = langSt == null ? "" : langSt.getString();
        s.put("lang", lang);
        s.put("dir", "ar".equals(lang) || "fa".equals(lang) ? "rtl" : "ltr");
        Statement file = letter.getModel().getProperty(letter, Vocab.sourceFile);
        Statement type = letter.getModel().getProperty(letter, Vocab.mediaType);
        // a letter read from a file has its checksum; its media type is stored only when its name does not give it
        boolean fromFile = type != null || letter.getModel().contains(letter, Vocab.sha256);
        if (file != null && fromFile) {
            Map<String, Object> original = new LinkedHashMap<>();
            original.put("href", OriginalFileServlet.href(file.getString()));
            original.put("name", file.getString());
            original.put("mediaType", type != null ? type.getString() : org.unkg.graph.StoredTriples.mediaTypeOf(file.getString()));
            s.put("original", original);
        }

        ResourcePage values = new ResourcePage(reader);
        List<Map<String, Object>> facts = new ArrayList<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        for (QuerySolution row : reader.select("""
                SELECT ?a ?fact ?start ?end WHERE {
                  GRAPH ?g { ?letter a unkg:Letter . ?a oa:hasTarget ?t ; oa:hasBody ?fact . }
                  FILTER(STRSTARTS(STR(?t), CONCAT(STR(?letter), "#char=")))
                  """ + SpanTarget.bindOffsets("t") + """
                } ORDER BY ?start ?end ?fact LIMIT 5000""", Map.of("letter", letter))) {
            int start = row.getLiteral("start").getInt();
            int end = row.getLiteral("end").getInt();
            Resource fact = row.getResource("fact");
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("fact", values.value(fact));
            List<Map<String, Object>> types = new ArrayList<>();
            fact.inModel(letter.getModel()).listProperties(org.apache.jena.vocabulary.RDF.type)
                    .forEachRemaining(t -> types.add(values.value(t.getObject())));
            f.put("types", types);
            f.put("start", start);
            f.put("end", end);
            f.put("quote", start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : "");
            f.put("anchor", anchor(start, end));
            facts.add(f);
            if (start >= 0 && end <= text.length() && start < end) {
                spans.computeIfAbsent(start + "-" + end, k -> new Span(start, end, new ArrayList<>()))
                        .facts().add(labels.best(fact));
            }
        }
        s.put("facts", facts);
        s.put("hasFacts", !facts.isEmpty());
        s.put("segments", segments(text, new ArrayList<>(spans.values())));
        return s;
    }

    /**
     * Cuts {@code text} at every span boundary; each segment says whether a span covers it, the facts
     * of the covering spans (for a tooltip), and the anchors of the spans that start there.
     */
    static List<Map<String, Object>> segments(String text, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Span sp : spans) {
            cuts.add(sp.start());
            cuts.add(sp.end());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int a = prev;
                List<String> anchors = new ArrayList<>();
                List<String> facts = new ArrayList<>();
                for (Span sp : spans) {
                    if (sp.start() == a) {
                        anchors.add(anchor(sp.start(), sp.end()));
                    }
                    if (sp.start() <= a && sp.end() >= cut) {
                        facts.addAll(sp.facts());
                    }
                }
                Map<String, Object> seg = new LinkedHashMap<>();
                seg.put("text", text.substring(a, cut));
                seg.put("marked", !facts.isEmpty());
                seg.put("title", String.join("; ", facts));
                seg.put("anchors", anchors);
                out.add(seg);
            }
            prev = cut;
        }
        return out;
    }
}
