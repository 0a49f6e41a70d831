package org.unkg.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.unkg.catalog.Thesaurus;

/**
 * What "letters about a subject" means wherever unkg filters by one (the timeline, search, a concept's page): a
 * subject named by the user (a UNBIS Thesaurus concept's IRI, its notation {@code 1004776}, or a preferred label in
 * any of its six languages, compared as the thesaurus compares terms (case, accents and the Arabic article ignored): {@code PEACEBUILDING}, {@code consolidation de la paix}) is
 * resolved to its concept; the concept stands for itself and every concept under it ({@code skos:broader}, at any
 * depth); a letter is about it when its {@code %%%} line names one of them ({@code dcterms:subject}) or the subject
 * indexer ranks one among its first {@link #INDEX_RANKS} ({@code unkg:indexedBy}). Runs over the union graph of a
 * built database; the caller holds the read transaction.
 */
public final class SubjectScope {
    /** The indexer's concepts of a letter that count as its subjects: its first five (see the README's figures). */
    public static final int INDEX_RANKS = 5;

    private final String concept;
    private final Set<String> concepts;

    private SubjectScope(String concept, Set<String> concepts) {
        this.concept = concept;
        this.concepts = Set.copyOf(concepts);
    }

    /** The concept named. */
    public String concept() {
        return concept;
    }

    /** The concept and every concept under it. */
    public Set<String> concepts() {
        return concepts;
    }

    /**
     * The scope of the subject {@code named} in {@code ds}.
     *
     * @throws IllegalArgumentException when no concept of the loaded thesaurus has that IRI, notation or label (the
     *                                  message names the subject and, when some exist, labels that contain it)
     */
    public static SubjectScope resolve(Dataset ds, String named) {
        String concept = conceptOf(ds, named);
        Set<String> all = new LinkedHashSet<>();
        all.add(concept);
        for (QuerySolution row : select(ds, "SELECT DISTINCT ?c WHERE { ?c skos:broader+ ?top }", concept)) {
            all.add(row.getResource("c").getURI());
        }
        return new SubjectScope(concept, all);
    }

    /** The concept's IRI for a user's IRI, notation or label. */
    private static String conceptOf(Dataset ds, String named) {
        String s = named == null ? "" : named.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty subject: give a UNBIS Thesaurus label, notation or IRI");
        }
        String iri = s.startsWith(Vocab.UNBIS) ? s : s.matches("\\d{2,7}") ? Vocab.UNBIS + s : null;
        if (iri != null) {
            if (!select(ds, "SELECT ?l WHERE { ?top skos:prefLabel ?l } LIMIT 1", iri).isEmpty()) {
                return iri;
            }
            throw new IllegalArgumentException("unknown subject '" + s + "': the UNBIS Thesaurus has no such concept");
        }
        String key = fold(s);
        SubjectLabels labels = SubjectLabels.of(ds);
        String found = labels.concept(key);
        if (found != null) {
            return found;
        }
        List<String> near = labels.near(key, 5);
        throw new IllegalArgumentException("unknown subject '" + s + "': no UNBIS Thesaurus concept has that label"
                + (near.isEmpty() ? "" : " (labels containing it: " + String.join(", ", near) + ")"));
    }

    /**
     * The letters about this subject with, for each, how: the concept its line names or the indexer's rank. Sorted by
     * the letter's date, then IRI.
     */
    public List<LetterSubject> letters(Dataset ds) {
        StringBuilder values = new StringBuilder();
        concepts.forEach(c -> values.append('<').append(c).append("> "));
        ParameterizedSparqlString pss = query("""
                SELECT ?letter ?date ?c ?rank ?score WHERE {
                  VALUES ?c { %s }
                  { ?letter dcterms:subject ?c . ?letter a unkg:Letter }
                  UNION { ?letter unkg:indexedBy ?i . ?i unkg:concept ?c ; unkg:rank ?rank ; unkg:score ?score
                          FILTER(?rank <= %d) }
                  OPTIONAL { ?letter dcterms:date ?date }
                } ORDER BY ?date ?letter ?rank""".formatted(values, INDEX_RANKS));
        List<LetterSubject> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(pss.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                out.add(new LetterSubject(row.getResource("letter").getURI(),
                        row.contains("date") ? row.getLiteral("date").getLexicalForm() : null,
                        row.getResource("c").getURI(),
                        row.contains("rank") ? row.getLiteral("rank").getInt() : 0,
                        row.contains("score") ? row.getLiteral("score").getDouble() : 0));
            }
        }
        return out;
    }

    /** The IRIs of the letters about this subject. */
    public Set<String> letterIris(Dataset ds) {
        Set<String> out = new LinkedHashSet<>();
        letters(ds).forEach(l -> out.add(l.letter()));
        return out;
    }

    /**
     * A letter about a subject, and how.
     *
     * @param letter  the letter's IRI
     * @param date    its date (ISO) or null
     * @param concept the concept (the subject or one under it) that makes it so
     * @param rank    the indexer's rank of the concept, 0 when the letter's {@code %%%} line names it
     * @param score   the indexer's score (0 for a line's concept)
     */
    public record LetterSubject(String letter, String date, String concept, int rank, double score) {
        /** Whether the cataloguer's line names the concept (else the indexer found it). */
        public boolean fromLine() {
            return rank == 0;
        }
    }

    private static List<QuerySolution> select(Dataset ds, String query, String top) {
        ParameterizedSparqlString pss = query(query);
        pss.setParam("top", ResourceFactory.createResource(top));
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(pss.asQuery()).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static ParameterizedSparqlString query(String text) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString();
        pss.setNsPrefixes(Vocab.prefixes());
        pss.append(text);
        return pss;
    }

    /** The form labels and user input are compared in: the thesaurus's own ({@link Thesaurus#key}). */
    static String fold(String s) {
        return Thesaurus.key(s);
    }
}
