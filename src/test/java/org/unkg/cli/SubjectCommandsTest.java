package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of the UNBIS work: the catalog's links regenerated from labels, and the indexer's measurement. */
class SubjectCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void theCommittedLinksAndCheckListAreWhatTheCommandWritesFromTheCatalog() throws Exception {
        Path links = tmp.resolve("unbis-links.ttl");
        Path checklist = tmp.resolve("unbis-unmatched.md");
        CliRun r = CliRun.of("catalog", "link-unbis", "--out", links.toString(), "--checklist", checklist.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(links))
                .as("data/catalog/unbis-links.ttl is stale: run `unkg catalog link-unbis`")
                .isEqualTo(Files.readString(Path.of("data", "catalog", "unbis-links.ttl")));
        assertThat(Files.readString(checklist))
                .as("data/catalog/unbis-unmatched.md is stale: run `unkg catalog link-unbis`")
                .isEqualTo(Files.readString(Path.of("data", "catalog", "unbis-unmatched.md")));
    }

    @Test
    void aBrokenLineOfLinksByHandIsOneLineNamingTheFile() throws Exception {
        Path byHand = Files.writeString(tmp.resolve("by-hand.tsv"), "sahel\t1006274\tsameAs\n");
        CliRun r = CliRun.of("catalog", "link-unbis", "--out", tmp.resolve("l.ttl").toString(), "--checklist",
                tmp.resolve("c.md").toString(), "--by-hand", byHand.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("by-hand.tsv:1").contains("exactMatch|closeMatch|relatedMatch").doesNotContain("\tat ");
    }

    @Test
    void theSubjectBenchmarkComparesTheIndexWithTheLinesOfLetters() {
        CliRun r = CliRun.of("benchmark", "subjects", "--letters", "src/test/resources/org/unkg/extract/subject/letters");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("| fr-burundi-peacebuilding.txt | 5 |").contains("first 5: precision").contains("first 10: precision")
                .contains("letters with at least half their line in the first 10: 23 of 23");
    }
}
