package org.unkg.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.export.QueryLibrary;
import org.unkg.extract.Pipelines;
import org.unkg.store.BuildReport;
import org.unkg.store.BuildRunner;
import org.unkg.store.Tdb;

/**
 * Language versions of one document built into one store: linked to one document (by the symbol they state,
 * or by date, sender and recipient when a version states none), and compared by
 * {@code queries/parallel-differences.rq}; letters of several languages side by side build together.
 */
class ParallelLettersTest {
    private static final Path SHARED_EN = Path.of("../shared/letters-en/S-2005-323.txt");
    private static final Path SEED_AR = Path.of("data/letters/004_757d9203f7c97c3d.txt");

    private static final String EN_WITH_SYMBOL = """
            S/2011/250

            Security Council

            Distr.: General
            14 April 2011

            Original: English

            Letter dated 12 April 2011 from the Secretary-General addressed to the
            President of the Security Council

            I have the honour to inform you of my intention to extend the mandate of the United Nations
            Office for West Africa for a further period of three years, from 1 January 2011 to
            31 December 2013. The Office will continue to work closely with the Economic Community of
            West African States.

            (Signed) Ban Ki-moon
            """;
    private static final String AR_WITHOUT_SYMBOL = """
            رسالة مؤرخة ١٢ نيسان/أبريل ٢٠١١ موجهة من الأمين العام إلى رئيس مجلس الأمن
            أتشرف بإبلاغكم باعتزامي تمديد ولاية مكتب الأمم المتحدة لغرب أفريقيا لفترة ثلاث سنوات أخرى، من
            ١ كانون الثاني/يناير ٢٠١١ إلى ٣١ كانون الأول/ديسمبر ٢٠١٣.
            (توقيع) بان كي - مون
            """;

    @TempDir
    Path tmp;

    private static BuildRunner runner() throws Exception {
        return new BuildRunner(Pipelines.project(), BuildRunner.loadOntology(Path.of("ontology")), "test");
    }

    private Path build(Map<String, String> letters) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("letters"));
        for (Map.Entry<String, String> e : letters.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        Path db = tmp.resolve("db");
        BuildReport report = runner().build(dir, db);
        assertThat(report.errors()).isEmpty();
        assertThat(report.letters()).isEqualTo(letters.size());
        return db;
    }

    private static List<Map<String, String>> select(Path db, String queryText) {
        Dataset ds = Tdb.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                List<Map<String, String>> rows = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(queryText).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        Map<String, String> row = new TreeMap<>();
                        s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                                ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                        rows.add(row);
                    }
                }
                return rows;
            });
        } finally {
            ds.close();
        }
    }

    private static List<String> differences(Path db) {
        return select(db, QueryLibrary.text("parallel-differences.rq")).stream()
                .map(r -> r.get("field") + " " + r.get("value") + " in " + r.get("in")).toList();
    }

    @Test
    void aVersionWithoutSymbolIsMatchedToTheSymbolDocumentByDateAndParties() throws Exception {
        Path db = build(Map.of("2011-en.txt", EN_WITH_SYMBOL, "2011-ar.txt", AR_WITHOUT_SYMBOL));
        List<Map<String, String>> docs = select(db, """
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                SELECT ?source ?symbol ?same WHERE {
                  ?l unkg:sourceFile ?source ; unkg:isVersionOf ?d .
                  OPTIONAL { ?l unkg:symbol ?symbol }
                  OPTIONAL { ?s unkg:sameDocumentAs ?d BIND(STR(?s) AS ?same) }
                } ORDER BY ?source""");
        assertThat(docs).extracting(r -> r.get("source") + " " + r.get("symbol") + " " + r.get("same")).containsExactly(
                "2011-ar.txt null https://w3id.org/unkg/id/document/S/2011/250",
                "2011-en.txt S/2011/250 null");
    }

    @Test
    void listsTheFactsOnlyOneLanguageVersionStates() throws Exception {
        Path db = build(Map.of("2011-en.txt", EN_WITH_SYMBOL, "2011-ar.txt", AR_WITHOUT_SYMBOL));
        assertThat(differences(db)).containsExactly("organizations ECOWAS in 2011-en.txt");
    }

    @Test
    void lettersOfOtherDatesAreNotVersionsOfOneDocument() throws Exception {
        Path db = build(Map.of("2011-en.txt", EN_WITH_SYMBOL,
                "2011-ar.txt", AR_WITHOUT_SYMBOL.replace("١٢ نيسان", "١٣ نيسان")));
        assertThat(differences(db)).isEmpty();
    }

    @Test
    void buildsArabicAndEnglishLettersSideBySideEachInItsLanguage() throws Exception {
        Path db = build(Map.of("2011-en.txt", EN_WITH_SYMBOL, "2011-ar.txt", AR_WITHOUT_SYMBOL,
                "2010-fr.txt", FrenchLetters.EXTENSION));
        assertThat(select(db, """
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?source ?language WHERE { ?l unkg:sourceFile ?source ; dcterms:language ?language }
                ORDER BY ?source""")).extracting(r -> r.get("source") + " " + r.get("language"))
                .containsExactly("2010-fr.txt fr", "2011-ar.txt ar", "2011-en.txt en");
    }

    private Path buildS2005323() throws Exception {
        assumeTrue(Files.isRegularFile(SHARED_EN), "../shared/letters-en is absent");
        return build(Map.of("S-2005-323.txt", Files.readString(SHARED_EN),
                SEED_AR.getFileName().toString(), Files.readString(SEED_AR)));
    }

    @Test
    void arabicAndEnglishVersionsOfS2005323AgreeOnDateSenderRecipientAndSignatory() throws Exception {
        List<String> diff = differences(buildS2005323());
        assertThat(diff).filteredOn(d -> d.matches("(date|sender|recipient|signatory) .*")).isEmpty();
    }

    @Test
    void arabicAndEnglishVersionsOfS2005323AgreeOnOrganizationsAndEvents() throws Exception {
        List<String> diff = differences(buildS2005323());
        assertThat(diff).filteredOn(d -> d.matches("(organizations|events) .*")).isEmpty();
    }
}
