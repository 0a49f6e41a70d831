package org.unkg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subject named by its label on a TDB2 database: compared as the thesaurus compares terms, the lowest concept
 * winning a label several concepts share, the labels read once per database state (not at each request, inside the
 * query timeout) and read again after a write.
 */
class SubjectScopeTest {
    private static final String GOVERNANCE = Vocab.UNBIS + "1004321";
    private static final String GOVERNANCE_FR = Vocab.UNBIS + "1009999";
    private static final String ELECTIONS = Vocab.UNBIS + "1001234";

    @TempDir
    Path dir;
    Dataset ds;

    @BeforeEach
    void open() {
        ds = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(ds, () -> {
            Model m = ds.getNamedModel(Vocab.THESAURUS_GRAPH);
            label(m, GOVERNANCE_FR, "GOUVERNANCE", "fr");
            label(m, GOVERNANCE, "GOVERNANCE", "en");
            label(m, GOVERNANCE, "الحوكمة", "ar");
            // a Spanish label of the second concept that folds to the English label of the first (case and accent aside)
            label(m, GOVERNANCE_FR, "Góvernance", "es");
            label(m, ELECTIONS, "ELECTORAL ASSISTANCE", "en");
            label(m, ELECTIONS, "ELECTORAL OBSERVATION", "en");
        });
    }

    @AfterEach
    void close() {
        ds.close();
    }

    private static void label(Model m, String concept, String text, String lang) {
        Resource c = m.createResource(concept);
        m.add(c, Vocab.skosPrefLabel, m.createLiteral(text, lang));
    }

    private String resolve(String named) {
        return Txn.calculateRead(ds, () -> SubjectScope.resolve(ds, named).concept());
    }

    @Test
    void aLabelIsComparedWithoutCaseAccentsOrTheArabicArticleAndTheLowestConceptSharingItWins() {
        assertThat(resolve("governance")).isEqualTo(GOVERNANCE);
        assertThat(resolve("  GOVERNANCE ")).isEqualTo(GOVERNANCE);
        assertThat(resolve("gouvernance")).isEqualTo(GOVERNANCE_FR);
        assertThat(resolve("حوكمة")).as("the article ignored").isEqualTo(GOVERNANCE);
    }

    @Test
    void anUnknownLabelIsRefusedNamingTheEnglishLabelsThatContainIt() {
        assertThatThrownBy(() -> resolve("electoral"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown subject 'electoral'")
                .hasMessageContaining("labels containing it: ELECTORAL ASSISTANCE, ELECTORAL OBSERVATION");
    }

    @Test
    void theLabelsAreReadOncePerDatabaseStateAndAgainAfterAWrite() {
        SubjectLabels first = Txn.calculateRead(ds, () -> SubjectLabels.of(ds));
        assertThat(Txn.calculateRead(ds, () -> SubjectLabels.of(ds))).as("same state: kept").isSameAs(first);
        assertThatThrownBy(() -> resolve("peacebuilding")).isInstanceOf(IllegalArgumentException.class);

        Txn.executeWrite(ds, () -> label(ds.getNamedModel(Vocab.THESAURUS_GRAPH), Vocab.UNBIS + "1004776", "PEACEBUILDING", "en"));

        assertThat(Txn.calculateRead(ds, () -> SubjectLabels.of(ds))).as("a write: read again").isNotSameAs(first);
        assertThat(resolve("peacebuilding")).isEqualTo(Vocab.UNBIS + "1004776");
    }
}
