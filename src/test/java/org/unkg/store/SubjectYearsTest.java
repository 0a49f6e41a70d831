package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unkg.graph.Vocab;

/**
 * The rows per concept and year that {@code queries/letters-by-subject.rq} reads give the answers of the query that
 * walked the thesaurus and the letters (kept in {@code before-rewrite/}), for a concept, a narrower one, a label in
 * another language and a label two concepts share; an update adjusts them to those of a full computation.
 */
class SubjectYearsTest {
    private static final String PREFIXES = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix t: <http://metadata.un.org/thesaurus/> .
            """;
    /** PEACE over PEACEBUILDING and ASIA; a second resource labelled "Asie" (French) as ASIA is. */
    private static final String THESAURUS = """
            t:A skos:prefLabel "PEACE"@en, "PAIX"@fr .
            t:B skos:prefLabel "PEACEBUILDING"@en ; skos:broader t:A .
            t:C skos:prefLabel "ASIA"@en, "ASIE"@fr ; skos:broader t:A .
            t:D skos:prefLabel "Asie"@fr .
            """;

    @TempDir
    Path dir;

    private static Model model(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + ttl), null, "TTL");
        return m;
    }

    /**
     * A letter: its symbol (or none), dates, the concepts of its %%% line, and its index rows as concept and rank.
     */
    private static Model letter(String stem, String symbol, List<String> dates, List<String> subjects, String... index) {
        String l = "<" + Vocab.ID + "letter/" + stem + ">";
        StringBuilder ttl = new StringBuilder(l + " a unkg:Letter ; unkg:sourceFile \"" + stem + " letter.txt\" .\n");
        if (symbol != null) {
            ttl.append(l).append(" unkg:symbol \"").append(symbol).append("\" .\n");
        }
        dates.forEach(d -> ttl.append(l).append(" dcterms:date \"").append(d).append("\"^^xsd:date .\n"));
        subjects.forEach(c -> ttl.append(l).append(" dcterms:subject t:").append(c).append(" .\n"));
        for (int i = 0; i < index.length; i += 2) {
            String row = "<" + Vocab.ID + "letter/" + stem + "/index/" + i + ">";
            ttl.append(l).append(" unkg:indexedBy ").append(row).append(" .\n").append(row).append(" unkg:concept t:")
                    .append(index[i]).append(" ; unkg:rank ").append(index[i + 1]).append(" .\n");
        }
        return model(ttl.toString());
    }

    private Dataset corpus() {
        Dataset ds = SummaryStores.open(dir);
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel(Vocab.THESAURUS_GRAPH, model(THESAURUS));
            Summaries.Touched ignored = new Summaries.Touched();
            SummaryStores.put(ds, ignored, "en", letter("en", "S/2011/1", List.of("2011-03-01"), List.of("B")));
            // the French version of the same symbol, in another month, indexed under ASIA
            SummaryStores.put(ds, ignored, "fr", letter("fr", "S/2011/1", List.of("2011-05-01"), List.of(), "C", "2"));
            // no symbol: its file name; rank 7 does not count, the second resource labelled "Asie" does
            SummaryStores.put(ds, ignored, "nosym", letter("nosym", null, List.of("2012-01-01", "2013-02-02"), List.of(),
                    "B", "7", "D", "1"));
            SummaryStores.put(ds, ignored, "undated", letter("undated", "S/4", List.of(), List.of("A")));
            Summaries.write(ds);
        });
        return ds;
    }

    @ParameterizedTest(name = "subject={0}")
    @ValueSource(strings = {"PEACE", "paix", "peacebuilding", "Asia", "asie", "nothing"})
    void theRowsGiveTheAnswersOfTheQueryThatWalkedTheThesaurusAndTheLetters(String subject) throws IOException {
        Dataset ds = corpus();
        try {
            List<String> expected = rows(ds, earlier(), subject);
            assertThat(rows(ds, now(), subject)).containsExactlyElementsOf(expected);
            if (!subject.equals("nothing")) {
                assertThat(expected).as("the earlier query finds rows here").isNotEmpty();
            }
        } finally {
            ds.close();
        }
    }

    @Test
    void aLabelTwoResourcesShareCountsTheLettersAboutEitherOnce() throws IOException {
        Dataset ds = corpus();
        try {
            // "asie": ASIA (the French version, 2011) and the other resource (the letter without symbol, 2012, 2013)
            assertThat(rows(ds, now(), "asie")).containsExactly(
                    "2011 1 S/2011/1", "2012 1 nosym letter.txt", "2013 1 nosym letter.txt");
            // PEACE: the undated letter (a string sorts before the years), both versions in 2011 (one symbol)
            assertThat(rows(ds, now(), "peace")).containsExactly("undated 1 S/4", "2011 2 S/2011/1");
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateChangingAndAddingLettersGivesTheRowsOfAFullComputation() throws IOException {
        Dataset ds = corpus();
        try {
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                // the French version no longer indexed under ASIA: S/2011/1 stays in PEACE's 2011 through the English one
                SummaryStores.put(ds, touched, "fr", letter("fr", "S/2011/1", List.of("2011-05-01"), List.of()));
                SummaryStores.put(ds, touched, "nosym", null);
                SummaryStores.put(ds, touched, "new", letter("new", "S/2014/9", List.of("2014-01-01"), List.of("C")));
            });
            assertThat(rows(ds, now(), "peace")).containsExactly("undated 1 S/4", "2011 1 S/2011/1", "2014 1 S/2014/9");
            assertThat(rows(ds, now(), "asie")).containsExactly("2014 1 S/2014/9");
            assertThat(rows(ds, earlier(), "asie")).containsExactly("2014 1 S/2014/9");
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateWithoutTheLabelGroupsRecordedBesideTheDatabaseGivesTheSameRows() throws IOException {
        Dataset ds = corpus();
        try {
            // the full computation recorded the labels two resources share; without that record, the update reads them
            Path recorded = dir.resolve(LabelGroups.FILE);
            assertThat(recorded).exists();
            assertThat(Files.readString(recorded)).contains("asie\t");
            Files.delete(recorded);
            SummaryStores.assertUpdateEqualsFull(ds, touched -> {
                SummaryStores.put(ds, touched, "fr", letter("fr", "S/2011/1", List.of("2011-05-01"), List.of()));
                SummaryStores.put(ds, touched, "new", letter("new", "S/2014/9", List.of("2014-01-01"), List.of("D")));
            });
            assertThat(rows(ds, now(), "asie")).containsExactly("2012 1 nosym letter.txt", "2013 1 nosym letter.txt",
                    "2014 1 S/2014/9");
            assertThat(recorded).exists();
        } finally {
            ds.close();
        }
    }

    private static String now() throws IOException {
        return Files.readString(Path.of("queries", "letters-by-subject.rq"));
    }

    private static String earlier() throws IOException {
        try (InputStream in = SubjectYearsTest.class.getResourceAsStream("/org/unkg/queries/before-rewrite/letters-by-subject.rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The query's rows for {@code subject} as "year letters which" (the symbols of {@code ?which} sorted). */
    private static List<String> rows(Dataset ds, String query, String subject) {
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true)
                    .substitution("subject", ResourceFactory.createPlainLiteral(subject)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String[] which = s.getLiteral("which").getLexicalForm().split(" (?=S/)");
                    Arrays.sort(which);
                    out.add((s.contains("year") ? s.get("year").asLiteral().getLexicalForm() : "") + " "
                            + s.getLiteral("letters").getLexicalForm() + " " + String.join(" ", which));
                }
            }
            return out;
        });
    }
}
