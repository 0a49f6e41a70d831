package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.extract.Pipelines;

/**
 * The lifecycle rows build writes per page of a body's events ({@code unkg:lifecycleRows}, read by
 * {@code queries/lifecycle.rq}): an update that changes what a row shows without changing the body's events (another
 * language version of a letter's document now gives its symbol; a letter giving the body's seat and tasks replaced)
 * leaves the rows a full build of the same letters writes, and the documented query shows the change.
 */
class LifecycleRowsTest {
    private static final Path GENRE = Path.of("src", "test", "resources", "genre", "letters");

    @TempDir
    Path tmp;

    private static BuildRunner runner() {
        return new BuildRunner(Pipelines.project(), ModelFactory.createDefaultModel(), "test");
    }

    @Test
    void anUpdateAddingTheSymbolVersionOfALettersDocumentGivesItsRowsTheSymbolAsARebuildDoes() throws IOException {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        // a French version without its symbol line (a translation without its header) of a letter establishing BINUB
        String french = Files.readString(GENRE.resolve("mandates-fr-1.txt"));
        assertThat(french).startsWith("S/2006/429\n");
        Files.writeString(letters.resolve("binub-fr.txt"), french.substring("S/2006/429\n".length()));
        Files.copy(GENRE.resolve("mandates-en-1.txt"), letters.resolve("uniosil-en.txt"));
        Files.copy(GENRE.resolve("w6-letters-es-2.txt"), letters.resolve("uniosil-es.txt"));
        Path db = tmp.resolve("db");
        runner().build(letters, db, false);
        assertThat(lifecycle(db, "BINUB")).anyMatch(r -> r.contains("source=binub-fr.txt symbol= seat=Bujumbura"));

        // the version stating the symbol lands; a letter naming UNIOSIL's seat and tasks is replaced by another letter
        Files.copy(GENRE.resolve("mandates-fr-1.txt"), letters.resolve("binub-symbol.txt"));
        Files.copy(GENRE.resolve("events-en-2.txt"), letters.resolve("uniosil-es.txt"), StandardCopyOption.REPLACE_EXISTING);
        List<String> uniosilBefore = lifecycle(db, "UNIOSIL");
        runner().update(letters, db, false);

        assertThat(lifecycle(db, "BINUB")).anyMatch(r -> r.contains("source=binub-fr.txt symbol=S/2006/429 seat=Bujumbura"));
        assertThat(lifecycle(db, "UNIOSIL")).isNotEqualTo(uniosilBefore).noneMatch(r -> r.contains("source=uniosil-es.txt"));
        Path rebuilt = tmp.resolve("rebuilt");
        runner().build(letters, rebuilt, false);
        assertThat(rows(db)).isNotEmpty().isEqualTo(rows(rebuilt));
    }

    /** The documented query's rows for the body with notation {@code key}, each as its source, symbol and seat. */
    private static List<String> lifecycle(Path db, String key) throws IOException {
        String query = Files.readString(Path.of("queries", "lifecycle.rq"));
        Dataset ds = Tdb.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                List<String> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                        .substitution("key", ResourceFactory.createPlainLiteral(key)).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        out.add("source=" + text(s, "source") + " symbol=" + text(s, "symbol") + " seat=" + text(s, "seat")
                                + " tasks=" + text(s, "tasks"));
                    }
                }
                return out;
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    private static String text(QuerySolution s, String var) {
        return s.contains(var) ? s.get(var).asLiteral().getLexicalForm() : "";
    }

    /** Every lifecycle rows quad of the database, sorted. */
    private static List<String> rows(Path db) {
        Dataset ds = Tdb.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                List<String> out = new ArrayList<>();
                ds.asDatasetGraph().find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                        LifecycleRows.LIFECYCLE_ROWS, org.apache.jena.graph.Node.ANY).forEachRemaining(q -> out.add(q.toString()));
                out.sort(null);
                return out;
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }
}
