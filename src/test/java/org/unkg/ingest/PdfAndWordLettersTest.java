package org.unkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.export.FactsExporter;
import org.unkg.store.BuildReport;
import org.unkg.store.Tdb;

/**
 * The same letters as text, as PDF and as Word files made by a real layout engine (LibreOffice) give the
 * same facts, field by field of the facts export, in English, French and Arabic: the PDF's page furniture
 * (job numbers, bar codes, running symbols, page numbers) is dropped, its right-to-left lines come out in
 * reading order, Word's headers and footers are not letter text. One recursive build of the fixture
 * folder ({@code txt/}, {@code pdf/}, {@code docx/}, {@code doc/}) into a real TDB2 store.
 */
class PdfAndWordLettersTest {
    @TempDir
    static Path tmp;

    private static Dataset ds;
    private static BuildReport report;
    private static final Map<String, JsonNode> FACTS = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        report = Fixtures.runner().build(Fixtures.letters(), tmp.resolve("db"), true);
        ds = Tdb.open(tmp.resolve("db"));
        for (JsonNode letter : new FactsExporter().facts(ds)) {
            FACTS.put(letter.get("source").asText(), letter);
        }
    }

    @AfterAll
    static void close() {
        if (ds != null) {
            ds.close();
        }
    }

    static Stream<Arguments> versions() {
        List<Arguments> out = new ArrayList<>();
        for (String name : Fixtures.LETTERS) {
            out.add(Arguments.of(name, "pdf"));
            out.add(Arguments.of(name, "docx"));
        }
        out.add(Arguments.of("en-one-page", "doc"));
        return out.stream();
    }

    @Test
    void everyVersionOfEveryLetterLands() {
        assertThat(report.errors()).isEmpty();
        assertThat(FACTS.keySet()).hasSize(Fixtures.LETTERS.length * 3 + 1)
                .contains("txt/ar-rtl.txt", "pdf/ar-rtl.pdf", "docx/ar-rtl.docx", "doc/en-one-page.doc");
    }

    @ParameterizedTest(name = "{1}/{0}")
    @MethodSource("versions")
    void aPdfOrWordLetterHasTheFactsOfTheSameLetterAsText(String name, String format) {
        JsonNode text = FACTS.get("txt/" + name + ".txt");
        JsonNode other = FACTS.get(format + "/" + name + "." + format);
        assertThat(other).as("facts of %s/%s.%s", format, name, format).isNotNull();
        // the comparison means something only when the text version has facts of every kind it can
        assertThat(text.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(text.get("organizations")).isNotEmpty();
        assertThat(text.get("signatory")).isNotEmpty();
        for (Iterator<String> it = text.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("source")) {
                assertThat(other.get(field)).as("%s of %s.%s", field, name, format).isEqualTo(text.get(field));
            }
        }
    }

    @Test
    void theFixturesCoverEventsMandatesSeatsAndStatesInTheThreeLanguages() {
        assertThat(FACTS.get("txt/ar-rtl.txt").get("language").asText()).isEqualTo("ar");
        assertThat(FACTS.get("txt/fr-two-pages.txt").get("language").asText()).isEqualTo("fr");
        assertThat(FACTS.get("txt/en-annex.txt").get("language").asText()).isEqualTo("en");
        assertThat(FACTS.get("txt/ar-rtl.txt").get("mandates")).isNotEmpty();
        assertThat(FACTS.get("txt/ar-rtl.txt").get("seats")).isNotEmpty();
        assertThat(FACTS.get("txt/fr-two-pages.txt").get("events")).isNotEmpty();
        assertThat(FACTS.get("txt/en-annex.txt").get("states")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void evidenceOffsetsOfPdfAndWordLettersSelectTheMentionedNamesInTheStoredText() {
        List<String> checked = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            // a state's mention, selected by its offsets, is words of the stored text that begin and end on letters:
            // offsets into the stored text (not into the PDF's or Word's raw text, which would cut words)
            String q = """
                    PREFIX oa: <http://www.w3.org/ns/oa#>
                    PREFIX unkg: <https://w3id.org/unkg/ontology#>
                    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                    SELECT DISTINCT ?file ?text ?start ?end WHERE {
                      ?letter unkg:sourceFile ?file ; unkg:text ?text ; unkg:mentions ?state .
                      FILTER(!STRENDS(?file, ".txt"))
                      ?a oa:hasBody ?state ; oa:hasTarget ?t .
                      ?state a unkg:State .
                      FILTER(STRSTARTS(STR(?t), CONCAT(STR(?letter), "#char=")))
                      """ + org.unkg.graph.SpanTarget.bindOffsets("t") + """
                    }""";
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining((QuerySolution row) -> {
                    String text = row.getLiteral("text").getString();
                    int start = row.getLiteral("start").getInt();
                    int end = row.getLiteral("end").getInt();
                    assertThat(end).isLessThanOrEqualTo(text.length());
                    String words = text.substring(start, end);
                    assertThat(words).as(row.getLiteral("file").getString()).isNotBlank();
                    assertThat(Character.isLetter(words.codePointAt(0))).as(words).isTrue();
                    assertThat(Character.isLetter(words.codePointBefore(words.length()))).as(words).isTrue();
                    checked.add(row.getLiteral("file").getString());
                });
            }
        });
        assertThat(checked).contains("pdf/ar-rtl.pdf", "docx/fr-two-pages.docx", "doc/en-one-page.doc");
    }

    @Test
    void aLetterKeepsItsSourceFileMediaTypeAndChecksum() {
        Map<String, String[]> origin = new HashMap<>();
        Txn.executeRead(ds, () -> {
            String q = """
                    PREFIX unkg: <https://w3id.org/unkg/ontology#>
                    SELECT ?l ?file ?sha WHERE { ?l unkg:sourceFile ?file ; unkg:sha256 ?sha }""";
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                // the media type as the graph gives it: stored, or implied by the file's name (not stored then)
                var union = ds.getUnionModel().getGraph();
                qe.execSelect().forEachRemaining(r -> {
                    var letter = r.getResource("l").asNode();
                    String type = java.util.stream.Stream.concat(
                                    union.find(letter, org.unkg.graph.Vocab.mediaType.asNode(), org.apache.jena.graph.Node.ANY).toList().stream(),
                                    org.unkg.graph.StoredTriples.implied(union, letter).stream()
                                            .filter(t -> t.getPredicate().equals(org.unkg.graph.Vocab.mediaType.asNode())))
                            .map(t -> t.getObject().getLiteralLexicalForm()).findFirst().orElse(null);
                    origin.put(r.getLiteral("file").getString(), new String[] {type, r.getLiteral("sha").getString()});
                });
            }
        });
        assertThat(origin.get("pdf/fr-two-pages.pdf")[0]).isEqualTo("application/pdf");
        assertThat(origin.get("pdf/fr-two-pages.pdf")[1]).isEqualTo(LetterIngest.sha256(Fixtures.bytes("pdf", "fr-two-pages")));
        assertThat(origin.get("docx/ar-rtl.docx")[0]).isEqualTo(LetterFormat.DOCX.mediaType());
        assertThat(origin.get("doc/en-one-page.doc")[0]).isEqualTo("application/msword");
        assertThat(origin.get("txt/en-annex.txt")[0]).isEqualTo("text/plain");
        assertThat(origin).hasSize(Fixtures.LETTERS.length * 3 + 1);
    }
}
