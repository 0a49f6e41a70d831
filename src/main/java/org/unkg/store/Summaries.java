package org.unkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.update.UpdateExecution;
import org.unkg.graph.Vocab;

/**
 * The summary graph: figures that pages and queries would otherwise aggregate over every letter, computed
 * once when the letters have landed. For each resource the letters mention (bodies, states, persons,
 * places): in how many letters ({@code unkg:letterCount}), the dates of the first and the last of them
 * ({@code unkg:firstLetterDate}, {@code unkg:lastLetterDate}), and for each resource events concern, how
 * many events ({@code unkg:eventCount}); the {@value #LATEST} latest letters that mention it
 * ({@code unkg:latestLetter}); for each document with two or more language versions, its versions
 * ({@code unkg:version}) and their number ({@code unkg:versionCount}). Recomputed whole by {@link #write}, so a build that changes letters
 * calls it again before it commits.
 */
public final class Summaries {
    /** The named graph holding the summaries. */
    public static final String GRAPH = Vocab.GRAPH + "summary";

    private static final String PREFIXES = """
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    /** Every (resource, letter) mention with the letter's date; one row per pair (the union is a set of triples). */
    private static final String MENTIONS = PREFIXES + """
            SELECT ?x ?l ?d WHERE { ?l unkg:mentions ?x . OPTIONAL { ?l dcterms:date ?d } }""";

    /** How many of a resource's latest letters {@code unkg:latestLetter} lists. */
    public static final int LATEST = 20;

    private static final String EVENTS = PREFIXES + """
            CONSTRUCT { ?x unkg:eventCount ?n }
            WHERE {
              { SELECT ?x (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e unkg:concerns ?x } GROUP BY ?x }
            }""";

    /** Each letter with the document it is a version of, as parallel-differences.rq groups them. */
    private static final String VERSIONS = PREFIXES + """
            SELECT DISTINCT ?letter ?document WHERE {
              ?letter a unkg:Letter ; unkg:isVersionOf ?d .
              OPTIONAL {
                ?s unkg:sameDocumentAs ?d .
                FILTER NOT EXISTS { ?s2 unkg:sameDocumentAs ?d FILTER(?s2 != ?s) }
              }
              BIND(COALESCE(?s, ?d) AS ?document)
            }""";

    private Summaries() {}

    private static org.apache.jena.rdf.model.Property term(String local) {
        return org.apache.jena.rdf.model.ResourceFactory.createProperty(Vocab.UNKG + local);
    }

    /**
     * Replaces the summary graph of {@code ds} by one computed from its letters; the caller holds a write
     * transaction and the dataset's default graph is the union of its named graphs ({@link Tdb}).
     */
    public static void write(Dataset ds) {
        UpdateExecution.dataset(ds).update("DROP SILENT GRAPH <" + GRAPH + ">").execute();
        Model summary = ModelFactory.createDefaultModel();
        mentions(ds, summary);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(EVENTS).build()) {
            summary.add(qe.execConstruct());
        }
        versions(ds, summary);
        ds.addNamedModel(GRAPH, summary);
    }

    /** A letter with its date (null when it states none), ordered latest first, then by IRI. */
    private record Dated(String date, Resource letter) implements Comparable<Dated> {
        @Override
        public int compareTo(Dated o) {
            int c = Comparator.<String>nullsLast(Comparator.reverseOrder()).compare(date, o.date);
            return c != 0 ? c : letter.getURI().compareTo(o.letter.getURI());
        }
    }

    /** What is known of one mentioned resource while the mentions stream by. */
    private static final class Mentioned {
        long letters;
        Literal first;
        Literal last;
        final TreeSet<Dated> latest = new TreeSet<>();
    }

    /** letterCount, first/last letter dates and the latest letters of every mentioned resource, in one pass. */
    private static void mentions(Dataset ds, Model summary) {
        Map<Resource, Mentioned> byResource = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(MENTIONS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Mentioned m = byResource.computeIfAbsent(row.getResource("x"), k -> new Mentioned());
                m.letters++;
                Literal d = row.contains("d") && row.get("d").isLiteral() ? row.getLiteral("d") : null;
                if (d != null) {
                    if (m.first == null || d.getLexicalForm().compareTo(m.first.getLexicalForm()) < 0) {
                        m.first = d;
                    }
                    if (m.last == null || d.getLexicalForm().compareTo(m.last.getLexicalForm()) > 0) {
                        m.last = d;
                    }
                }
                m.latest.add(new Dated(d == null ? null : d.getLexicalForm(), row.getResource("l")));
                if (m.latest.size() > LATEST) {
                    m.latest.pollLast();
                }
            }
        }
        byResource.forEach((x, m) -> {
            Resource r = summary.createResource(x.getURI());
            r.addLiteral(term("letterCount"), summary.createTypedLiteral(m.letters));
            if (m.first != null) {
                r.addProperty(term("firstLetterDate"), m.first);
                r.addProperty(term("lastLetterDate"), m.last);
            }
            m.latest.forEach(d -> r.addProperty(term("latestLetter"), d.letter()));
        });
    }

    /**
     * The language versions of each document that has two or more: a letter is a version of the document it
     * states ({@code unkg:isVersionOf}), or of the one symbol document that document is the same as.
     */
    private static void versions(Dataset ds, Model summary) {
        Map<Resource, List<Resource>> byDocument = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(VERSIONS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                byDocument.computeIfAbsent(row.getResource("document"), k -> new ArrayList<>()).add(row.getResource("letter"));
            }
        }
        byDocument.forEach((doc, letters) -> {
            if (letters.size() >= 2) {
                Resource d = summary.createResource(doc.getURI());
                d.addLiteral(term("versionCount"), summary.createTypedLiteral((long) letters.size()));
                letters.forEach(l -> d.addProperty(term("version"), l));
            }
        });
    }
}
