package org.unkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.catalog.Catalog;
import org.unkg.extract.Pipelines;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.rules.RuleFiles;

class OptimizerStatisticsTest {
    @TempDir
    Path tmp;

    @Test
    void theStatisticsCountedWhileLoadingEqualThoseReadBackFromTheDatabase() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("letters"));
        Files.writeString(dir.resolve("a-en.txt"), BuildRunnerTest.LETTER_EN);
        Files.writeString(dir.resolve("b-ar.txt"), BuildRunnerTest.LETTER_AR);
        // the same text under another name: the same spans, each in its own letter's graph
        Files.writeString(dir.resolve("c-en.txt"), BuildRunnerTest.LETTER_EN);
        ExtractionContext context = ExtractionContext.of(new Catalog(ModelFactory.createDefaultModel()),
                RuleFiles.load(Pipelines.RULES));
        Path db = tmp.resolve("db");

        BuildReport report = new BuildRunner(context, ModelFactory.createDefaultModel(), "test").build(dir, db);

        Dataset ds = Tdb.open(db);
        try {
            Map<String, Long> stored = figures(SSE.parse(Files.readString(OptimizerStatistics.location(ds.asDatasetGraph()))));
            Map<String, Long> scanned = figures(Stats.format(OptimizerStatistics.scan(ds.asDatasetGraph())));
            assertThat(stored).isEqualTo(scanned);
            assertThat(stored.get("count")).isEqualTo(report.triples()).isGreaterThan(100);
            assertThat(stored).containsKey("<http://www.w3.org/ns/oa#hasTarget>");
        } finally {
            ds.close();
        }
    }

    /** The figures of a {@code stats.opt} item: the quad count and the count of each predicate and type. */
    private static Map<String, Long> figures(Item stats) {
        Map<String, Long> out = new HashMap<>();
        for (Item entry : stats.getList().cdr()) {
            var list = entry.getList();
            if (list.get(0).isSymbol() && list.get(0).getSymbol().equals("meta")) {
                for (Item m : list.cdr()) {
                    if (m.getList().get(0).getSymbol().equals("count")) {
                        out.put("count", m.getList().get(1).getLong());
                    }
                }
            } else {
                out.put(list.get(0).toString(), list.get(list.size() - 1).getLong());
            }
        }
        return out;
    }
}
