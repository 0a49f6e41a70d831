package org.unkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.unkg.graph.SpanTarget;
import org.unkg.graph.Vocab;
import org.unkg.store.BodyPages;
import org.unkg.store.Summaries;

/**
 * Builds the template scope of a resource's HTML page: labels (Arabic and English), types, properties,
 * the evidence of the resource as a fact, incoming links (paged), a body's events in date order and its
 * mandates with their tasks, and for a letter its text with the evidence spans marked and its facts.
 */
final class ResourcePage {
    private static final Property LATEST_LETTER = ResourceFactory.createProperty(Vocab.UNKG + "latestLetter");
    private static final Property LETTER_COUNT = ResourceFactory.createProperty(Vocab.UNKG + "letterCount");
    private static final Property FIRST_LETTER_DATE = ResourceFactory.createProperty(Vocab.UNKG + "firstLetterDate");
    private static final Property LAST_LETTER_DATE = ResourceFactory.createProperty(Vocab.UNKG + "lastLetterDate");
    private static final Property OF = ResourceFactory.createProperty(Vocab.UNKG + "of");
    private static final Property EVENT_COUNT = ResourceFactory.createProperty(Vocab.UNKG + "eventCount");
    private static final Property MANDATE_COUNT = ResourceFactory.createProperty(Vocab.UNKG + "mandateCount");
    private static final Property EVENT_PAGE_OF = ResourceFactory.createProperty(Vocab.UNKG + "eventPageOf");
    private static final Property MANDATE_PAGE_OF = ResourceFactory.createProperty(Vocab.UNKG + "mandatePageOf");
    static final int INCOMING_PAGE = 25;
    private static final int MAX_VALUES = 200;
    /** Events a body's page lists (in date order: the first page of {@link BodyPages}), and evidence rows shown per event. */
    static final int MAX_EVENTS = BodyPages.PAGE;
    private static final int EVIDENCE_PER_EVENT = 3;
    /** Mandates a body's page lists (one per letter that states one). */
    static final int MAX_MANDATES = 20;

    private final GraphReader reader;
    private final Model union;
    private final Labels labels;

    ResourcePage(GraphReader reader) {
        this.reader = reader;
        this.union = reader.union();
        this.labels = new Labels(union);
    }

    /** Whether the IRI occurs in the graph (as subject or object). */
    boolean exists(String iri) {
        Resource r = union.createResource(iri);
        return union.contains(r, null, (RDFNode) null) || union.contains(null, null, r);
    }

    /** The scope for {@code page.mustache}. */
    Map<String, Object> scope(String iri, int incomingPage) {
        Resource r = union.createResource(iri);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("iri", iri);
        s.put("title", labels.best(r));
        s.put("labelEn", labels.inLanguage(r, "en"));
        s.put("labelAr", labels.inLanguage(r, "ar"));
        s.put("labelFr", labels.inLanguage(r, "fr"));
        s.put("formats", List.of(
                Map.of("name", "Turtle", "href", LinkedDataPaths.dataHref(iri, "ttl")),
                Map.of("name", "JSON-LD", "href", LinkedDataPaths.dataHref(iri, "jsonld")),
                Map.of("name", "N-Triples", "href", LinkedDataPaths.dataHref(iri, "nt")),
                Map.of("name", "RDF/XML", "href", LinkedDataPaths.dataHref(iri, "rdf"))));
        // the stored statements and those the vocabulary implies but the database does not store (StoredTriples)
        List<Statement> implied = org.unkg.graph.StoredTriples.implied(union.getGraph(), r.asNode()).stream()
                .map(union::asStatement).toList();
        List<Map<String, Object>> types = new ArrayList<>();
        for (Statement st : union.listStatements(r, RDF.type, (RDFNode) null).toList()) {
            types.add(value(st.getObject()));
        }
        for (Statement st : implied) {
            if (st.getPredicate().equals(RDF.type)) {
                types.add(value(st.getObject()));
            }
        }
        s.put("types", types);
        s.put("hasTypes", !types.isEmpty());
        s.put("turtleHref", LinkedDataPaths.dataHref(iri, "ttl"));
        s.put("properties", properties(r, implied));
        List<Map<String, Object>> evidence = union.contains(r, LATEST_LETTER) ? latestEvidence(s, r) : evidence(iri);
        s.put("evidence", evidence);
        s.put("hasEvidence", !evidence.isEmpty());
        List<Map<String, Object>> events = events(s, iri);
        s.put("events", events);
        s.put("hasEvents", !events.isEmpty());
        List<Map<String, Object>> mandates = mandates(s, iri);
        s.put("mandates", mandates);
        s.put("hasMandates", !mandates.isEmpty());
        s.put("isBody", iri.startsWith(Vocab.ID + "org/") || iri.startsWith(Vocab.ID + "state/"));
        incoming(s, iri, incomingPage);
        SubjectViews subjects = new SubjectViews(reader, this);
        if (union.contains(r, RDF.type, Vocab.Letter)) {
            s.put("letter", LetterTextView.scope(reader, labels, r));
            s.put("letterSubjects", subjects.letter(r));
        } else if (SubjectViews.isConcept(iri)) {
            s.put("concept", subjects.concept(iri));
        } else if (iri.startsWith(Vocab.ID + "org/") || iri.startsWith(Vocab.ID + "state/") || iri.startsWith(Vocab.ID + "place/")) {
            s.put("entitySubjects", subjects.entity(r));
        }
        catalogProvenance(s, r);
        return s;
    }

    /**
     * Where a catalog entry's facts come from ({@code dcterms:source}) and which of them have none
     * ({@code unkg:unsourced}); the properties table marks each catalog fact apart from the facts letters state.
     */
    private void catalogProvenance(Map<String, Object> s, Resource r) {
        Model catalog = reader.dataset().getNamedModel(Vocab.CATALOG_GRAPH);
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Statement st : catalog.listStatements(r, Vocab.dctSource, (RDFNode) null).toList()) {
            sources.add(value(st.getObject()));
        }
        List<Map<String, Object>> unsourced = new ArrayList<>();
        for (Statement st : catalog.listStatements(r, Vocab.unsourced, (RDFNode) null).toList()) {
            unsourced.add(value(st.getObject()));
        }
        s.put("catalogSources", sources);
        s.put("catalogUnsourced", unsourced);
        s.put("hasCatalogSources", !sources.isEmpty());
        s.put("hasUnsourced", !unsourced.isEmpty());
        s.put("inCatalog", !sources.isEmpty() || catalog.contains(r, null, (RDFNode) null));
    }

    private List<Map<String, Object>> properties(Resource r, List<Statement> implied) {
        Model catalog = reader.dataset().getNamedModel(Vocab.CATALOG_GRAPH);
        java.util.Set<String> unsourced = new java.util.HashSet<>();
        catalog.listStatements(r, Vocab.unsourced, (RDFNode) null).forEachRemaining(st -> unsourced.add(st.getObject().toString()));
        Map<String, List<Map<String, Object>>> byPredicate = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        List<Statement> statements = new ArrayList<>(union.listStatements(r, null, (RDFNode) null).toList());
        statements.addAll(implied);
        for (Statement st : statements) {
            String p = st.getPredicate().getURI();
            if (p.equals(RDF.type.getURI()) || p.equals(Vocab.text.getURI())) {
                continue;
            }
            List<Map<String, Object>> values = byPredicate.computeIfAbsent(p, k -> new ArrayList<>());
            counts.merge(p, 1, Integer::sum);
            if (values.size() < MAX_VALUES) {
                Map<String, Object> v = value(st.getObject());
                // a fact of the catalog (reference data) is shown apart from one a letter states
                if (catalog.contains(st)) {
                    v.put("origin", unsourced.contains(p) ? "catalog, no source" : "catalog");
                }
                values.add(v);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byPredicate.forEach((p, values) -> {
            values.sort(Comparator.comparing(v -> String.valueOf(v.get("text"))));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("property", value(union.createResource(p)));
            row.put("values", values);
            int more = counts.get(p) - values.size();
            row.put("more", more > 0 ? more : null);
            rows.add(row);
        });
        return rows;
    }

    /** A value for display: a link (with label) for a resource; text, language and direction for a literal. */
    Map<String, Object> value(RDFNode n) {
        Map<String, Object> v = new LinkedHashMap<>();
        // every key present, so a missing one is never looked up in an enclosing template context
        for (String k : List.of("href", "text", "iri", "dir", "lang", "datatype", "origin")) {
            v.put(k, "");
        }
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            v.put("href", LinkedDataPaths.pageHref(iri));
            Labels.Display label = labels.display(n.asResource());
            v.put("text", label.text());
            v.put("iri", iri);
            v.put("dir", label.arabic() ? "rtl" : "auto");
        } else if (n.isAnon()) {
            v.put("text", Labels.localName(n.asResource()));
        } else {
            Literal l = n.asLiteral();
            v.put("text", l.getLexicalForm());
            String lang = l.getLanguage();
            if (!lang.isEmpty()) {
                v.put("lang", lang);
            }
            v.put("dir", "ar".equals(lang) ? "rtl" : "auto");
            String dt = l.getDatatypeURI();
            if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI()) && lang.isEmpty()) {
                v.put("datatype", dt.substring(Math.max(dt.lastIndexOf('#'), dt.lastIndexOf('/')) + 1));
            }
        }
        return v;
    }

    /**
     * The evidence of a resource the letters mention, from the latest letters that mention it (a summary the
     * build writes, {@code unkg:latestLetter}), each read in the letter's own graph: a resource mentioned in
     * thousands of letters costs no more than one mentioned in twenty.
     */
    private List<Map<String, Object>> latestEvidence(Map<String, Object> s, Resource r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT DISTINCT ?a ?letter ?date ?exact ?start ?end WHERE {
                  ?fact unkg:latestLetter ?letter .
                  OPTIONAL { ?letter dcterms:date ?date }
                  GRAPH ?g {
                    ?letter a unkg:Letter ; unkg:text ?text .
                    ?a oa:hasBody ?fact ; oa:hasTarget ?t .
                  }
                  FILTER(STRSTARTS(STR(?t), CONCAT(STR(?letter), "#char=")))
                  """ + SpanTarget.bindOffsets("t") + """
                  BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?exact)
                } ORDER BY DESC(?date) ?letter ?start LIMIT 500""", Map.of("fact", r))) {
            out.add(evidenceRow(row));
        }
        Statement count = union.getProperty(r, LETTER_COUNT);
        if (count != null) {
            long letters = count.getLong();
            Statement first = union.getProperty(r, FIRST_LETTER_DATE);
            Statement last = union.getProperty(r, LAST_LETTER_DATE);
            s.put("evidenceNote", "Mentioned in " + letters + (letters == 1 ? " letter" : " letters")
                    + (first != null && last != null ? " (" + first.getString() + " to " + last.getString() + ")" : "")
                    + (letters > Summaries.LATEST ? "; the words of the " + Summaries.LATEST + " latest:" : ":"));
        }
        return out;
    }

    /**
     * The evidence of a fact: each annotation's letter, quoted words, and position. The annotation is in the letter's
     * graph, with the letter; its target is the letter's IRI with the span's {@code #char=start,end}.
     */
    List<Map<String, Object>> evidence(String iri) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT DISTINCT ?a ?letter ?exact ?start ?end WHERE {
                  ?a oa:hasBody ?fact ; oa:hasTarget ?t .
                  BIND(IRI(STRBEFORE(STR(?t), "#char=")) AS ?letter)
                  OPTIONAL { ?letter unkg:text ?text }
                  """ + SpanTarget.bindOffsets("t") + """
                  BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?exact)
                } ORDER BY ?letter ?start LIMIT 500""", Map.of("fact", union.createResource(iri)))) {
            out.add(evidenceRow(row));
        }
        return out;
    }

    private Map<String, Object> evidenceRow(QuerySolution row) {
        Map<String, Object> e = new LinkedHashMap<>();
        Resource letter = row.getResource("letter");
        e.put("letter", value(letter));
        if (row.contains("exact")) {
            e.put("quote", row.getLiteral("exact").getLexicalForm());
        }
        if (row.contains("start") && row.contains("end")) {
            int start = row.getLiteral("start").getInt();
            int end = row.getLiteral("end").getInt();
            e.put("start", start);
            e.put("end", end);
            e.put("spanHref", LinkedDataPaths.pageHref(letter.getURI()) + "#" + LetterTextView.anchor(start, end));
        } else {
            e.put("spanHref", LinkedDataPaths.pageHref(letter.getURI()));
        }
        e.put("annotation", annotationLink(row.getResource("a")));
        return e;
    }

    /**
     * An annotation as {@link #value} shows it, without reading labels: an annotation holds only its body and target
     * ({@code oa:hasBody}, {@code oa:hasTarget}), so its label is its IRI's tail, and a body's page shows hundreds.
     */
    private Map<String, Object> annotationLink(Resource a) {
        if (!a.isURIResource() || !a.getURI().startsWith(Vocab.ID + "annotation/")) {
            return value(a);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        for (String k : List.of("href", "text", "iri", "dir", "lang", "datatype", "origin")) {
            v.put(k, "");
        }
        v.put("href", LinkedDataPaths.pageHref(a.getURI()));
        v.put("text", Labels.localName(a));
        v.put("iri", a.getURI());
        v.put("dir", "auto");
        return v;
    }

    /**
     * Up to {@code limit} evidence rows of a fact (annotation, letter, position and the words there), in the order the
     * store gives them (no sort over all), read through the store's indexes: a body's page asks this for each of its
     * 100 events, and a SPARQL query each (whose optional selector patterns the engine joined apart) cost more than
     * the page.
     */
    private List<Map<String, Object>> evidenceSample(String iri, int limit) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<Resource, String> texts = new java.util.HashMap<>();
        var annotations = union.listResourcesWithProperty(Vocab.oaHasBody, union.createResource(iri));
        try {
            while (annotations.hasNext() && out.size() < limit) {
                Resource a = annotations.next();
                for (Statement target : union.listStatements(a, Vocab.oaHasTarget, (RDFNode) null).toList()) {
                    if (out.size() >= limit || !target.getObject().isURIResource()) {
                        continue;
                    }
                    var span = SpanTarget.parse(target.getResource().getURI());
                    if (span.isEmpty()) {
                        continue;
                    }
                    org.apache.jena.query.QuerySolutionMap row = new org.apache.jena.query.QuerySolutionMap();
                    Resource letter = union.createResource(span.get().letter());
                    row.add("a", a);
                    row.add("letter", letter);
                    int from = span.get().start();
                    int to = span.get().end();
                    row.add("start", union.createTypedLiteral(java.math.BigInteger.valueOf(from)));
                    row.add("end", union.createTypedLiteral(java.math.BigInteger.valueOf(to)));
                    String text = texts.computeIfAbsent(letter, l -> {
                        Statement st = union.getProperty(l, Vocab.text);
                        return st == null ? null : st.getString();
                    });
                    if (text != null && to <= text.length()) {
                        row.add("exact", union.createLiteral(text.substring(from, to)));
                    }
                    out.add(evidenceRow(row));
                }
            }
        } finally {
            annotations.close();
        }
        return out;
    }

    /** The evidence of a fact as {@link #evidence} lists it (by letter, then position), read as {@link #evidenceSample} reads it. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sortedEvidence(String iri) {
        List<Map<String, Object>> out = evidenceSample(iri, 500);
        out.sort(Comparator.comparing((Map<String, Object> e) -> String.valueOf(((Map<String, Object>) e.get("letter")).get("iri")))
                .thenComparingInt(e -> e.get("start") instanceof Integer i ? i : -1));
        return out;
    }

    private List<Map<String, Object>> events(Map<String, Object> s, String iri) {
        Map<String, Map<String, Object>> byEvent = new LinkedHashMap<>();
        Resource body = union.createResource(iri);
        // the first page of the body's events in date order (a summary build writes) for a body with more than a
        // page of them, else every event (read as they are, also when letters were added without new summaries)
        Statement counted = union.getProperty(body, EVENT_COUNT);
        boolean paged = counted != null && counted.getInt() > MAX_EVENTS && union.contains(null, EVENT_PAGE_OF, body);
        String pattern = paged ? "?page unkg:eventPageOf ?body ; unkg:pageNumber 1 ; unkg:pageItem ?e ." : "?e unkg:concerns ?body .";
        for (QuerySolution row : reader.select("""
                SELECT ?e ?date ?type ?status ?end WHERE {
                  %s
                  OPTIONAL { ?e unkg:date ?date } OPTIONAL { ?e unkg:eventType ?type }
                  OPTIONAL { ?e unkg:status ?status } OPTIONAL { ?e unkg:endDate ?end }
                } LIMIT 1000""".formatted(pattern), Map.of("body", body))) {
            Resource e = row.getResource("e");
            Map<String, Object> ev = byEvent.computeIfAbsent(e.getURI(), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("event", value(e));
                m.put("iri", k);
                return m;
            });
            if (row.contains("date")) {
                ev.putIfAbsent("date", row.getLiteral("date").getLexicalForm());
            }
            if (row.contains("end")) {
                ev.putIfAbsent("endDate", row.getLiteral("end").getLexicalForm());
            }
            if (row.contains("type")) {
                ev.putIfAbsent("type", row.get("type").isLiteral() ? row.getLiteral("type").getLexicalForm() : labels.best(row.getResource("type")));
            }
            if (row.contains("status")) {
                ev.putIfAbsent("status", row.get("status").isLiteral() ? row.getLiteral("status").getLexicalForm() : labels.best(row.getResource("status")));
            }
        }
        List<Map<String, Object>> events = new ArrayList<>(byEvent.values());
        // an undated event (stated in a letter without a date) is marked so, and listed last
        events.stream().filter(m -> !m.containsKey("date") && !m.containsKey("endDate")).forEach(m -> m.put("date", UNDATED));
        events.sort(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.getOrDefault("date", "9999")))
                .thenComparing(m -> String.valueOf(m.getOrDefault("type", ""))));
        int total = paged ? counted.getInt() : events.size();
        if (total > MAX_EVENTS || events.size() > MAX_EVENTS) {
            s.put("eventsNote", "The first " + MAX_EVENTS + " of " + total + " events, in date order; "
                    + "each with at most " + EVIDENCE_PER_EVENT + " of its statements (its own page lists them all).");
            events = new ArrayList<>(events.subList(0, Math.min(MAX_EVENTS, events.size())));
        } else if (!events.isEmpty()) {
            s.put("eventsNote", "Each event with at most " + EVIDENCE_PER_EVENT + " of its statements (its own page lists them all).");
        }
        for (Map<String, Object> ev : events) {
            ev.put("evidence", evidenceSample((String) ev.remove("iri"), EVIDENCE_PER_EVENT));
        }
        return events;
    }

    /** What a body's page shows in the date column of an event without a date; sorted after every date. */
    static final String UNDATED = "undated";

    private List<Map<String, Object>> mandates(Map<String, Object> s, String iri) {
        Map<String, Map<String, Object>> byMandate = new LinkedHashMap<>();
        Resource body = union.createResource(iri);
        // the number and the first page of the body's mandates in IRI order: summaries build writes, else all of them
        Statement counted = union.getProperty(body, MANDATE_COUNT);
        long count = counted != null ? counted.getLong() : union.listStatements(null, OF, body).toList().size();
        if (count > MAX_MANDATES) {
            s.put("mandatesNote", "The first " + MAX_MANDATES + " of " + count + " mandates stated in the letters.");
        }
        String mandates = count > MAX_MANDATES && union.contains(null, MANDATE_PAGE_OF, body)
                ? "?page unkg:mandatePageOf ?body ; unkg:pageNumber 1 ; unkg:pageItem ?m" : "?m unkg:of ?body";
        for (QuerySolution row : reader.select("""
                SELECT ?m ?task ?order ?value WHERE {
                  { SELECT ?m WHERE { """ + mandates + " } ORDER BY ?m LIMIT " + MAX_MANDATES + """
                   }
                  OPTIONAL { ?m unkg:task ?task OPTIONAL { ?task unkg:order ?order } OPTIONAL { ?task rdf:value ?value } }
                } ORDER BY ?m ?order LIMIT 2000""", Map.of("body", body))) {
            Resource m = row.getResource("m");
            Map<String, Object> md = byMandate.computeIfAbsent(m.getURI(), k -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("mandate", value(m));
                x.put("tasks", new ArrayList<Map<String, Object>>());
                x.put("evidence", sortedEvidence(k));
                List<Map<String, Object>> sources = new ArrayList<>();
                for (Statement st : union.listStatements(m, Vocab.provWasDerivedFrom, (RDFNode) null).toList()) {
                    sources.add(value(st.getObject()));
                }
                x.put("sources", sources);
                x.put("hasSources", !sources.isEmpty());
                return x;
            });
            if (row.contains("task")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> tasks = (List<Map<String, Object>>) md.get("tasks");
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("order", row.contains("order") ? row.getLiteral("order").getLexicalForm() : "");
                t.put("text", row.contains("value") ? row.getLiteral("value").getLexicalForm() : "");
                t.put("lang", row.contains("value") ? row.getLiteral("value").getLanguage() : "");
                t.put("dir", row.contains("value") && "ar".equals(row.getLiteral("value").getLanguage()) ? "rtl" : "auto");
                tasks.add(t);
            }
        }
        return new ArrayList<>(byMandate.values());
    }

    private void incoming(Map<String, Object> s, String iri, int page) {
        int p = Math.max(0, page);
        List<Map<String, Object>> rows = new ArrayList<>();
        // in the store's index order (stable for a database): sorting every incoming link of a resource that
        // thousands of letters name would cost more than the page; each page is sorted for display
        List<QuerySolution> found = new ArrayList<>(reader.select("SELECT ?s ?p WHERE { ?s ?p ?o } LIMIT "
                + (INCOMING_PAGE + 1) + " OFFSET " + (p * INCOMING_PAGE), Map.of("o", union.createResource(iri))));
        List<QuerySolution> shown = new ArrayList<>(found.subList(0, Math.min(INCOMING_PAGE, found.size())));
        shown.sort(Comparator.comparing((QuerySolution q) -> q.get("p").toString()).thenComparing(q -> q.get("s").toString()));
        for (QuerySolution row : shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", value(row.get("s")));
            m.put("property", value(row.get("p")));
            rows.add(m);
        }
        s.put("incoming", rows);
        s.put("hasIncoming", !rows.isEmpty() || p > 0);
        s.put("incomingPage", p + 1);
        String here = LinkedDataPaths.pageHref(iri);
        String sep = here.contains("?") ? "&" : "?";
        s.put("incomingPrev", p > 0 ? here + sep + "in=" + (p - 1) + "#incoming" : null);
        s.put("incomingNext", found.size() > INCOMING_PAGE ? here + sep + "in=" + (p + 1) + "#incoming" : null);
    }
}
